// The malformed-input suite (tests/malformed/, made by make_malformed.py): every bad atlas, methodology and profile
// is rejected with a message that names the file, the JSON pointer and what was expected; none crashes; and an atlas
// loaded before is untouched by the failed load.
#include <gtest/gtest.h>

#include <chaincity/chaincity.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "json_bulk.hpp"

namespace {

namespace fs = std::filesystem;
using namespace chaincity;

const fs::path suite = fs::path(CHAINCITY_SOURCE_DIR) / "tests" / "malformed";

struct Case {
  std::string file;  // relative to the suite
  std::string kind;
  std::string pointer;
  std::string expect;
};

std::vector<Case> cases() {
  std::ifstream in(suite / "expected.json");
  nlohmann::json j = nlohmann::json::parse(in);
  std::vector<Case> out;
  for (const auto& [file, e] : j.items())
    out.push_back(
        {file, e.at("kind").get<std::string>(), e.at("pointer").get<std::string>(), e.at("expect").get<std::string>()});
  return out;
}

void load(const Case& c) {
  fs::path p = suite / c.file;
  if (c.kind == "atlas")
    (void)load_atlas(p);
  else if (c.kind == "methodology")
    (void)load_methodology(p);
  else
    (void)load_profile(p);
}

TEST(Malformed, TheBulkLoaderAcceptsNoneOfTheBadAtlases) {
  // load_atlas reads with simdjson first and falls back to the checked reader only when the bulk loader gives up:
  // it must give up on every file the checked reader rejects (the message test above shows the fallback reports).
  std::size_t atlases = 0;
  for (const auto& c : cases()) {
    if (c.kind != "atlas") continue;
    ++atlases;
    std::ifstream in(suite / c.file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_FALSE(detail::read_atlas_bulk(text).has_value()) << c.file;
  }
  EXPECT_GE(atlases, 100u);
}

TEST(Malformed, TheSuiteHasAtLeastAHundredFilesOfEachKind) {
  std::size_t atlas = 0, methodology = 0, profile = 0;
  for (const auto& c : cases()) (c.kind == "atlas" ? atlas : c.kind == "methodology" ? methodology : profile)++;
  EXPECT_GE(atlas + methodology + profile, 100u);
  EXPECT_GE(methodology, 15u);
  EXPECT_GE(profile, 15u);
}

TEST(Malformed, EveryFileIsRejectedWithFilePointerAndExpectation) {
  const Atlas before = embedded_atlas();
  const std::string before_text = to_json(before);
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.file);
    Atlas atlas = before;
    std::string message;
    try {
      if (c.kind == "atlas")
        atlas = load_atlas(suite / c.file);  // must throw before assigning
      else
        load(c);
      ADD_FAILURE() << "accepted";
      continue;
    } catch (const ParseError& e) {
      message = e.what();
      EXPECT_EQ(e.where().json_pointer, c.pointer.empty() ? "/" : c.pointer) << message;
    } catch (const ValidationError& e) {
      message = e.what();
      bool found = false;
      for (const auto& p : e.problems()) found = found || p.where.json_pointer == c.pointer;
      EXPECT_TRUE(found) << "no problem at " << c.pointer << ": " << message;
    } catch (const std::exception& e) {
      ADD_FAILURE() << "a " << typeid(e).name() << " instead of a chaincity error: " << e.what();
      continue;
    }
    const std::string name = fs::path(c.file).filename().string();
    EXPECT_NE(message.find(name), std::string::npos) << message;
    // The fragments are looked for in the message without the file name (which often says what is wrong, too).
    std::string said = message;
    for (auto at = said.find(name); at != std::string::npos; at = said.find(name)) said.erase(at, name.size());
    EXPECT_NE(said.find(c.expect), std::string::npos) << message;
    EXPECT_NE(said.find("expected"), std::string::npos) << message;
    EXPECT_EQ(to_json(atlas), before_text);  // the atlas loaded before is untouched
  }
}

TEST(Malformed, LimitsAreConfigurable) {
  std::string deep = "{\"schema_version\": 1, \"name\": " + std::string(40, '[') + std::string(40, ']') + "}";
  ReadLimits tight;
  tight.max_depth = 16;
  try {
    (void)load_atlas_from_string(deep, "deep.json", tight);
    ADD_FAILURE() << "accepted";
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("nested at most 16 deep"), std::string::npos) << e.what();
    EXPECT_EQ(e.where().json_pointer.rfind("/name", 0), 0u) << e.what();
  }
  ReadLimits loose;
  loose.max_depth = 100;
  try {
    (void)load_atlas_from_string(deep, "deep.json", loose);
  } catch (const ParseError& e) {
    EXPECT_EQ(std::string(e.what()).find("nested at most"), std::string::npos) << e.what();  // a shape error now
  }
  ReadLimits small;
  small.max_bytes = 100;
  std::string text(embedded_atlas_json());
  try {
    (void)load_atlas_from_string(text, "big.json", small);
    ADD_FAILURE() << "accepted";
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("expected at most 100 bytes"), std::string::npos) << e.what();
  }
  ReadLimits short_strings;
  short_strings.max_string_bytes = 10;
  try {
    (void)load_atlas_from_string(text, "atlas.json", short_strings);
    ADD_FAILURE() << "accepted";
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("at most 10 bytes"), std::string::npos) << e.what();
  }
  EXPECT_NO_THROW((void)load_atlas_from_string(text, "atlas.json", ReadLimits{}));
}

TEST(Malformed, AFileOverTheSizeLimitIsRejectedBeforeReading) {
  fs::path p = fs::temp_directory_path() / "chaincity-size-limit.json";
  { std::ofstream(p) << embedded_atlas_json(); }
  ReadLimits small;
  small.max_bytes = 1000;
  EXPECT_THROW((void)load_atlas(p, small), ParseError);
  EXPECT_THROW((void)load_methodology(p, small), ParseError);
  EXPECT_THROW((void)load_profile(p, small), ParseError);
  fs::remove(p);
}

}  // namespace
