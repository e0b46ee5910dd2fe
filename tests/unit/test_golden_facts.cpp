// Golden facts: what the five seed articles say, asserted through the public API on the embedded atlas.
#include <gtest/gtest.h>
#include <chaincity/chaincity.hpp>

#include <algorithm>

using namespace chaincity;

namespace {

const Atlas& atlas() { return embedded_atlas(); }

const Indicator& indicator(std::string_view id) {
  const Indicator* i = atlas().find_indicator(id);
  if (!i) throw NotFoundError("indicator " + std::string(id));
  return *i;
}
const IndustrialPark& park(std::string_view id) {
  const IndustrialPark* p = atlas().find_park(id);
  if (!p) throw NotFoundError("park " + std::string(id));
  return *p;
}
const PolicyDocument& policy(std::string_view id) {
  const PolicyDocument* p = atlas().find_policy(id);
  if (!p) throw NotFoundError("policy " + std::string(id));
  return *p;
}
const Incentive& item(std::string_view id) {
  const Incentive* i = atlas().find_incentive(id);
  if (!i) throw NotFoundError("incentive " + std::string(id));
  return *i;
}
const Event& event(std::string_view id) {
  const Event* e = atlas().find_event(id);
  if (!e) throw NotFoundError("event " + std::string(id));
  return *e;
}
const Application& application(std::string_view id) {
  const Application* a = atlas().find_application(id);
  if (!a) throw NotFoundError("application " + std::string(id));
  return *a;
}
Decimal dec(const char* s) { return *Decimal::parse(s); }
std::string date_of(const std::optional<RecordedDate>& d) { return d ? d->value.to_string() : "-"; }

// Resident-firm counts etc. are not needed here; the number of park records a city has is.
std::size_t parks_in(std::string_view city) {
  return static_cast<std::size_t>(std::count_if(atlas().parks().begin(), atlas().parks().end(),
                                                [&](const IndustrialPark& p) { return p.city == city; }));
}

}  // namespace

