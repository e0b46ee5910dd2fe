// The indexed policy queries (per-city postings, issue dates inline, keyword term postings) against a plain scan of
// every record, over random atlases and random queries; count_policies_by_city against counting the scan's hits.
#include <gtest/gtest.h>

#include <chaincity/chaincity.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "fixtures.hpp"
#include "json_bulk.hpp"

namespace {

using namespace chaincity;

constexpr int city_count = 8;
const char* const words[] = {"区块链", "白皮书",     "白皮", "發展", "发展", "产业园", "產業", "政策",
                             "措施",   "Blockchain", "链",   "十条", "贵阳", "数字",   "经济"};

std::string city_id(int i) { return "c" + std::to_string(i); }

// A random atlas: documents of every level, scopes and named cities, dates of every precision (and none), titles
// and descriptions in both scripts, some from a flash-news insert only.
Atlas random_atlas(std::uint32_t seed, int documents) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint32_t>(n)); };
  AtlasBuilder b;
  b.name("random");
  b.add(chaincity::testing::article_004());
  Source insert = chaincity::testing::article_004();
  insert.id += "#insert-1";
  insert.kind = SourceKind::insert;
  b.add(insert);
  for (int i = 0; i < city_count; ++i) {
    City c = chaincity::testing::guiyang();
    c.id = city_id(i);
    c.name_hans = c.name_hant = "城" + std::to_string(i);
    c.pinyin = c.name_en = "City" + std::to_string(i);
    c.province = "省" + std::to_string(i % 3);
    b.add(c);
  }
  for (int i = 0; i < documents; ++i) {
    PolicyDocument p;
    p.id = "p" + std::to_string(i);
    auto text = [&] {
      std::string t;
      for (int w = pick(4); w >= 0; --w) t += words[pick(std::size(words))];
      return t;
    };
    if (pick(5)) p.title = text();
    if (!p.title || pick(3) == 0) p.description = text();
    p.kind = static_cast<PolicyKind>(pick(10));
    p.issuer_level = static_cast<IssuerLevel>(pick(4));
    p.stance = static_cast<Stance>(pick(4));
    if (pick(2)) p.dedicated = pick(2) == 0;
    int scope = pick(4);
    if (scope == 0) {
      p.scope.level = ScopeLevel::city;
      p.scope.city = city_id(pick(city_count));
    } else if (scope == 1) {
      p.scope.level = ScopeLevel::district;
      p.scope.city = city_id(pick(city_count));
      p.scope.district = "区";
    } else if (scope == 2) {
      p.scope.level = ScopeLevel::province;
      p.scope.province = "省" + std::to_string(pick(3));
    }
    for (int k = pick(3); k > 0; --k) p.cities.push_back(city_id(pick(city_count)));
    if (pick(6)) {
      int year = 2012 + pick(10);
      int precision = pick(3);
      auto d = precision == 0   ? PartialDate::of(year)
               : precision == 1 ? PartialDate::of(year, 1 + pick(12))
                                : PartialDate::of(year, 1 + pick(12), 1 + pick(28));
      p.issued = RecordedDate{*d, DateBasis::stated, {}};
    }
    if (pick(3) == 0) p.areas.push_back(static_cast<ApplicationArea>(pick(19)));
    p.provenance = {chaincity::testing::quote("贵阳")};
    if (pick(8) == 0) p.provenance.front().source = insert.id;
    b.add(p);
  }
  return b.build();
}

