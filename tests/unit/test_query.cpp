#include <gtest/gtest.h>
#include <chaincity/chaincity.hpp>
#include <chaincity/query.hpp>

#include <algorithm>

using namespace chaincity;

namespace {
const Atlas& atlas() { return embedded_atlas(); }
PartialDate d(const char* s) { return PartialDate::from_string(s); }
template <class H>
bool has(const std::vector<H>& hits, std::string_view id) {
  return std::any_of(hits.begin(), hits.end(), [&](const H& h) { return h.record->id == id; });
}
}  // namespace

TEST(Names, EveryScriptResolvesToTheSameCity) {
  for (const char* name : {"貴陽", "贵阳", "guiyang", "Guiyang", "Guìyáng", "贵阳市", "GUIYANG", "ｇｕｉｙａｎｇ"}) {
    const City* c = resolve_city(atlas(), name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->id, "guiyang") << name;
  }
}

TEST(Names, EveryTraditionalCityNameInTheAtlasResolves) {
  NameIndex names(atlas());
  for (const auto& c : atlas().cities()) {
    const City* r = names.city(c.name_hant);
    ASSERT_NE(r, nullptr) << c.name_hant;
    EXPECT_EQ(r->id, c.id) << c.name_hant;
  }
}

TEST(Names, DistrictsAndParksResolveToo) {
  NameIndex names(atlas());
  Resolution laoshan = names.resolve("嶗山區");
  ASSERT_TRUE(laoshan);
  EXPECT_EQ(laoshan.match->kind, PlaceKind::district);
  EXPECT_EQ(laoshan.match->city, "qingdao");
  Resolution yuhang = names.resolve("余杭");
  ASSERT_TRUE(yuhang);
  EXPECT_EQ(yuhang.match->city, "hangzhou");
  EXPECT_EQ(yuhang.match->district, "余杭区");
  Resolution park = names.resolve("黃埔鏈谷");
  ASSERT_TRUE(park);
  EXPECT_EQ(park.match->kind, PlaceKind::park);
  EXPECT_EQ(park.match->city, "guangzhou");
}

TEST(Names, UnknownNamesGiveCandidatesNotExceptions) {
  Resolution r = resolve_name(atlas(), "hangzou");
  EXPECT_FALSE(r);
  ASSERT_FALSE(r.candidates.empty());
  EXPECT_EQ(r.candidates[0].city, "hangzhou");
  EXPECT_FALSE(resolve_name(atlas(), "Atlantis"));
  EXPECT_FALSE(resolve_name(atlas(), ""));
  EXPECT_FALSE(resolve_name(atlas(), "\xff\xfe"));
}