// ---- Guiyang (articles 001, 004) ----
TEST(GoldenGuiyang, MainBoardListingAwardIsExactlyTenMillionYuan) {
  const Incentive& i = item("main-board-listing");
  EXPECT_EQ(i.category, IncentiveCategory::listing);
  EXPECT_EQ(i.tier, IncentiveTier::main_board);
  EXPECT_EQ(i.amount->money(), Money(10000000));
  EXPECT_EQ(i.amount->qualifier, Qualifier::exact);
  EXPECT_EQ(i.form, IncentiveForm::grant);
}
TEST(GoldenGuiyang, HiTechZoneTenMeasuresCapOneFirmAtFiveMillionOneTime) {
  const IncentiveScheme* s = atlas().find_scheme("a001-scheme-guiyang-hi-tech-zone-blockchain-ten");
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(s->cap);
  EXPECT_EQ(s->cap->money(), Money(5000000));
  EXPECT_EQ(s->cap->qualifier, Qualifier::up_to);
  EXPECT_EQ(s->city, "guiyang");
}
TEST(GoldenGuiyang, NationalResearchPlatformAwardIsFiveMillion) {
  EXPECT_EQ(item("rnd-platform-national").amount->money(), Money(5000000));
  EXPECT_EQ(item("rnd-platform-national").tier, IncentiveTier::national);
}
TEST(GoldenGuiyang, JointlyRecognisedPlatformAwardIsTwoMillion) {
  EXPECT_EQ(item("rnd-platform-joint").amount->money(), Money(2000000));
  EXPECT_EQ(item("rnd-platform-joint").tier, IncentiveTier::joint);
}
TEST(GoldenGuiyang, ProvincialPlatformAwardIsOneMillion) {
  EXPECT_EQ(item("rnd-platform-provincial").amount->money(), Money(1000000));
  EXPECT_EQ(item("rnd-platform-provincial").tier, IncentiveTier::provincial);
}
TEST(GoldenGuiyang, TechnologyBreakthroughUpToTwoMillion) {
  EXPECT_EQ(item("tech-breakthrough").amount->value, Decimal(2000000));
  EXPECT_EQ(item("tech-breakthrough").amount->qualifier, Qualifier::up_to);
}
TEST(GoldenGuiyang, ApplicationProductUpToOneMillionPerProduct) {
  EXPECT_EQ(item("application-product").amount->value, Decimal(1000000));
  EXPECT_EQ(item("application-product").per, Per::project);
}
TEST(GoldenGuiyang, HundredLeadersTalentAwardIsOneMillionPerPerson) {
  EXPECT_EQ(item("talent-hundred-leaders").amount->money(), Money(1000000));
  EXPECT_EQ(item("talent-hundred-leaders").per, Per::person);
}
TEST(GoldenGuiyang, ThousandInnovatorsTalentAwardIsHalfAMillionPerPerson) {
  EXPECT_EQ(item("talent-thousand-innovators").amount->money(), Money(500000));
  EXPECT_EQ(item("talent-thousand-innovators").per, Per::person);
}
TEST(GoldenGuiyang, SupportMeasuresWereIssuedInJune2017) {
  EXPECT_EQ(date_of(policy("a004-pol-guiyang-blockchain-support-measures").issued), "2017-06");
}
TEST(GoldenGuiyang, TenMeasuresIssuedMay2017AsTheZonesFirst) {
  const PolicyDocument& p = policy("a001-policy-guiyang-hi-tech-zone-blockchain-ten");
  EXPECT_EQ(date_of(p.issued), "2017-05");
  EXPECT_EQ(p.issuer_level, IssuerLevel::district);
  EXPECT_TRUE(p.first.has_value());
}
TEST(GoldenGuiyang, WhitepaperIn2016) {
  const PolicyDocument& p = policy("a001-policy-guiyang-blockchain-whitepaper");
  EXPECT_EQ(p.kind, PolicyKind::whitepaper);
  EXPECT_EQ(date_of(p.issued), "2016");
}
TEST(GoldenGuiyang, WorkReportOfFebruary2017NamedBlockchain) {
  const PolicyDocument& p = policy("a001-policy-guiyang-work-report-2017");
  EXPECT_EQ(p.kind, PolicyKind::work_report);
  EXPECT_EQ(date_of(p.issued), "2017-02");
}
TEST(GoldenGuiyang, HiTechZoneHasElevenBlockchainFirmsAndSeventeenProjects) {
  EXPECT_EQ(indicator("a004-ind-guiyang-hitech-zone-blockchain-enterprise-count").value.value, Decimal(11));
  EXPECT_EQ(indicator("a004-ind-guiyang-hitech-zone-blockchain-project-count").value.value, Decimal(17));
}
TEST(GoldenGuiyang, CityNamesInEveryScript) {
  const City& c = atlas().city("guiyang");
  EXPECT_EQ(c.name_hans, "贵阳");
  EXPECT_EQ(c.name_hant, "貴陽");
  EXPECT_EQ(c.name_en, "Guiyang");
  EXPECT_EQ(c.province, "贵州");
}