// The reference: every record, every filter, as documented on PolicyQuery.
std::vector<Hit<PolicyDocument>> scan(const Atlas& atlas, const PolicyQuery& q) {
  std::vector<Hit<PolicyDocument>> out;
  std::vector<std::string> want = q.keyword ? search_terms(*q.keyword) : std::vector<std::string>{};
  auto province_of = [&](const std::string& c) {
    const City* city = atlas.find_city(c);
    return city ? city->province : std::string();
  };
  for (const auto& p : atlas.policies()) {
    if (!q.options.include_inserts && atlas.from_insert_only(p.provenance)) continue;
    if (q.city && p.scope.city != *q.city && std::find(p.cities.begin(), p.cities.end(), *q.city) == p.cities.end())
      continue;
    if (q.province) {
      bool in = p.scope.province == *q.province || province_of(p.scope.city) == *q.province;
      for (const auto& c : p.cities) in = in || province_of(c) == *q.province;
      if (!in) continue;
    }
    if (q.issuer_level && p.issuer_level != *q.issuer_level) continue;
    if (q.stance && p.stance != *q.stance) continue;
    if (q.dedicated && p.dedicated != q.dedicated) continue;
    if (q.kind && p.kind != *q.kind) continue;
    if (q.area && std::find(p.areas.begin(), p.areas.end(), *q.area) == p.areas.end()) continue;
    if (!want.empty()) {
      auto have = search_terms(p.title.value_or("") + " " + p.description.value_or(""));
      std::set<std::string> set(have.begin(), have.end());
      if (!std::all_of(want.begin(), want.end(), [&](const auto& t) { return set.count(t) > 0; })) continue;
    }
    RangeMatch m = RangeMatch::inside;
    if (q.issued.from || q.issued.to) {
      if (!p.issued) continue;
      m = q.issued.classify(p.issued->value);
      if (m == RangeMatch::outside || (m == RangeMatch::possibly_inside && !q.options.include_possibly)) continue;
    }
    out.push_back({&p, m});
  }
  return out;
}

PolicyQuery random_query(std::mt19937& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint32_t>(n)); };
  PolicyQuery q;
  if (pick(2)) q.city = city_id(pick(city_count + 1));  // c8 is no city
  if (pick(6) == 0) q.province = "省" + std::to_string(pick(3));
  if (pick(3) == 0) q.issuer_level = static_cast<IssuerLevel>(pick(4));
  if (pick(6) == 0) q.stance = static_cast<Stance>(pick(4));
  if (pick(6) == 0) q.dedicated = pick(2) == 0;
  if (pick(6) == 0) q.kind = static_cast<PolicyKind>(pick(10));
  if (pick(6) == 0) q.area = static_cast<ApplicationArea>(pick(19));
  if (pick(3) == 0) q.keyword = std::string(words[pick(std::size(words))]) + (pick(3) ? "" : words[pick(15)]);
  if (pick(2)) q.issued.from = PartialDate::of(2013 + pick(8), pick(2) ? 0 : 1 + pick(12));
  if (pick(2)) q.issued.to = PartialDate::of(2016 + pick(6), pick(2) ? 0 : 1 + pick(12));
  if (q.issued.from && q.issued.to && !q.issued.ok()) std::swap(q.issued.from, q.issued.to);
  if (!q.issued.ok()) q.issued.to.reset();
  q.options.include_inserts = pick(4) == 0;
  q.options.include_possibly = pick(2) == 0;
  return q;
}

void expect_same(const std::vector<Hit<PolicyDocument>>& got, const std::vector<Hit<PolicyDocument>>& want, int query) {
  ASSERT_EQ(got.size(), want.size()) << "query " << query;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].record, want[i].record) << "query " << query << " hit " << i;
    EXPECT_EQ(got[i].date_match, want[i].date_match) << "query " << query << " hit " << i;
  }
}

std::vector<CityCount> reference_counts(const Atlas& atlas, const PolicyQuery& q) {
  std::map<std::string, std::size_t> n;
  for (const auto& h : scan(atlas, q)) {
    std::set<std::string> cities(h.record->cities.begin(), h.record->cities.end());
    if (!h.record->scope.city.empty()) cities.insert(h.record->scope.city);
    for (const auto& c : cities)
      if ((!q.city || c == *q.city) && atlas.find_city(c)) ++n[c];
  }
  std::vector<CityCount> out;
  for (const auto& [c, k] : n) out.push_back({c, k});
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
  return out;
}

TEST(PolicyIndex, FindPoliciesEqualsAScanOfEveryRecord) {
  Atlas atlas = random_atlas(7, 3000);
  std::mt19937 rng(11);
  int nonempty = 0;
  for (int i = 0; i < 400; ++i) {
    PolicyQuery q = random_query(rng);
    auto want = scan(atlas, q);
    nonempty += want.empty() ? 0 : 1;
    expect_same(find_policies(atlas, q), want, i);
  }
  EXPECT_GT(nonempty, 200);  // the queries are not all trivially empty
}

TEST(PolicyIndex, CountsPerCityEqualCountingTheHits) {
  Atlas atlas = random_atlas(8, 2000);
  std::mt19937 rng(12);
  for (int i = 0; i < 200; ++i) {
    PolicyQuery q = random_query(rng);
    EXPECT_EQ(count_policies_by_city(atlas, q), reference_counts(atlas, q)) << "query " << i;
  }
  PolicyQuery provincial;
  provincial.issuer_level = IssuerLevel::provincial;
  auto top = count_policies_by_city(atlas, provincial);
  ASSERT_FALSE(top.empty());
  for (std::size_t i = 1; i < top.size(); ++i) EXPECT_GE(top[i - 1].count, top[i].count);
}

