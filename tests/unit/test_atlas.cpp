#include <gtest/gtest.h>

#include <thread>

#include "fixtures.hpp"

using namespace chaincity;
using chaincity::testing::small_atlas;

TEST(Atlas, LooksUpRecordsById) {
  Atlas a = small_atlas();
  ASSERT_NE(a.find_city("guiyang"), nullptr);
  EXPECT_EQ(a.find_city("guiyang")->name_hant, "貴陽");
  EXPECT_EQ(a.find_city("hangzhou"), nullptr);
  ASSERT_NE(a.find_incentive("item-listing"), nullptr);
  EXPECT_EQ(a.find_incentive("item-listing")->amount->money(), Money(10000000));
  EXPECT_EQ(a.city("guiyang").province, "贵州");
  EXPECT_THROW((void)a.city("nowhere"), NotFoundError);
  EXPECT_EQ(a.record_count(), 5u);  // source, city, scheme, item, park
}

TEST(Atlas, CopiesShareOneStore) {
  Atlas a = small_atlas();
  Atlas b = a;
  EXPECT_EQ(&a.cities()[0], &b.cities()[0]);
  EXPECT_EQ(a, b);
}

TEST(Atlas, ValidationReportsEveryProblemWithItsPointer) {
  AtlasBuilder b;
  b.add(chaincity::testing::article_004());
  City dup = chaincity::testing::guiyang();
  b.add(dup).add(dup);
  IndustrialPark p = chaincity::testing::park("p1", "2017");
  p.city = "hangzou";
  p.provenance.clear();
  b.add(p);
  IncentiveScheme s = chaincity::testing::listing_scheme();
  s.policy = "no-such-policy";
  s.items[0].provenance[0].source = "999.txt";
  b.add(s);
  try {
    (void)b.build();
    FAIL() << "expected a ValidationError";
  } catch (const ValidationError& e) {
    std::vector<std::string> got;
    for (const auto& pr : e.problems()) got.push_back(pr.where.json_pointer + ": " + pr.message);
    std::vector<std::string> want = {
        "/cities/1/id: expected a unique id, got \"guiyang\" again",
        "/parks/0/city: expected the id of a city in the atlas, got unknown city \"hangzou\"",
        "/parks/0/provenance: expected at least one provenance entry (source and quote)",
        "/schemes/0/policy: expected the id of a policy in the atlas, got unknown policy \"no-such-policy\"",
        "/schemes/0/items/0/provenance/0/source: expected the id of a source in the atlas, got unknown source "
        "\"999.txt\"",
    };
    EXPECT_EQ(got, want);
    EXPECT_NE(std::string(e.what()).find("5 problem(s)"), std::string::npos);
  }
}

TEST(Atlas, RejectsOverlongQuotesAndBadRanges) {
  AtlasBuilder b;
  b.add(chaincity::testing::article_004()).add(chaincity::testing::guiyang());
  Indicator i;
  i.id = "i1";
  i.scope = Scope{ScopeLevel::city, "guiyang", {}, {}, {}};
  i.value = *Quantity::parse("2-3家");
  i.value.upper = Decimal(1);
  i.window = Window{RecordedDate{*PartialDate::parse("2021"), DateBasis::stated, {}},
                    RecordedDate{*PartialDate::parse("2020"), DateBasis::stated, {}}};
  i.provenance = {{"004_844e37307dfc437b.txt", std::string(81 * 3, 'x').substr(0, 81)}};
  b.add(i);
  try {
    (void)b.build();
    FAIL();
  } catch (const ValidationError& e) {
    ASSERT_EQ(e.problems().size(), 3u);
    EXPECT_EQ(e.problems()[0].where.json_pointer, "/indicators/0/value");
    EXPECT_EQ(e.problems()[1].where.json_pointer, "/indicators/0/window");
    EXPECT_EQ(e.problems()[2].where.json_pointer, "/indicators/0/provenance/0/quote");
  }
}

TEST(Atlas, BuilderIsEmptyAfterBuild) {
  AtlasBuilder b;
  b.add(chaincity::testing::article_004());
  Atlas first = b.build();
  Atlas second = b.build();
  EXPECT_EQ(first.sources().size(), 1u);
  EXPECT_EQ(second.sources().size(), 0u);
}

TEST(Atlas, InsertOnlyRecordsAreRecognised) {
  AtlasBuilder b;
  Source ins = chaincity::testing::article_004();
  ins.id = "004_844e37307dfc437b.txt#insert-1";
  ins.kind = SourceKind::insert;
  b.add(chaincity::testing::article_004()).add(ins);
  Atlas a = b.build();
  std::vector<Provenance> only_insert = {{ins.id, "x"}};
  std::vector<Provenance> mixed = {{ins.id, "x"}, {"004_844e37307dfc437b.txt", "y"}};
  EXPECT_TRUE(a.from_insert_only(only_insert));
  EXPECT_FALSE(a.from_insert_only(mixed));
}

TEST(Atlas, SummaryCountsAndSpansDates) {
  AtlasSummary s = summarize(small_atlas());
  EXPECT_EQ(s.articles, 1u);
  EXPECT_EQ(s.cities, 1u);
  EXPECT_EQ(s.schemes, 1u);
  EXPECT_EQ(s.incentive_items, 1u);
  EXPECT_EQ(s.parks, 1u);
  EXPECT_EQ(s.quotes, 4u);
  ASSERT_TRUE(s.earliest && s.latest);
  EXPECT_EQ(s.earliest->to_string(), "2017-06");
  EXPECT_EQ(s.latest->to_string(), "2017-11-02");
  EXPECT_EQ(s.cities_covered, std::vector<std::string>{"guiyang"});
}

TEST(Atlas, ReadsFromManyThreadsAtOnce) {
  Atlas a = small_atlas();
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, a] {
      for (int k = 0; k < 2000; ++k)
        if (a.find_incentive("item-listing") && a.find_city("guiyang")) ++ok;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 8 * 2000);
}