// ---- Beijing, Shanghai, Guangzhou, Shenzhen (article 003) ----
TEST(GoldenBigFour, ShenzhenHadTwoPolicyItemsSinceMarchAgainstShanghaisTen) {
  const Indicator& sz = indicator("a003-ind-shenzhen-policy-count");
  const Indicator& sh = indicator("a003-ind-shanghai-policy-count");
  EXPECT_EQ(sz.value.value, Decimal(2));
  EXPECT_EQ(sz.value.qualifier, Qualifier::only);
  EXPECT_EQ(sh.value.value, Decimal(10));
  ASSERT_TRUE(sz.window && sz.window->from);
  EXPECT_EQ(sz.window->from->value.to_string(), "2020-03");
  EXPECT_EQ(sz.metric, Metric::policy_count);
}
TEST(GoldenBigFour, BeijingAndGuangzhouHadEightEach) {
  EXPECT_EQ(indicator("a003-ind-beijing-policy-count").value.value, Decimal(8));
  EXPECT_EQ(indicator("a003-ind-guangzhou-policy-count").value.value, Decimal(8));
}
TEST(GoldenBigFour, NineOfShanghaisTenMentionBlockchainOnlyBesideAiAndBigData) {
  EXPECT_EQ(indicator("a003-ind-shanghai-policies-blockchain-with-ai-bigdata").value.value, Decimal(9));
  EXPECT_EQ(indicator("a003-ind-shanghai-explicit-blockchain-policy-count").value.value, Decimal(1));
}
TEST(GoldenBigFour, ShenzhenRanksSecondInCompanyRegistrations) {
  const Indicator& i = indicator("a003-ind-shenzhen-company-registration-rank");
  EXPECT_EQ(i.metric, Metric::registered_company_rank);
  EXPECT_EQ(i.value.value, Decimal(2));
  EXPECT_EQ(i.value.unit, Unit::rank);
}
TEST(GoldenBigFour, ShenzhenRanksSecondInPatents) {
  EXPECT_EQ(indicator("a003-ind-shenzhen-patent-rank").value.value, Decimal(2));
}
TEST(GoldenBigFour, ShenzhenRanksThirdInTalentDemand) {
  EXPECT_EQ(indicator("a003-ind-shenzhen-talent-demand-rank").value.value, Decimal(3));
}
TEST(GoldenBigFour, ShenzhenRanksFirstInAverageSalary) {
  EXPECT_EQ(indicator("a003-ind-shenzhen-salary-rank").value.value, Decimal(1));
}
TEST(GoldenBigFour, ShenzhenHasNoDedicatedPolicyAndNoPark) {
  EXPECT_EQ(indicator("a003-ind-shenzhen-dedicated-policy-count").value.value, Decimal(0));
  EXPECT_EQ(indicator("a003-ind-shenzhen-blockchain-park-count").value.value, Decimal(0));
}
TEST(GoldenBigFour, GuangzhouHasMoreThan16000BlockchainCompanies) {
  const Indicator& i = indicator("a003-ind-guangzhou-blockchain-company-count");
  EXPECT_EQ(i.value.value, Decimal(16000));
  EXPECT_EQ(i.value.qualifier, Qualifier::more_than);
  EXPECT_EQ(indicator("a003-ind-shenzhen-blockchain-company-count").value.value, Decimal(6300));
}
TEST(GoldenBigFour, BeijingTaxBureauBlockchainInvoiceNoticeMarch2020) {
  const PolicyDocument& p = policy("a003-pol-beijing-blockchain-e-invoice-notice");
  EXPECT_EQ(p.title, "关于推行区块链电子普通发票有关事项的公告");
  EXPECT_EQ(date_of(p.issued), "2020-03");
  EXPECT_EQ(p.kind, PolicyKind::notice);
}
TEST(GoldenBigFour, GuangzhouImplementationOpinionsTargetTwoToThreeLeadersBy2022) {
  const PolicyDocument& p = policy("a003-pol-guangzhou-blockchain-industry-implementation-opinions");
  ASSERT_FALSE(p.targets.empty());
  EXPECT_EQ(p.targets[0].value.qualifier, Qualifier::between);
  EXPECT_EQ(p.targets[0].value.value, Decimal(2));
  EXPECT_EQ(p.targets[0].value.upper, Decimal(3));
  EXPECT_EQ(date_of(p.targets[0].deadline), "2022");
}
TEST(GoldenBigFour, ShenzhenFintechAwardWithinSixMillion) {
  const Incentive& i = item("a003-sch-shenzhen-fintech-special-award-projects");
  EXPECT_EQ(i.amount->value, Decimal(6000000));
  EXPECT_EQ(i.amount->qualifier, Qualifier::within);
}
TEST(GoldenBigFour, BeijingBusinessEnvironmentRegulationOfMarch27) {
  const PolicyDocument& p = policy("a003-pol-beijing-business-environment-regulation");
  EXPECT_EQ(p.kind, PolicyKind::regulation);
  EXPECT_EQ(date_of(p.issued), "2020-03-27");
  EXPECT_EQ(p.issued->basis, DateBasis::inferred_year);
}
TEST(GoldenBigFour, ShenzhenTaxChainSignedOnMay9) {
  EXPECT_EQ(date_of(event("a003-evt-shenzhen-tax-industry-consortium-chain-signing").date), "2020-05-09");
}
TEST(GoldenBigFour, AllFourAreFirstTierCities) {
  for (const char* id : {"beijing", "shanghai", "guangzhou", "shenzhen"}) {
    EXPECT_EQ(atlas().city(id).tier, CityTier::first) << id;
  }
}