TEST(PolicyIndex, EmbeddedAtlasAnswersAsBefore) {
  const Atlas& atlas = embedded_atlas();
  for (const char* kw : {"区块链", "白皮书", "區塊鏈", "链", "Blockchain", "若干", "十条"}) {
    PolicyQuery q;
    q.keyword = kw;
    expect_same(find_policies(atlas, q), scan(atlas, q), 0);
    q.options.include_inserts = true;
    expect_same(find_policies(atlas, q), scan(atlas, q), 1);
  }
  for (const auto& c : atlas.cities()) {
    PolicyQuery q;
    q.city = c.id;
    q.issued.from = PartialDate::of(2019);
    expect_same(find_policies(atlas, q), scan(atlas, q), 2);
  }
}

TEST(PolicyIndex, AsOfViewsAndCopiesAnswerFromTheirOwnRecords) {
  Atlas atlas = random_atlas(9, 500);
  PolicyQuery q;
  q.keyword = "区块链";
  auto all = find_policies(atlas, q);
  Atlas copy = atlas;  // shares the built index
  expect_same(find_policies(copy, q), all, 0);
  Atlas early = atlas.as_of(*PartialDate::of(2015));
  auto some = find_policies(early, q);
  expect_same(some, scan(early, q), 1);
  EXPECT_LT(some.size(), all.size());
  for (const auto& h : some)
    EXPECT_TRUE(h.record >= early.policies().data() && h.record < early.policies().data() + early.policies().size());
}

TEST(PolicyIndex, FirstUseFromManyThreadsBuildsOneIndex) {
  Atlas atlas = random_atlas(10, 6000);  // large enough for the term index to be built in parallel
  PolicyQuery q;
  q.keyword = "白皮书";
  q.city = "c3";
  auto want = scan(atlas, q);
  std::vector<std::vector<Hit<PolicyDocument>>> got(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < got.size(); ++t) threads.emplace_back([&, t] { got[t] = find_policies(atlas, q); });
  }
  for (const auto& g : got) expect_same(g, want, 0);
}

TEST(PolicyIndex, InvalidKeywordStillThrows) {
  PolicyQuery q;
  q.keyword = std::string("\xff\xfe");
  EXPECT_THROW((void)find_policies(embedded_atlas(), q), Error);
}

}  // namespace

namespace {

TEST(BulkLoader, ReadsWhatTheCheckedReaderReads) {
  for (const Atlas& atlas : {embedded_atlas(), random_atlas(21, 5000)}) {
    std::string text = to_json(atlas);
    auto bulk = detail::read_atlas_bulk(text);
    ASSERT_TRUE(bulk.has_value()) << "the bulk loader gave up on a valid atlas";
    EXPECT_TRUE(*bulk == atlas);
    EXPECT_TRUE(detail::read_atlas_checked(text, "x.json") == atlas);
    EXPECT_EQ(to_json(*bulk), text);
  }
}

TEST(BulkLoader, GivesUpOnWhatItMustNotDecide) {
  std::string text = to_json(embedded_atlas());
  // A duplicate key (the checked reader rejects it; simdjson alone would keep both).
  std::string dup = text;
  dup.replace(dup.find("\"schema_version\""), 0, "\"name\": \"x\", ");
  EXPECT_FALSE(detail::read_atlas_bulk(dup).has_value());
  EXPECT_THROW((void)load_atlas_from_string(dup, "dup.json"), ParseError);
  // A string over the limit.
  ReadLimits small;
  small.max_string_bytes = 8;
  EXPECT_FALSE(detail::read_atlas_bulk(text, small).has_value());
  EXPECT_THROW((void)load_atlas_from_string(text, "long.json", small), ParseError);
  // An atlas that does not validate: the checked reader's ValidationError names the pointers.
  std::string bad = text;
  bad.replace(bad.find("\"city\": \"") + 9, 0, "no-such-");
  EXPECT_FALSE(detail::read_atlas_bulk(bad).has_value());
  EXPECT_THROW((void)load_atlas_from_string(bad, "bad.json"), ValidationError);
}

}  // namespace
