// The incentive calculator against hand sums from the articles' figures.
#include <gtest/gtest.h>
#include <chaincity/chaincity.hpp>

using namespace chaincity;

namespace {

const Offer& offer_for(const std::vector<Offer>& all, const char* city) {
  for (const auto& o : all)
    if (o.city == city) return o;
  throw NotFoundError(city);
}

CompanyProfile plans(std::initializer_list<PlannedItem> p) {
  CompanyProfile c;
  c.plans = p;
  return c;
}

PlannedItem plan(IncentiveCategory c, std::optional<IncentiveTier> t = std::nullopt, long long count = 1,
                 std::string keyword = {}) {
  return PlannedItem{c, t, std::move(keyword), {}, count};
}

}  // namespace

TEST(Offers, MainBoardListingInGuiyangIsTenMillion) {
  auto all = offers(embedded_atlas(), plans({plan(IncentiveCategory::listing, IncentiveTier::main_board)}));
  const Offer& gy = offer_for(all, "guiyang");
  EXPECT_EQ(gy.grants, Money(10000000));
  EXPECT_FALSE(gy.grants_are_caps);
  ASSERT_EQ(gy.lines.size(), 1u);
  EXPECT_EQ(gy.lines[0].item->id, "main-board-listing");
  EXPECT_EQ(all[0].city, "guiyang");
  EXPECT_EQ(all[0].rank, 1);
}

TEST(Offers, ProvincialRndPlatformInTheHighTechZoneIsOneMillion) {
  auto all = offers(embedded_atlas(), plans({plan(IncentiveCategory::rnd_platform, IncentiveTier::provincial)}));
  const Offer& gy = offer_for(all, "guiyang");
  EXPECT_EQ(gy.grants, Money(1000000));
  bool district_noted = false;
  for (const auto& n : gy.notes) district_noted = district_noted || n.find("district-level") != std::string::npos;
  EXPECT_TRUE(district_noted);
}

TEST(Offers, TheTenArticlesCeilingCapsTheSumAtFiveMillion) {
  // national platform 500万 + breakthrough up to 200万 + 2 products up to 100万 each = 900万 > 500万 ceiling
  auto all = offers(embedded_atlas(),
                    plans({plan(IncentiveCategory::rnd_platform, IncentiveTier::national),
                           plan(IncentiveCategory::breakthrough), plan(IncentiveCategory::product, std::nullopt, 2)}));
  const Offer& gy = offer_for(all, "guiyang");
  EXPECT_EQ(gy.grants, Money(5000000));
  EXPECT_TRUE(gy.grants_are_caps);
  Money before;
  for (const auto& l : gy.lines) before += *l.amount;
  EXPECT_EQ(before, Money(9000000));  // the lines keep their own amounts …
  ASSERT_EQ(gy.ceilings.size(), 1u);  // … and the ceiling is reported beside them
  EXPECT_EQ(gy.ceilings[0].before, Money(9000000));
  EXPECT_EQ(gy.ceilings[0].ceiling, Money(5000000));
  ASSERT_EQ(gy.lines.size(), 3u);
  EXPECT_EQ(gy.lines[0].amount, Money(5000000));
  EXPECT_FALSE(gy.lines[0].is_cap);  // the national platform award is exact
  EXPECT_EQ(gy.lines[2].count, 2);   // per product
}

TEST(Offers, TalentAwardsCountPerPerson) {
  auto all = offers(embedded_atlas(),
                    plans({plan(IncentiveCategory::talent, IncentiveTier::provincial, 2, "百人領軍"),  // Traditional
                           plan(IncentiveCategory::talent, IncentiveTier::provincial, 1, "千人创新创业")}));
  EXPECT_EQ(offer_for(all, "guiyang").grants, Money(2500000));  // 2 × 100万 + 50万
}

TEST(Offers, LoansAndFundsNeverCountAsGrants) {
  auto all = offers(embedded_atlas(), plans({plan(IncentiveCategory::housing), plan(IncentiveCategory::startup_loan),
                                             plan(IncentiveCategory::angel_fund)}));
  const Offer& hz = offer_for(all, "hangzhou");
  EXPECT_EQ(hz.grants, Money(3000000));  // housing subsidy, up to
  EXPECT_TRUE(hz.grants_are_caps);
  EXPECT_EQ(hz.loans, Money(6500000));  // 500万 start-up loan + 150万 angel fund
  EXPECT_TRUE(hz.loans_are_caps);       // both are 最高 amounts
  auto loans_only = offers(embedded_atlas(), plans({plan(IncentiveCategory::startup_loan)}));
  EXPECT_EQ(offer_for(loans_only, "hangzhou").grants, Money(0));
  EXPECT_EQ(offer_for(loans_only, "hangzhou").loans, Money(5000000));
}

TEST(Offers, UnquantifiedItemsAreListedNeverPriced) {
  auto all = offers(embedded_atlas(), plans({plan(IncentiveCategory::tax), plan(IncentiveCategory::rent)}));
  const Offer& qd = offer_for(all, "qingdao");
  EXPECT_EQ(qd.unquantified.size(), 2u);
  EXPECT_TRUE(qd.lines.empty());
  EXPECT_EQ(qd.grants, Money(0));
  for (const auto& l : qd.unquantified) EXPECT_FALSE(l.amount);
}

TEST(Offers, UnmetItemsSayWhatWouldBeNeeded) {
  auto all = offers(embedded_atlas(), plans({plan(IncentiveCategory::listing, IncentiveTier::main_board)}));
  const Offer& gy = offer_for(all, "guiyang");
  bool found = false;
  for (const auto& u : gy.unmet) found = found || u.needs.rfind("a planned rnd_platform at tier national — ", 0) == 0;
  EXPECT_TRUE(found);
}

TEST(Profiles, JsonFormatAndErrors) {
  CompanyProfile p = profile_from_json(R"({"name": "x", "plans": [{"category": "talent", "tier": "provincial",
      "keyword": "百人领军", "count": 2}, {"item": "main-board-listing"}]})");
  ASSERT_EQ(p.plans.size(), 2u);
  EXPECT_EQ(p.plans[0].count, 2);
  EXPECT_EQ(p.plans[1].item, "main-board-listing");
  auto all = offers(embedded_atlas(), p);
  EXPECT_EQ(offer_for(all, "guiyang").grants, Money(12000000));
  try {
    (void)profile_from_json("{\n  \"plans\": [{\"category\": \"ipo\"}]\n}", "p.json");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.where().json_pointer, "/plans/0/category");
    EXPECT_EQ(e.where().line, 2u);
    EXPECT_NE(e.detail().find("expected a name like \"rnd_platform\""), std::string::npos);
  }
  EXPECT_THROW((void)profile_from_json(R"({"plans": [{"category": "talent", "count": 0}]})"), ParseError);
  EXPECT_THROW((void)profile_from_json(R"({"plans": []})"), ParseError);
  EXPECT_THROW((void)profile_from_json(R"({"plans": [{"category": "talent"}], "extra": 1})"), ParseError);
  EXPECT_THROW((void)profile_from_json(R"({"plans": [)"), ParseError);
  EXPECT_THROW((void)load_profile("/nonexistent/profile.json"), IoError);
}
