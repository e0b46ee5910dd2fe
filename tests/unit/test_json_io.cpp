#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fixtures.hpp"

using namespace chaincity;
namespace fs = std::filesystem;

namespace {

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  auto pos = s.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) s.replace(pos, from.size(), to);
  return s;
}

ParseError parse_error_of(const std::string& text) {
  try {
    (void)load_atlas_from_string(text, "t.json");
  } catch (const ParseError& e) {
    return e;
  }
  ADD_FAILURE() << "expected a ParseError";
  return ParseError({}, "");
}

fs::path temp_dir() {
  fs::path d = fs::temp_directory_path() / ("chaincity-test-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(JsonIo, LoadSaveLoadIsIdentical) {
  Atlas a = chaincity::testing::small_atlas();
  std::string text = to_json(a);
  Atlas b = load_atlas_from_string(text);
  EXPECT_EQ(a, b);
  EXPECT_EQ(to_json(b), text);
}

TEST(JsonIo, EmbeddedAtlasRoundTripsExactly) {
  const Atlas& a = embedded_atlas();
  std::string text = to_json(a);
  Atlas b = load_atlas_from_string(text);
  EXPECT_EQ(a, b);
  EXPECT_EQ(to_json(b), text);
}

TEST(JsonIo, WritesAmountsAsDecimalStringsNeverFloats) {
  std::string text = to_json(chaincity::testing::small_atlas());
  EXPECT_NE(text.find("\"value\": \"10000000\""), std::string::npos);
  EXPECT_NE(text.find("\"unit\": \"CNY\""), std::string::npos);
}

TEST(JsonIo, AcceptsDatesWithTheirBasis) {
  std::string text =
      replace_once(to_json(chaincity::testing::small_atlas()), "\"opened\": \"2017-11-02\"",
                   R"("opened": {"value": "2017-11", "basis": "derived", "note": "7 months after 2017-04"})");
  Atlas a = load_atlas_from_string(text);
  ASSERT_TRUE(a.parks()[0].opened);
  EXPECT_EQ(a.parks()[0].opened->value.to_string(), "2017-11");
  EXPECT_EQ(a.parks()[0].opened->basis, DateBasis::derived);
  EXPECT_EQ(a.parks()[0].opened->note, "7 months after 2017-04");
}

TEST(JsonIo, BadDateNamesPointerLineAndExpectation) {
  std::string good = to_json(chaincity::testing::small_atlas());
  std::string bad = replace_once(good, "\"opened\": \"2017-11-02\"", "\"opened\": \"June\"");
  ParseError e = parse_error_of(bad);
  EXPECT_EQ(e.where().json_pointer, "/parks/0/opened");
  EXPECT_EQ(e.where().file, "t.json");
  // The line of the "opened" key in the text.
  std::size_t line = 1 + static_cast<std::size_t>(std::count(bad.begin(), bad.begin() + bad.find("\"June\""), '\n'));
  EXPECT_EQ(e.where().line, line);
  EXPECT_EQ(e.detail(), "expected a date like 2017, 2017-06 or 2017-06-05, got \"June\"");
  EXPECT_NE(std::string(e.what()).find("t.json:" + std::to_string(line) + ":"), std::string::npos) << e.what();
}

TEST(JsonIo, TruncatedJsonIsRejectedWithLineAndColumn) {
  std::string good = to_json(chaincity::testing::small_atlas());
  ParseError e = parse_error_of(good.substr(0, good.size() / 2));
  EXPECT_GT(e.where().line, 1u);
  EXPECT_NE(e.detail().find("invalid JSON"), std::string::npos) << e.detail();
}

TEST(JsonIo, MistypedValuesAreRejectedWithTheirPointer) {
  std::string good = to_json(chaincity::testing::small_atlas());
  struct Case {
    std::string from, to, pointer, expected;
  } cases[] = {
      {"\"value\": \"10000000\"", "\"value\": 10000000.0", "/schemes/0/items/0/amount/value",
       "expected a decimal number as a string (e.g. \"12520000000\"), got a floating-point number"},
      {"\"province\": \"贵州\"", "\"province\": \"贵州\", \"provnce\": \"x\"", "/cities/0/provnce", "unknown key"},
      {"\"schema_version\": 1", "\"schema_version\": 2", "/schema_version", "expected schema version 1, got 2"},
      {"\"category\": \"listing\"", "\"category\": \"listings\"", "/schemes/0/items/0/category",
       "expected a name like \"listing\""},
      {"\"name_hans\": \"贵阳\"", "\"name_hans\": 5", "/cities/0/name_hans", "expected a string, got a number"},
      {"\"unit\": \"CNY\"", "\"unit\": \"CNY\", \"upper\": \"1,000\"", "/schemes/0/items/0/amount/upper",
       "expected a decimal string"},
  };
  for (const auto& c : cases) {
    ParseError e = parse_error_of(replace_once(good, c.from, c.to));
    EXPECT_EQ(e.where().json_pointer, c.pointer) << c.to;
    EXPECT_NE(e.detail().find(c.expected), std::string::npos) << e.detail();
    EXPECT_GT(e.where().line, 0u) << c.to;
  }
}

TEST(JsonIo, ContentErrorsCarryLinesToo) {
  std::string bad =
      replace_once(to_json(chaincity::testing::small_atlas()), "\"city\": \"guiyang\"", "\"city\": \"guiyan\"");
  try {
    (void)load_atlas_from_string(bad, "t.json");
    FAIL();
  } catch (const ValidationError& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    const auto& w = e.problems()[0].where;
    EXPECT_EQ(w.json_pointer, "/schemes/0/city");
    EXPECT_EQ(w.file, "t.json");
    std::size_t line =
        1 + static_cast<std::size_t>(std::count(bad.begin(), bad.begin() + bad.find("\"guiyan\""), '\n'));
    EXPECT_EQ(w.line, line);
  }
}

TEST(JsonIo, AFailedLoadLeavesThePreviousAtlasUntouched) {
  fs::path dir = temp_dir();
  save_atlas(chaincity::testing::small_atlas(), dir / "good.json");
  std::ofstream(dir / "bad.json") << "{\"schema_version\": 1, \"cities\": [";
  Atlas current = load_atlas(dir / "good.json");
  std::string before = to_json(current);
  EXPECT_THROW(current = load_atlas(dir / "bad.json"), ParseError);
  EXPECT_EQ(to_json(current), before);
  EXPECT_THROW(current = load_atlas(dir / "missing.json"), IoError);
  EXPECT_EQ(to_json(current), before);
  fs::remove_all(dir);
}

TEST(JsonIo, SaveIsAtomicAndLeavesNoTemporaryFiles) {
  fs::path dir = temp_dir();
  fs::path target = dir / "atlas.json";
  std::ofstream(target) << "old";
  Atlas a = chaincity::testing::small_atlas();
  save_atlas(a, target);
  EXPECT_EQ(read_file(target), to_json(a));
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1);
  fs::remove_all(dir);
}