TEST(Names, SortingUsesCuratedPinyin) {
  auto cities = cities_by_pinyin(atlas());
  std::vector<std::string> ids;
  for (auto* c : cities) ids.push_back(c->id);
  auto pos = [&](const char* id) { return std::find(ids.begin(), ids.end(), id) - ids.begin(); };
  EXPECT_LT(pos("chengdu"), pos("chongqing"));  // 重庆 sorts under chongqing, not zhongqing
  EXPECT_LT(pos("chongqing"), pos("ganzhou"));
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

TEST(Queries, GuangzhouPoliciesSinceMarch2020) {
  PolicyQuery q;
  q.city = "guangzhou";
  q.issued = DateRange{d("2020-03"), std::nullopt};
  auto hits = find_policies(atlas(), q);
  EXPECT_TRUE(has(hits, "a003-pol-guangzhou-blockchain-industry-implementation-opinions"));
  EXPECT_TRUE(has(hits, "a003-pol-guangzhou-digital-economy-measures"));
  EXPECT_FALSE(has(hits, "a001-policy-guangzhou-blockchain-ten"));  // 2017-12
  for (const auto& h : hits) EXPECT_NE(h.date_match, RangeMatch::outside);
}

TEST(Queries, CoarseDatesArePossiblyInsideAndTheCallerDecides) {
  PolicyQuery q;
  q.issued = DateRange{d("2017-06"), d("2017-12")};
  auto with = find_policies(atlas(), q);
  q.options.include_possibly = false;
  auto without = find_policies(atlas(), q);
  // The Xihu document is dated only "2017": possibly inside June–December 2017.
  auto xihu = std::find_if(with.begin(), with.end(), [](const auto& h) {
    return h.record->id == "a002-policy-hangzhou-xihu-xixigu-park-document";
  });
  ASSERT_NE(xihu, with.end());
  EXPECT_EQ(xihu->date_match, RangeMatch::possibly_inside);
  EXPECT_FALSE(has(without, "a002-policy-hangzhou-xihu-xixigu-park-document"));
  EXPECT_TRUE(has(without, "a001-policy-qingdao-shibei-blockchain-implementation-opinion"));  // 2017-06
  EXPECT_LT(without.size(), with.size());
}

TEST(Queries, PolicyFiltersByLevelDedicationAreaAndKeyword) {
  PolicyQuery national;
  national.issuer_level = IssuerLevel::national;
  auto n = find_policies(atlas(), national);
  EXPECT_TRUE(has(n, "a002-policy-miit-cac-blockchain-guiding-opinion"));
  for (const auto& h : n) EXPECT_EQ(h.record->issuer_level, IssuerLevel::national);

  PolicyQuery dedicated;
  dedicated.city = "beijing";
  dedicated.dedicated = true;
  auto b = find_policies(atlas(), dedicated);
  EXPECT_TRUE(has(b, "a003-pol-beijing-blockchain-e-invoice-notice"));
  EXPECT_FALSE(has(b, "a003-pol-beijing-business-environment-regulation"));

  PolicyQuery keyword;
  keyword.keyword = "電子發票";  // Traditional query, Simplified title
  auto k = find_policies(atlas(), keyword);
  EXPECT_FALSE(has(k, "a003-pol-beijing-blockchain-e-invoice-notice"));  // 电子普通发票: every bigram must occur
  keyword.keyword = "區塊鏈電子普通發票";
  EXPECT_TRUE(has(find_policies(atlas(), keyword), "a003-pol-beijing-blockchain-e-invoice-notice"));

  PolicyQuery province;
  province.province = "广东";
  auto g = find_policies(atlas(), province);
  EXPECT_TRUE(has(g, "a002-policy-guangdong-2020-09-blockchain-park-policy"));
  EXPECT_TRUE(has(g, "a003-pol-guangzhou-digital-economy-measures"));  // Guangzhou is in Guangdong
}

TEST(Queries, ParksByCityProvinceGovernanceAndOpening) {
  ParkQuery hz;
  hz.city = "hangzhou";
  EXPECT_GE(find_parks(atlas(), hz).size(), 4u);
  ParkQuery led;
  led.government_led = true;
  auto l = find_parks(atlas(), led);
  EXPECT_TRUE(has(l, "a002-park-china-hangzhou-blockchain-industrial-park"));
  for (const auto& h : l)
    EXPECT_TRUE(h.record->governance == Governance::government_led ||
                h.record->governance == Governance::government_guided);
  ParkQuery early;
  early.opened = DateRange{std::nullopt, d("2016-12")};
  auto e = find_parks(atlas(), early);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].record->city, "shanghai");
}

TEST(Queries, IncentivesByCategoryMoneyKindAndCap) {
  IncentiveQuery listing;
  listing.category = IncentiveCategory::listing;
  auto l = find_incentives(atlas(), listing);
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].scheme->city, "guiyang");
  IncentiveQuery loans;
  loans.money = MoneyKind::loan;
  auto lo = find_incentives(atlas(), loans);
  for (const auto& h : lo) EXPECT_EQ(money_kind(h.item->form), MoneyKind::loan);
  EXPECT_FALSE(lo.empty());
  IncentiveQuery big;
  big.cap_at_least = Money(5000000);
  auto b = find_incentives(atlas(), big);
  for (const auto& h : b) EXPECT_TRUE(*h.item->amount->money() >= Money(5000000));
  EXPECT_GE(b.size(), 3u);  // 1000万 listing, 500万 platform, 500万 loan, 600万 fintech
}

TEST(Queries, IndicatorsByScopeMetricAndInserts) {
  IndicatorQuery q;
  q.metric = Metric::policy_count;
  auto p = find_indicators(atlas(), q);
  EXPECT_EQ(p.size(), 4u);
  IndicatorQuery qd;
  qd.city = "qingdao";
  qd.metric = Metric::enterprise_count;
  EXPECT_EQ(find_indicators(atlas(), qd).size(), 1u);  // the Laoshan insert is left out
  qd.options.include_inserts = true;
  EXPECT_EQ(find_indicators(atlas(), qd).size(), 2u);
}

