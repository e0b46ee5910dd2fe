// Data checks on the curated atlas: it loads, every quote is verbatim in its seed article, nothing is floating point.
#include <gtest/gtest.h>
#include <chaincity/chaincity.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace chaincity;

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Quoted {
  std::string where;
  Provenance p;
};

std::vector<Quoted> all_quotes(const Atlas& a) {
  std::vector<Quoted> out;
  auto add = [&](const std::string& where, const std::vector<Provenance>& ps) {
    for (const auto& p : ps) out.push_back({where, p});
  };
  for (const auto& r : a.cities()) add("city " + r.id, r.provenance);
  for (const auto& r : a.policies()) {
    add("policy " + r.id, r.provenance);
    for (const auto& t : r.targets) add("target of " + r.id, t.provenance);
  }
  for (const auto& r : a.parks()) add("park " + r.id, r.provenance);
  for (const auto& r : a.schemes()) {
    add("scheme " + r.id, r.provenance);
    for (const auto& i : r.items) add("item " + i.id, i.provenance);
  }
  for (const auto& r : a.indicators()) add("indicator " + r.id, r.provenance);
  for (const auto& r : a.events()) add("event " + r.id, r.provenance);
  for (const auto& r : a.applications()) add("application " + r.id, r.provenance);
  return out;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST(AtlasData, EmbeddedAtlasLoadsAndEqualsTheFileInTheRepository) {
  const Atlas& embedded = embedded_atlas();
  Atlas from_file = load_atlas(std::filesystem::path(CHAINCITY_SOURCE_DIR) / "data" / "atlas.json");
  EXPECT_EQ(embedded, from_file);
  EXPECT_GE(embedded.cities().size(), 15u);
}

TEST(AtlasData, EveryArticleIsASourceAndIsQuoted) {
  const Atlas& a = embedded_atlas();
  std::set<std::string> quoted;
  for (const auto& q : all_quotes(a)) quoted.insert(q.p.source);
  std::size_t articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(CHAINCITY_SEEDS_DIR)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt") continue;
    ++articles;
    const Source* s = a.find_source(name);
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(s->kind, SourceKind::article);
    EXPECT_TRUE(quoted.count(name)) << name << " is never quoted";
  }
  EXPECT_EQ(articles, 5u);
}

TEST(AtlasData, EveryQuoteIsVerbatimInItsSourceFileAndShort) {
  const Atlas& a = embedded_atlas();
  std::map<std::string, std::string> texts;
  auto quotes = all_quotes(a);
  ASSERT_GT(quotes.size(), 300u);
  for (const auto& q : quotes) {
    const Source* s = a.find_source(q.p.source);
    ASSERT_NE(s, nullptr) << q.where;
    auto [it, fresh] = texts.try_emplace(s->file);
    if (fresh) it->second = slurp(std::filesystem::path(CHAINCITY_SEEDS_DIR) / s->file);
    ASSERT_FALSE(it->second.empty()) << s->file;
    EXPECT_NE(it->second.find(q.p.quote), std::string::npos)
        << q.where << ": not verbatim in " << s->file << ": " << q.p.quote;
    EXPECT_LE(code_points(q.p.quote), 40u) << q.where << ": " << q.p.quote;
  }
}

TEST(AtlasData, InsertSourcesAreMarkedAndTheirRecordsFlagged) {
  const Atlas& a = embedded_atlas();
  for (const auto& s : a.sources()) {
    bool looks_like_insert = s.id.find("#insert-") != std::string::npos;
    EXPECT_EQ(looks_like_insert, s.kind == SourceKind::insert) << s.id;
    if (s.kind == SourceKind::insert) {
      EXPECT_TRUE(s.published) << s.id << " has no bracketed date";
    }
  }
  EXPECT_GE(summarize(a).insert_records, 1u);
}

TEST(AtlasData, NoNumberIsStoredAsAJsonNumber) {
  auto root = nlohmann::json::parse(embedded_atlas_json());
  std::vector<std::string> numbers;
  std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& j,
                                                                            const std::string& at) {
    if (j.is_number() && at != "/schema_version") numbers.push_back(at);
    if (j.is_object())
      for (const auto& [k, v] : j.items()) walk(v, at + "/" + k);
    if (j.is_array())
      for (std::size_t i = 0; i < j.size(); ++i) walk(j[i], at + "/" + std::to_string(i));
  };
  walk(root, "");
  EXPECT_TRUE(numbers.empty()) << numbers.size() << " numbers, first at " << (numbers.empty() ? "" : numbers[0]);
}

TEST(AtlasData, QuantityTextsParseToTheirStoredValueWhereTheParserKnowsTheForm) {
  // The curators wrote both the expansion and the text as written; where the library can parse the text, the two
  // must agree (a cross-check of every hand expansion such as 125.2亿元 → 12520000000).
  const Atlas& a = embedded_atlas();
  int checked = 0;
  auto check = [&](const std::string& where, const Quantity& q) {
    if (q.text.empty()) return;
    auto parsed = Quantity::parse(q.text);
    if (!parsed) return;
    ++checked;
    EXPECT_EQ(parsed->value, q.value) << where << ": " << q.text << " parses to " << parsed->value.to_string()
                                      << ", stored " << q.value.to_string();
  };
  for (const auto& i : a.indicators()) check("indicator " + i.id, i.value);
  for (const auto& s : a.schemes()) {
    if (s.cap) check("scheme " + s.id, *s.cap);
    for (const auto& it : s.items)
      if (it.amount) check("item " + it.id, *it.amount);
  }
  for (const auto& p : a.parks()) {
    if (p.revenue) check("park " + p.id, *p.revenue);
    if (p.enterprise_count) check("park " + p.id, *p.enterprise_count);
  }
  for (const auto& p : a.policies())
    for (const auto& t : p.targets) check("target of " + p.id, t.value);
  EXPECT_GT(checked, 40);
}