TEST(JsonIo, FailedSaveKeepsTheOldFileAndSaysWhy) {
  fs::path dir = temp_dir();
  fs::path target = dir / "atlas.json";
  std::ofstream(target) << "old";
  // The destination is a directory that is not empty: rename must fail after the temporary file was written.
  fs::path blocked = dir / "blocked";
  fs::create_directories(blocked / "inside");
  try {
    save_atlas(chaincity::testing::small_atlas(), blocked);
    FAIL();
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find("blocked"), std::string::npos) << e.what();
  }
  EXPECT_THROW(save_atlas(chaincity::testing::small_atlas(), dir / "no" / "such" / "dir.json"), IoError);
  EXPECT_EQ(read_file(target), "old");
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 2);  // atlas.json and blocked/: no temporary left behind
  fs::remove_all(dir);
}

TEST(JsonIo, EmbeddedAtlasIsOneSharedObject) {
  const Atlas* first = &embedded_atlas();
  std::vector<std::thread> threads;
  std::vector<const Atlas*> seen(8);
  for (int t = 0; t < 8; ++t) threads.emplace_back([&, t] { seen[t] = &embedded_atlas(); });
  for (auto& t : threads) t.join();
  for (const Atlas* p : seen) EXPECT_EQ(p, first);
  EXPECT_FALSE(embedded_atlas_json().empty());
}