TEST(Queries, EventsAndApplicationsByCityKindAndDate) {
  EventQuery e;
  e.city = "loudi";
  auto all = find_events(atlas(), e);
  EXPECT_GE(all.size(), 3u);
  e.date = DateRange{d("2016"), std::nullopt};
  for (const auto& h : find_events(atlas(), e)) EXPECT_NE(h.record->id, "a000-event-loudi-private-lending-crisis");
  ApplicationQuery a;
  a.kind = ApplicationKind::city_chain;
  auto chains = find_applications(atlas(), a);
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].record->city, "ganzhou");
}

TEST(Search, FindsAcrossScriptsAndRanks) {
  auto s1 = search(atlas(), "赣州链");
  ASSERT_FALSE(s1.empty());
  EXPECT_EQ(s1[0].ref.id, "a000-app-ganzhou-chain");
  auto s2 = search(atlas(), "贛州鏈");  // Traditional query, Simplified text
  ASSERT_FALSE(s2.empty());
  EXPECT_EQ(s2[0].ref.id, "a000-app-ganzhou-chain");
  auto s3 = search(atlas(), "云南省区块链中心");  // Simplified query, Traditional text
  ASSERT_FALSE(s3.empty());
  EXPECT_TRUE(std::any_of(s3.begin(), s3.end(),
                          [](const SearchHit& h) { return h.ref.id == "a002-park-yunnan-blockchain-centre"; }));
  for (std::size_t i = 1; i < s3.size(); ++i) EXPECT_GE(s3[i - 1].score, s3[i].score);
  auto one = search(atlas(), "鏈");  // one character, Traditional: finds 区块链 text through the bigrams' characters
  EXPECT_GE(one.size(), 20u);
  EXPECT_FALSE(one[0].snippet.empty());
  EXPECT_TRUE(search(atlas(), "").empty());
  EXPECT_TRUE(search(atlas(), "zzzqqq").empty());
}

TEST(Timeline, CityEventsInDateOrder) {
  auto t = timeline(atlas(), "ganzhou");
  ASSERT_FALSE(t.empty());
  for (std::size_t i = 1; i < t.size(); ++i) EXPECT_FALSE(t[i].date < t[i - 1].date);
  for (const auto& e : t) EXPECT_EQ(e.city, "ganzhou");
  auto all = timeline(atlas());
  EXPECT_GT(all.size(), t.size());
}

TEST(Firsts, AnswersComeFromTheData) {
  auto f = firsts(atlas());
  auto find = [&](std::string_view q) {
    return std::find_if(f.begin(), f.end(), [&](const FirstAnswer& a) { return a.question == q; });
  };
  auto park = find("earliest park");
  ASSERT_NE(park, f.end());
  EXPECT_EQ(park->cities, std::vector<std::string>{"shanghai"});
  EXPECT_EQ(park->records.size(), 2u);  // two parks landed together in 2016-11
  auto wp = find("first local blockchain whitepaper");
  ASSERT_NE(wp, f.end());
  EXPECT_EQ(wp->cities, std::vector<std::string>{"guiyang"});
  auto report = find("first government work report naming blockchain");
  ASSERT_NE(report, f.end());
  EXPECT_EQ(report->cities, std::vector<std::string>{"guiyang"});
  auto claimed = std::count_if(f.begin(), f.end(), [](const FirstAnswer& a) { return a.claimed; });
  EXPECT_GE(claimed, 8);
  auto chain = find("中国首个城市级区块链综合服务平台");
  ASSERT_NE(chain, f.end());
  EXPECT_EQ(chain->cities, std::vector<std::string>{"ganzhou"});
}

TEST(AsOf, OnlyWhatWasKnownByThen) {
  Atlas early = atlas().as_of(d("2018-03"));
  EXPECT_EQ(early.cities().size(), atlas().cities().size());
  EXPECT_NE(early.find_policy("a004-pol-guiyang-blockchain-support-measures"), nullptr);  // article of 2018-03-05
  EXPECT_EQ(early.find_policy("a003-pol-beijing-blockchain-e-invoice-notice"), nullptr);  // 2020
  EXPECT_EQ(early.find_park("a002-park-yunnan-blockchain-centre"), nullptr);              // opened 2020
  EXPECT_EQ(early.find_indicator("a002-ind-hangzhou-park-count"), nullptr);               // article of 2021
  EXPECT_LT(early.record_count(), atlas().record_count());
  Atlas all = atlas().as_of(d("2030"));
  EXPECT_EQ(all.record_count(), atlas().record_count());
}