// ---- Parks (article 002) ----
TEST(GoldenParks, HangzhouHasSixParks) {
  const Indicator& i = indicator("a002-ind-hangzhou-park-count");
  EXPECT_EQ(i.metric, Metric::park_count);
  EXPECT_EQ(i.value.value, Decimal(6));
}
TEST(GoldenParks, EarliestParksAreShanghaisOfNovember2016) {
  std::optional<PartialDate> earliest;
  std::string city;
  for (const auto& p : atlas().parks()) {
    if (p.opened && (!earliest || p.opened->value < *earliest)) {
      earliest = p.opened->value;
      city = p.city.value_or("");
    }
  }
  ASSERT_TRUE(earliest);
  EXPECT_EQ(earliest->to_string(), "2016-11");
  EXPECT_EQ(city, "shanghai");
  EXPECT_EQ(park("a002-park-tiankong-blockchain-incubation-base").district, "宝山区");
}
TEST(GoldenParks, ShanghaiParksClaimToBeTheEarliestInChina) {
  const auto& p = park("a002-park-zhongguancun-alliance-shanghai-innovation-centre");
  ASSERT_TRUE(p.first);
  EXPECT_EQ(p.first->scope, FirstScope::nation);
}
TEST(GoldenParks, FortySevenParksNationwideByMidJune2021) {
  const Indicator& i = indicator("a002-ind-nation-park-count");
  EXPECT_EQ(i.value.value, Decimal(47));
  EXPECT_EQ(i.scope.level, ScopeLevel::nation);
  EXPECT_EQ(i.as_of->value.to_string(), "2021-06");
  EXPECT_EQ(indicator("a002-ind-nation-park-count-incomplete").value.qualifier, Qualifier::more_than);
}
TEST(GoldenParks, TwentyFiveParksAreGovernmentLedOrGuided) {
  EXPECT_EQ(indicator("a002-ind-nation-government-led-park-count").value.value, Decimal(25));
}
TEST(GoldenParks, CacFilingsReached1238) {
  EXPECT_EQ(indicator("a002-ind-nation-blockchain-filing-count").value.value, Decimal(1238));
  EXPECT_EQ(indicator("a002-ind-bsgz-blockchain-filing-share").value.value, Decimal(70));
  EXPECT_EQ(indicator("a002-ind-bsgz-blockchain-filing-share").value.qualifier, Qualifier::about);
}
TEST(GoldenParks, GuangdongHas28523BlockchainFirmsAt44Point52Percent) {
  EXPECT_EQ(indicator("a002-ind-guangdong-blockchain-enterprise-count").value.value, Decimal(28523));
  EXPECT_EQ(indicator("a002-ind-guangdong-blockchain-enterprise-share").value.value, dec("44.52"));
  EXPECT_EQ(indicator("a002-ind-guangdong-blockchain-enterprise-share").value.unit, Unit::percent);
  EXPECT_EQ(indicator("a002-ind-guangdong-blockchain-enterprise-count").as_of->value.to_string(), "2020-11");
}
TEST(GoldenParks, GuangdongHasFiveParks) {
  EXPECT_EQ(indicator("a002-ind-guangdong-park-count").value.value, Decimal(5));
  EXPECT_EQ(indicator("a002-ind-guangdong-park-count").scope.province, "广东");
}
TEST(GoldenParks, YunnanCentreRevenue1346YiYuanIn2020) {
  const auto& p = park("a002-park-yunnan-blockchain-centre");
  ASSERT_TRUE(p.revenue);
  EXPECT_EQ(p.revenue->money(), Money(134600000000LL));
  EXPECT_EQ(p.revenue->money()->to_chinese_string(), "1346亿元");
  EXPECT_EQ(date_of(p.opened), "2020-03-15");
  EXPECT_EQ(p.city, "kunming");
}
TEST(GoldenParks, ChinaHangzhouParkLaunchedApril2018WithTenProjects) {
  EXPECT_EQ(date_of(park("a002-park-china-hangzhou-blockchain-industrial-park").opened), "2018-04");
  EXPECT_EQ(indicator("a002-ind-hangzhou-blockchain-park-launch-projects").value.value, Decimal(10));
}
TEST(GoldenParks, YuhangHousingSubsidyUpToThreeMillion) {
  const Incentive& i = item("a002-scheme-hangzhou-yuhang-blockchain-park-policy-housing");
  EXPECT_EQ(i.amount->value, Decimal(3000000));
  EXPECT_EQ(i.amount->qualifier, Qualifier::up_to);
  EXPECT_EQ(i.category, IncentiveCategory::housing);
}
TEST(GoldenParks, YuhangStartupLoanUpToFiveMillionIsALoanNotAGrant) {
  const Incentive& i = item("a002-scheme-hangzhou-yuhang-blockchain-park-policy-startup-loan");
  EXPECT_EQ(i.amount->value, Decimal(5000000));
  EXPECT_EQ(i.form, IncentiveForm::loan);
}
TEST(GoldenParks, YuhangAngelFundUpToOnePointFiveMillion) {
  const Incentive& i = item("a002-scheme-hangzhou-yuhang-blockchain-park-policy-angel-fund");
  EXPECT_EQ(i.amount->value, Decimal(1500000));
  EXPECT_EQ(i.form, IncentiveForm::fund);
}
TEST(GoldenParks, MiitCacGuidingOpinionTargetsThreeToFiveClustersBy2025) {
  const PolicyDocument& p = policy("a002-policy-miit-cac-blockchain-guiding-opinion");
  EXPECT_EQ(p.issuer_level, IssuerLevel::national);
  ASSERT_EQ(p.targets.size(), 1u);
  EXPECT_EQ(p.targets[0].value.value, Decimal(3));
  EXPECT_EQ(p.targets[0].value.upper, Decimal(5));
  EXPECT_EQ(date_of(p.targets[0].deadline), "2025");
}
TEST(GoldenParks, HangzhouFutureCentreHasFiveQuasiUnicorns) {
  EXPECT_EQ(indicator("a002-ind-hangzhou-future-centre-quasi-unicorns").value.value, Decimal(5));
}
TEST(GoldenParks, WenshanSanqiSalesGrewMoreThanTwentyPercent) {
  const Indicator& i = indicator("a002-ind-wenshan-sanqi-sales-growth");
  EXPECT_EQ(i.value.value, Decimal(20));
  EXPECT_EQ(i.value.qualifier, Qualifier::more_than);
}
TEST(GoldenParks, GuangzhouHasAtLeastFourParkRecords) { EXPECT_GE(parks_in("guangzhou"), 4u); }

