#include <chaincity/core/date.hpp>

#include <gtest/gtest.h>
#include <boost/date_time/gregorian/gregorian.hpp>

using chaincity::DateOrder;
using chaincity::DatePrecision;
using chaincity::DateRange;
using chaincity::PartialDate;
using chaincity::RangeMatch;

namespace {
PartialDate d(const char* s) {
  auto p = PartialDate::parse(s);
  EXPECT_TRUE(p) << s;
  return p.value_or(PartialDate{});
}
}  // namespace

TEST(PartialDate, ParsesEveryFormTheArticlesUse) {
  EXPECT_EQ(d("2017").to_string(), "2017");
  EXPECT_EQ(d("2017-06").to_string(), "2017-06");
  EXPECT_EQ(d("2017年6月").to_string(), "2017-06");
  EXPECT_EQ(d("2020年3月27日").to_string(), "2020-03-27");
  EXPECT_EQ(d("2020-03-27").to_string(), "2020-03-27");
  EXPECT_EQ(d("2020/3/27").to_string(), "2020-03-27");
  EXPECT_EQ(d("2017年").to_string(), "2017");
  EXPECT_EQ(d("２０２０年３月").to_string(), "2020-03");
}

TEST(PartialDate, MonthPrecisionCoversTheWholeMonth) {
  PartialDate june = d("2017年6月");
  EXPECT_EQ(june.precision(), DatePrecision::month);
  EXPECT_TRUE(june.contains(d("2017-06-30")));
  EXPECT_TRUE(june.contains(d("2017-06-01")));
  EXPECT_FALSE(june.contains(d("2017-07-01")));
  EXPECT_EQ(boost::gregorian::to_iso_extended_string(june.earliest()), "2017-06-01");
  EXPECT_EQ(boost::gregorian::to_iso_extended_string(june.latest()), "2017-06-30");
  EXPECT_EQ(boost::gregorian::to_iso_extended_string(d("2020-02").latest()), "2020-02-29");
  EXPECT_EQ(boost::gregorian::to_iso_extended_string(d("2017").latest()), "2017-12-31");
}

TEST(PartialDate, RejectsImpossibleAndMalformedDates) {
  for (const char* bad : {"", "June", "2017-13", "2017-02-29", "2017-06-31", "2017年13月", "17-06", "2017-", "2017-6-",
                          "2017年6", "6月", "2017/06-01", "20170601", "2017-06-01-02", "99999"})
    EXPECT_FALSE(PartialDate::parse(bad)) << bad;
  EXPECT_TRUE(PartialDate::parse("2020-02-29"));
  EXPECT_FALSE(PartialDate::of(2017, 0, 5));
}

TEST(PartialDate, ComparesAsIntervals) {
  EXPECT_EQ(d("2016-11").compare(d("2017")), DateOrder::before);
  EXPECT_EQ(d("2018").compare(d("2017-12-31")), DateOrder::after);
  EXPECT_EQ(d("2017").compare(d("2017-06")), DateOrder::overlapping);
  EXPECT_EQ(d("2017-06").compare(d("2017-06")), DateOrder::same);
  EXPECT_LT(d("2017"), d("2017-01"));  // coarser first when they start together
  EXPECT_LT(d("2017-01"), d("2017-02"));
}

TEST(PartialDate, AddsMonthsKeepingPrecision) {
  EXPECT_EQ(d("2017-05").plus_months(7).to_string(), "2017-12");
  EXPECT_EQ(d("2017-06").plus_months(3).to_string(), "2017-09");
  EXPECT_EQ(d("2017-12").plus_months(1).to_string(), "2018-01");
  EXPECT_EQ(d("2020-01-31").plus_months(1).to_string(), "2020-02-29");
  EXPECT_EQ(d("2018-03").plus_months(-3).to_string(), "2017-12");
}

TEST(PartialDate, FormatsInChinese) {
  EXPECT_EQ(d("2020-03-27").to_chinese_string(), "2020年3月27日");
  EXPECT_EQ(d("2017-06").to_chinese_string(), "2017年6月");
}

TEST(DateRange, SaysInsidePossiblyInsideOrOutside) {
  DateRange since_march{d("2020-03"), d("2020-12")};
  EXPECT_EQ(since_march.classify(d("2020-05-09")), RangeMatch::inside);
  EXPECT_EQ(since_march.classify(d("2020-03")), RangeMatch::inside);
  EXPECT_EQ(since_march.classify(d("2020")), RangeMatch::possibly_inside);
  EXPECT_EQ(since_march.classify(d("2019-12")), RangeMatch::outside);
  DateRange open_end{d("2018"), std::nullopt};
  EXPECT_EQ(open_end.classify(d("2030")), RangeMatch::inside);
  EXPECT_EQ(open_end.classify(d("2017-12-31")), RangeMatch::outside);
  EXPECT_TRUE(since_march.ok());
  EXPECT_FALSE((DateRange{d("2021"), d("2020")}.ok()));
}
