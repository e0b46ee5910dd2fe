#include <gtest/gtest.h>
#include <chaincity/core/error.hpp>
#include <chaincity/core/money.hpp>
#include <chaincity/core/quantity.hpp>

using chaincity::Currency;
using chaincity::Decimal;
using chaincity::Money;

namespace {
Money cny(long long v) { return Money(v); }
}  // namespace

TEST(Decimal, ParsesPlainAndGroupedNumbers) {
  EXPECT_EQ(Decimal::parse("125.2")->to_string(), "125.2");
  EXPECT_EQ(Decimal::parse("1,000")->to_string(), "1000");
  EXPECT_EQ(Decimal::parse("44.52")->to_string(), "44.52");
  EXPECT_EQ(Decimal::parse("-3")->to_string(), "-3");
  EXPECT_EQ(Decimal::parse("70.00")->to_string(), "70");
}

TEST(Decimal, RejectsMalformedNumbers) {
  for (const char* bad : {"", "-", ".5", "5.", "1,,000", ",100", "1.23456", "12a", "1e5", "1.2.3", " 1"})
    EXPECT_FALSE(Decimal::parse(bad)) << bad;
}

TEST(Decimal, GroupsThousands) {
  EXPECT_EQ(Decimal(12520000000LL).to_grouped_string(), "12,520,000,000");
  EXPECT_EQ(Decimal(999).to_grouped_string(), "999");
  EXPECT_EQ(Decimal::parse("-1234567.5")->to_grouped_string(), "-1,234,567.5");
}

TEST(Decimal, OverflowIsAnErrorNotAWrap) {
  auto big = Decimal::parse("10000000000000000000000000000000");
  EXPECT_FALSE(big.has_value() && big->to_string() != "10000000000000000000000000000000");
  Decimal huge = *Decimal::parse("1000000000000000000000000000");
  EXPECT_THROW((void)(huge * 1000000000000LL), std::overflow_error);
}

TEST(Money, ParsesTheAmountsTheArticlesWrite) {
  EXPECT_EQ(Money::parse("125.2亿元"), cny(12520000000LL));
  EXPECT_EQ(Money::parse("500万元"), cny(5000000));
  EXPECT_EQ(Money::parse("1346亿元"), cny(134600000000LL));
  EXPECT_EQ(Money::parse("1000万元"), cny(10000000));
  EXPECT_EQ(Money::parse("600万元"), cny(6000000));
  EXPECT_EQ(Money::parse("百亿"), cny(10000000000LL));
  EXPECT_EQ(Money::parse("1,000万元"), cny(10000000));
  EXPECT_EQ(Money::parse("17,000美元"), Money(17000, Currency::usd));
  EXPECT_EQ(Money::parse("1.7万美元"), Money(17000, Currency::usd));
  EXPECT_EQ(Money::parse("三千万元"), cny(30000000));
  EXPECT_EQ(Money::parse("１０００万元"), cny(10000000));
  EXPECT_EQ(Money::parse("12,520,000,000 CNY"), cny(12520000000LL));
  EXPECT_EQ(Money::parse("8.48亿美元"), Money(848000000, Currency::usd));
}

TEST(Money, RejectsTextThatIsNotAnAmount) {
  for (const char* bad : {"", "元", "万元", "abc", "500万家", "最高500万元", "500万元多少", "5%"})
    EXPECT_FALSE(Money::parse(bad)) << bad;
}

TEST(Money, FormatsGroupedAndInChineseUnits) {
  EXPECT_EQ(cny(12520000000LL).to_string(), "12,520,000,000 CNY");
  EXPECT_EQ(cny(12520000000LL).to_chinese_string(), "125.2亿元");
  EXPECT_EQ(cny(5000000).to_chinese_string(), "500万元");
  EXPECT_EQ(cny(800).to_chinese_string(), "800元");
  EXPECT_EQ(Money(17000, Currency::usd).to_chinese_string(), "1.7万美元");
  EXPECT_EQ(Money(17000, Currency::usd).to_string(), "17,000 USD");
}

TEST(Money, ArithmeticIsExact) {
  Money sum = cny(3000000) + cny(5000000) + cny(1500000);
  EXPECT_EQ(sum, cny(9500000));
  EXPECT_EQ(cny(1000000) * 2 + cny(500000), cny(2500000));
  EXPECT_EQ(3 * cny(7), cny(21));
  EXPECT_EQ(cny(10) - cny(25), Money(Decimal(-15)));
  Money tenth(*Decimal::parse("0.1"));
  Money acc;
  for (int i = 0; i < 10; ++i) acc += tenth;
  EXPECT_EQ(acc, cny(1));  // no binary floating-point drift
}

TEST(Money, DifferentCurrenciesNeitherAddNorOrder) {
  EXPECT_THROW((void)(cny(1) + Money(1, Currency::usd)), chaincity::ArithmeticError);
  EXPECT_THROW((void)(cny(1) - Money(1, Currency::usd)), chaincity::ArithmeticError);
  EXPECT_EQ(cny(1) <=> Money(1, Currency::usd), std::partial_ordering::unordered);
  EXPECT_FALSE(cny(1) == Money(1, Currency::usd));
  EXPECT_TRUE(cny(1) < cny(2));
}