// ---- Inserts (article 002) ----
TEST(GoldenInserts, LaoshanInsertIsKeptOnlyAsInsertSourced) {
  const Indicator& i = indicator("a002-ind-qingdao-laoshan-blockchain-enterprise-count");
  EXPECT_TRUE(atlas().from_insert_only(i.provenance));
  EXPECT_EQ(i.value.value, Decimal(20));
  EXPECT_EQ(i.value.qualifier, Qualifier::more_than);
  const Source* s = atlas().find_source("002_03b345265243344d.txt#insert-1");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->published->value.to_string(), "2019-12-26");
}

// ---- Ganzhou, Chengdu, Loudi, Nanjing (article 000) ----
TEST(GoldenNonFirst, GanzhouChainIsChinasFirstCityLevelBlockchainPlatform) {
  const Application& a = application("a000-app-ganzhou-chain");
  EXPECT_EQ(a.kind, ApplicationKind::city_chain);
  ASSERT_TRUE(a.first);
  EXPECT_EQ(a.first->scope, FirstScope::nation);
  EXPECT_EQ(date_of(a.launched), "2020-08-14");
  EXPECT_EQ(a.launched->basis, DateBasis::inferred_year);
}
TEST(GoldenNonFirst, BsnJiangxiNodeLaunchedInGanzhou) {
  EXPECT_EQ(application("a000-app-bsn-jiangxi-node").kind, ApplicationKind::bsn_node);
  EXPECT_EQ(application("a000-app-bsn-jiangxi-node").city, "ganzhou");
}
TEST(GoldenNonFirst, GanzhouSigned44ProjectsWorthAbout125Point2Yi) {
  EXPECT_EQ(indicator("a000-ind-ganzhou-signed-project-count").value.value, Decimal(44));
  const Indicator& m = indicator("a000-ind-ganzhou-signed-amount");
  EXPECT_EQ(m.value.money(), Money(12520000000LL));
  EXPECT_EQ(m.value.qualifier, Qualifier::about);
}
TEST(GoldenNonFirst, LoudiHasChinasFirstRealEstateBlockchainCertificate) {
  const Application& a = application("a000-app-loudi-real-estate-blockchain-e-certificate");
  EXPECT_EQ(a.kind, ApplicationKind::real_estate_certificate);
  ASSERT_TRUE(a.first);
  EXPECT_EQ(a.first->scope, FirstScope::nation);
}
TEST(GoldenNonFirst, LoudiHasChinasFirstGovernmentAllianceChain) {
  ASSERT_TRUE(application("a000-app-loudi-government-alliance-chain").first);
}
TEST(GoldenNonFirst, LoudiParkIsTheFirstFormallyListedInHunan) {
  const auto& p = park("a000-park-loudi-blockchain-industrial-park");
  ASSERT_TRUE(p.first);
  EXPECT_EQ(p.first->scope, FirstScope::province);
}
TEST(GoldenNonFirst, LoudiIsAFourthTierCity) { EXPECT_EQ(atlas().city("loudi").tier, CityTier::fourth); }
TEST(GoldenNonFirst, LoudiStartedItsBlockchainLayoutIn2016) {
  EXPECT_EQ(date_of(event("a000-event-loudi-blockchain-industry-layout-start").date), "2016");
}
TEST(GoldenNonFirst, LoudiPerCapitaGdpRanksEighthOfFourteenInHunan) {
  EXPECT_EQ(indicator("a000-ind-loudi-per-capita-gdp-rank-hunan").value.value, Decimal(8));
  EXPECT_EQ(indicator("a000-ind-hunan-prefecture-count").value.value, Decimal(14));
}
TEST(GoldenNonFirst, NanjingHas53UniversitiesAnd81AcademiciansAnd850000Students) {
  EXPECT_EQ(indicator("a000-ind-nanjing-university-count").value.value, Decimal(53));
  EXPECT_EQ(indicator("a000-ind-nanjing-academician-count").value.value, Decimal(81));
  EXPECT_EQ(indicator("a000-ind-nanjing-student-count").value.value, Decimal(850000));
}
TEST(GoldenNonFirst, NanjingRanksTwelfthAmongGlobalResearchCities) {
  EXPECT_EQ(indicator("a000-ind-nanjing-research-city-rank").value.value, Decimal(12));
}
TEST(GoldenNonFirst, ChinaControlsMoreThanSixtyPercentOfBitcoinHashrate) {
  EXPECT_EQ(indicator("a000-ind-china-bitcoin-hashrate-share").value.value, Decimal(60));
  EXPECT_EQ(indicator("a000-ind-china-bitcoin-hashrate-share").value.qualifier, Qualifier::more_than);
}
TEST(GoldenNonFirst, ChengduHashrateConferenceOnAugust22) {
  EXPECT_EQ(date_of(event("a000-event-chengdu-global-blockchain-hashrate-conference-2020").date), "2020-08-22");
}
TEST(GoldenNonFirst, NanjingJiangbeiSummitOnAugust18) {
  EXPECT_EQ(date_of(event("a000-event-nanjing-jiangbei-global-blockchain-summit").date), "2020-08-18");
}

