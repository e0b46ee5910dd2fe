#include <gtest/gtest.h>
#include <chaincity/chaincity.hpp>
#include <chaincity/io/nlohmann.hpp>

using namespace chaincity;
using nlohmann::json;

TEST(NlohmannAdapter, ValuesRoundTrip) {
  json m = Money::from_string("125.2亿元");
  EXPECT_EQ(m, json({{"amount", "12520000000"}, {"currency", "CNY"}}));
  EXPECT_EQ(m.get<Money>(), Money(12520000000LL));
  json q = Quantity::from_string("最高500万元");
  EXPECT_EQ(q["qualifier"], "up_to");
  EXPECT_EQ(q.get<Quantity>(), Quantity::from_string("最高500万元"));
  json d = PartialDate::from_string("2017年6月");
  EXPECT_EQ(d, "2017-06");
  EXPECT_EQ(d.get<PartialDate>().precision(), DatePrecision::month);
  EXPECT_THROW((void)json(3.5).get<Decimal>(), ParseError);
  EXPECT_THROW((void)json("June").get<PartialDate>(), ParseError);
}

TEST(NlohmannAdapter, RecordsAndAtlasesRoundTrip) {
  const Atlas& atlas = embedded_atlas();
  const City& gy = atlas.city("guiyang");
  json j = gy;
  EXPECT_EQ(j["name_hant"], "貴陽");
  EXPECT_EQ(j.get<City>(), gy);
  json s = atlas.schemes()[0];
  EXPECT_EQ(s.get<IncentiveScheme>(), atlas.schemes()[0]);
  nlohmann::ordered_json whole = atlas;
  EXPECT_EQ(whole.get<Atlas>(), atlas);
  json bad = gy;
  bad["tier"] = "zeroth";
  try {
    (void)bad.get<City>();
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.where().json_pointer, "/tier");
  }
}