using chaincity::Qualifier;
using chaincity::Quantity;
using chaincity::Unit;

TEST(Quantity, UpToCapKeepsItsQualifier) {
  auto q = Quantity::parse("最高500万元");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, Decimal(5000000));
  EXPECT_EQ(q->unit, Unit::cny);
  EXPECT_EQ(q->qualifier, Qualifier::up_to);
  EXPECT_EQ(q->money(), cny(5000000));
  EXPECT_EQ(q->text, "最高500万元");
  EXPECT_EQ(q->upper_bound(), Decimal(5000000));
  EXPECT_EQ(q->lower_bound(), Decimal(0));
  EXPECT_EQ(q->describe(), "up to 5,000,000 CNY");
}

struct QuantityCase {
  const char* text;
  const char* value;
  const char* upper;
  Unit unit;
  Qualifier qualifier;
};

class QuantityParse : public ::testing::TestWithParam<QuantityCase> {};

TEST_P(QuantityParse, ReadsValueUnitAndQualifier) {
  const auto& c = GetParam();
  auto q = Quantity::parse(c.text);
  ASSERT_TRUE(q) << c.text;
  EXPECT_EQ(q->value.to_string(), c.value) << c.text;
  EXPECT_EQ(q->upper ? q->upper->to_string() : "", c.upper) << c.text;
  EXPECT_EQ(q->unit, c.unit) << c.text;
  EXPECT_EQ(q->qualifier, c.qualifier) << c.text;
}

INSTANTIATE_TEST_SUITE_P(ArticleForms, QuantityParse,
                         ::testing::Values(QuantityCase{"约1346亿元", "134600000000", "", Unit::cny, Qualifier::about},
                                           QuantityCase{"10家以上", "10", "", Unit::count, Qualifier::more_than},
                                           QuantityCase{"20多家", "20", "", Unit::count, Qualifier::more_than},
                                           QuantityCase{"100余家", "100", "", Unit::count, Qualifier::more_than},
                                           QuantityCase{"1000余万元", "10000000", "", Unit::cny, Qualifier::more_than},
                                           QuantityCase{"近百家", "100", "", Unit::count, Qualifier::nearly},
                                           QuantityCase{"2-3家", "2", "3", Unit::count, Qualifier::between},
                                           QuantityCase{"3~5个", "3", "5", Unit::count, Qualifier::between},
                                           QuantityCase{"3～5个", "3", "5", Unit::count, Qualifier::between},
                                           QuantityCase{"2000-4000万", "20000000", "40000000", Unit::count,
                                                        Qualifier::between},
                                           QuantityCase{"44.52%", "44.52", "", Unit::percent, Qualifier::exact},
                                           QuantityCase{"第12位", "12", "", Unit::rank, Qualifier::exact},
                                           QuantityCase{"85万", "850000", "", Unit::count, Qualifier::exact},
                                           QuantityCase{"仅2项", "2", "", Unit::count, Qualifier::only},
                                           QuantityCase{"高达28523家", "28523", "", Unit::count, Qualifier::as_many_as},
                                           QuantityCase{"600万元以内", "6000000", "", Unit::cny, Qualifier::within},
                                           QuantityCase{"不超过200万元", "2000000", "", Unit::cny, Qualifier::up_to},
                                           QuantityCase{"超过47家", "47", "", Unit::count, Qualifier::more_than},
                                           QuantityCase{"十家", "10", "", Unit::count, Qualifier::exact},
                                           QuantityCase{"二万五千", "25000", "", Unit::count, Qualifier::exact},
                                           QuantityCase{"一百零五", "105", "", Unit::count, Qualifier::exact},
                                           QuantityCase{"百万吨", "1000000", "", Unit::tonne, Qualifier::exact},
                                           QuantityCase{"17,000美元", "17000", "", Unit::usd, Qualifier::exact}));

TEST(Quantity, RejectsGarbageWithoutCrashing) {
  for (const char* bad : {"", "最高", "约", "家", "abc", "5-", "第", "第12位家", "12%%", "\xff\xfe", "500万元 extra"})
    EXPECT_FALSE(Quantity::parse(bad)) << bad;
}

TEST(Quantity, BoundsFollowTheQualifier) {
  auto more = *Quantity::parse("20多家");
  EXPECT_FALSE(more.upper_bound());
  EXPECT_EQ(more.lower_bound(), Decimal(20));
  auto range = *Quantity::parse("2-3家");
  EXPECT_EQ(range.upper_bound(), Decimal(3));
  EXPECT_EQ(range.describe(), "2 to 3");
  auto about = *Quantity::parse("约1346亿元");
  EXPECT_FALSE(about.lower_bound());
  EXPECT_EQ(about.describe(), "about 134,600,000,000 CNY");
  EXPECT_FALSE(Quantity::parse("28523家")->money());
}