// ---- Hangzhou, Qingdao, Chongqing (articles 001, 004) ----
TEST(GoldenOthers, HangzhouHostedChinasFirstGovernmentBlockchainSummitApril2017) {
  const Event& e = event("a001-event-2017-global-blockchain-finance-summit");
  EXPECT_EQ(date_of(e.date), "2017-04");
  ASSERT_TRUE(e.first);
  EXPECT_EQ(e.first->scope, FirstScope::nation);
}
TEST(GoldenOthers, XiongAnFundIsTenBillionYuan) {
  const Indicator& i = indicator("a001-ind-hangzhou-yuhang-blockchain-fund-size");
  EXPECT_EQ(i.value.money(), Money(10000000000LL));
  EXPECT_EQ(i.metric, Metric::fund_size);
}
TEST(GoldenOthers, QingdaoShibeiOpinionJune2017) {
  const PolicyDocument& p = policy("a001-policy-qingdao-shibei-blockchain-implementation-opinion");
  EXPECT_EQ(date_of(p.issued), "2017-06");
  EXPECT_EQ(p.issuer_level, IssuerLevel::district);
}
TEST(GoldenOthers, QingdaoWasSecondToPublishABlockchainWhitepaper) {
  EXPECT_EQ(indicator("a001-ind-qingdao-blockchain-whitepaper-order").value.value, Decimal(2));
}
TEST(GoldenOthers, QingdaoHasMoreThanThirtyBlockchainFirms) {
  EXPECT_EQ(indicator("a001-ind-qingdao-blockchain-enterprise-count").value.value, Decimal(30));
  EXPECT_EQ(indicator("a001-ind-qingdao-blockchain-enterprise-count").value.qualifier, Qualifier::more_than);
}
TEST(GoldenOthers, GuangzhouBlockchainTenArticlesSevenMonthsLaterIsDerived) {
  const PolicyDocument& p = policy("a001-policy-guangzhou-blockchain-ten");
  EXPECT_EQ(date_of(p.issued), "2017-12");
  EXPECT_EQ(p.issued->basis, DateBasis::derived);
}
TEST(GoldenOthers, ChongqingBaseUnveiledNovember2_2017) {
  EXPECT_EQ(date_of(park("a004-park-chongqing-blockchain-industry-innovation-base").opened), "2017-11-02");
}
TEST(GoldenOthers, ChongqingTargetsTenLeadersFiftyFirmsFiveHundredTalentsBy2020) {
  const PolicyDocument& p = policy("a004-pol-chongqing-blockchain-industry-opinion");
  ASSERT_EQ(p.targets.size(), 4u);
  EXPECT_EQ(p.targets[0].value.value, Decimal(2));
  EXPECT_EQ(p.targets[0].value.upper, Decimal(5));
  EXPECT_EQ(p.targets[1].value.value, Decimal(10));
  EXPECT_EQ(p.targets[2].value.value, Decimal(50));
  EXPECT_EQ(p.targets[3].value.value, Decimal(500));
  for (const auto& t : p.targets) EXPECT_EQ(date_of(t.deadline), "2020");
}
TEST(GoldenOthers, HangzhouMayorSpokeTheDayBeforeTheArticle) {
  const Event& e = event("a004-event-hangzhou-two-sessions-mayor-speech-2018");
  EXPECT_EQ(date_of(e.date), "2018-03-04");
  EXPECT_EQ(e.date->basis, DateBasis::derived);
}
TEST(GoldenOthers, GuizhouFoundedChinasFirstBigDataExchange) {
  ASSERT_TRUE(event("a004-event-guizhou-big-data-exchange-founding").first);
}
TEST(GoldenOthers, NoFormalNationalBlockchainRegulationIn2018) {
  EXPECT_EQ(indicator("a004-ind-nation-formal-blockchain-regulation-count").value.value, Decimal(0));
}

// ---- Whole-atlas facts ----
TEST(GoldenAtlas, FiveArticlesOneInsert) {
  AtlasSummary s = summarize(atlas());
  EXPECT_EQ(s.articles, 5u);
  EXPECT_EQ(s.inserts, 1u);
}
TEST(GoldenAtlas, ArticlesInTraditionalScriptAreMarked) {
  EXPECT_EQ(atlas().find_source("001_b1b97ad2691b4f13.txt")->script, Script::traditional);
  EXPECT_EQ(atlas().find_source("002_03b345265243344d.txt")->script, Script::traditional);
  EXPECT_EQ(atlas().find_source("003_71ab9da677ca8570.txt")->script, Script::simplified);
}
TEST(GoldenAtlas, Article004WasPublishedOnMarch5_2018) {
  EXPECT_EQ(date_of(atlas().find_source("004_844e37307dfc437b.txt")->published), "2018-03-05");
}
