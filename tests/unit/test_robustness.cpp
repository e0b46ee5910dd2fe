// Bad input of every kind gives a clear error and never crashes: random and mutated text into every parser.
#include <gtest/gtest.h>
#include <chaincity/chaincity.hpp>

#include <random>

#include "fixtures.hpp"

using namespace chaincity;

namespace {

// Characters the parsers care about, to make random strings that get far into them.
const std::vector<std::string> kPieces = {"最高", "约",       "近",  "多", "余",    "以上",
                                          "以内", "万",       "亿",  "千", "百",    "十",
                                          "元",   "美元",     "家",  "个", "%",     "第",
                                          "位",   "-",        "~",   "至", "年",    "月",
                                          "日",   "/",        ".",   ",",  "0",     "1",
                                          "5",    "9",        "２",  "两", "零",    " ",
                                          "\xff", "\xe4\xb8", "CNY", "e",  "1e400", "99999999999999999999999999999999"};

std::string random_text(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> len(0, 8), pick(0, kPieces.size() - 1);
  std::string s;
  for (std::size_t n = len(rng); n > 0; --n) s += kPieces[pick(rng)];
  return s;
}

}  // namespace

TEST(Robustness, RandomTextNeverCrashesTheValueParsers) {
  std::mt19937 rng(20261201);
  int parsed = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string s = random_text(rng);
    if (auto q = Quantity::parse(s)) {
      ++parsed;
      EXPECT_FALSE(q->value.is_negative()) << s;
      if (q->upper) {
        EXPECT_EQ(q->qualifier, Qualifier::between) << s;
      }
    }
    (void)Money::parse(s);
    if (auto d = PartialDate::parse(s)) {
      EXPECT_EQ(PartialDate::parse(d->to_string()), d) << s;
    }
    (void)Decimal::parse(s);
  }
  EXPECT_GT(parsed, 100);  // the generator does reach valid inputs
}

TEST(Robustness, ThrowingParsersSayWhatWasExpected) {
  try {
    (void)Money::from_string("五百万块");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.detail(), "expected an amount like 500万元 or 12,520,000,000 CNY, got \"五百万块\"");
  }
  try {
    (void)PartialDate::from_string("June");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.detail(), "expected a date like 2017, 2017-06, 2017年6月 or 2020年3月27日, got \"June\"");
  }
  EXPECT_THROW((void)Quantity::from_string("lots"), ParseError);
  EXPECT_EQ(Quantity::from_string("最高500万元").value, Decimal(5000000));
  EXPECT_EQ(Money::from_string("500万元"), Money(5000000));
  EXPECT_EQ(PartialDate::from_string("2017年6月").to_string(), "2017-06");
}

TEST(Robustness, MutatedAtlasTextIsAcceptedOrRejectedWithALocatedError) {
  const std::string good = to_json(chaincity::testing::small_atlas());
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pos(0, good.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255), op(0, 2);
  int rejected = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text = good;
    for (int k = 0; k < 3; ++k) {
      std::size_t p = pos(rng) % text.size();
      switch (op(rng)) {
        case 0:
          text[p] = static_cast<char>(byte(rng));
          break;
        case 1:
          text.erase(p, 1);
          break;
        default:
          text.insert(p, 1, "{}[]\",:0"[static_cast<std::size_t>(byte(rng)) % 8]);
          break;
      }
    }
    try {
      Atlas a = load_atlas_from_string(text, "m.json");
      EXPECT_EQ(load_atlas_from_string(to_json(a)), a);  // whatever loads, round-trips
    } catch (const ParseError& e) {
      ++rejected;
      EXPECT_EQ(e.where().file, "m.json");
      EXPECT_FALSE(e.detail().empty());
    } catch (const ValidationError& e) {
      ++rejected;
      EXPECT_FALSE(e.problems().empty());
    }
  }
  EXPECT_GT(rejected, 1000);
}

namespace {

// Inputs the fuzzers found (tests/fuzz/corpus/*/crash-*), kept as plain regression tests.
TEST(FuzzRegressions, ASpaceAfterTheThirdDateSeparatorIsRejected) {
  EXPECT_FALSE(chaincity::PartialDate::parse("24-07-30- 02-"));  // read past the end of the parts
  EXPECT_TRUE(chaincity::PartialDate::parse(" 2017-06"));        // a leading space is still fine
}

TEST(FuzzRegressions, ARangeMustNotRunBackwards) {
  EXPECT_FALSE(chaincity::Quantity::parse("最高50-5.0万元"));
  EXPECT_FALSE(chaincity::Quantity::parse("5-3家"));
  auto q = chaincity::Quantity::parse("2-3家");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->qualifier, chaincity::Qualifier::between);
}

}  // namespace

namespace {

TEST(FuzzRegressions, MovingADatePastTheYearsItHoldsIsAnError) {
  auto d = chaincity::PartialDate::from_string("9999-01-30");
  EXPECT_THROW((void)d.plus_months(13), chaincity::ArithmeticError);
  EXPECT_THROW((void)chaincity::PartialDate::from_string("1400").plus_months(-12), chaincity::ArithmeticError);
  EXPECT_EQ(d.plus_months(1).to_string(), "9999-02-28");  // clamped to the month's last day
  EXPECT_EQ(chaincity::PartialDate::from_string("2017").plus_months(-1).to_string(), "2017");  // whole years
  EXPECT_EQ(chaincity::PartialDate::from_string("2017").plus_months(-12).to_string(), "2016");
}

}  // namespace
