// The ranking engine against hand-computed values, on small atlases whose metrics are known exactly.
#include <gtest/gtest.h>
#include <chaincity/chaincity.hpp>

#include <cmath>

using namespace chaincity;

namespace {

constexpr const char* kSource = "004_844e37307dfc437b.txt";

struct CitySpec {
  const char* id;
  int parks;
  int policies;
  int apps = 0;
  int firms = -1;  // a reported enterprise count (indicator); -1: none reported
  AdminLevel level = AdminLevel::prefecture;
};

// Cities with the given numbers of parks, policies and applications (every record cites the same real quote).
Atlas make_atlas(std::initializer_list<CitySpec> specs) {
  AtlasBuilder b;
  Source s;
  s.id = kSource;
  s.file = kSource;
  b.add(s);
  Provenance q{kSource, "贵阳"};
  int n = 0;
  for (const auto& c : specs) {
    City city;
    city.id = c.id;
    city.name_hans = city.name_hant = city.pinyin = city.name_en = c.id;
    city.province = "p";
    city.admin_level = c.level;
    city.provenance = {q};
    b.add(city);
    if (c.firms >= 0) {
      Indicator i;
      i.id = "ind" + std::to_string(++n);
      i.scope = Scope{ScopeLevel::city, c.id, {}, {}, {}};
      i.metric = Metric::enterprise_count;
      i.value.value = Decimal(c.firms);
      i.provenance = {q};
      b.add(i);
    }
    for (int i = 0; i < c.parks; ++i) {
      IndustrialPark p;
      p.id = "park" + std::to_string(++n);
      p.name = p.id;
      p.city = c.id;
      p.provenance = {q};
      b.add(p);
    }
    for (int i = 0; i < c.policies; ++i) {
      PolicyDocument p;
      p.id = "pol" + std::to_string(++n);
      p.title = p.id;
      p.scope = Scope{ScopeLevel::city, c.id, {}, {}, {}};
      p.provenance = {q};
      b.add(p);
    }
    for (int i = 0; i < c.apps; ++i) {
      Application a;
      a.id = "app" + std::to_string(++n);
      a.name = a.id;
      a.city = c.id;
      a.provenance = {q};
      b.add(a);
    }
  }
  return b.build();
}

// Two pillars: parks (weight 1) and policies (weight 1).
Methodology two_pillars() {
  Methodology m;
  m.name = "test";
  m.pillars = {{"industry", "Industry", 1, {{"parks", 1, std::nullopt, std::nullopt}}, ""},
               {"policy", "Policy", 1, {{"policies", 1, std::nullopt, std::nullopt}}, ""}};
  return m;
}

double score_of(const Ranking& r, const char* city) { return r.find(city)->score; }

}  // namespace

TEST(Metrics, CountRecordsPerCityWithEvidence) {
  Atlas a = make_atlas({{"a", 3, 1}, {"b", 1, 2}, {"c", 0, 0}});
  auto parks = compute_metric(a, "parks");
  ASSERT_EQ(parks.size(), 3u);
  EXPECT_EQ(parks[0].value, Decimal(3));
  EXPECT_EQ(parks[0].evidence.size(), 3u);
  EXPECT_EQ(parks[2].value, Decimal(0));
  EXPECT_THROW((void)compute_metric(a, "no_such_metric"), NotFoundError);
}

TEST(Metrics, RankByWithEveryTiePolicy) {
  std::vector<MetricValue> v = {{"a", Decimal(5), "", {}},
                                {"b", Decimal(3), "", {}},
                                {"c", Decimal(3), "", {}},
                                {"d", Decimal(1), "", {}},
                                {"e", std::nullopt, "", {}}};
  auto ranks = [&](TiePolicy t) {
    std::vector<double> r;
    for (const auto& x : rank_by(v, Direction::higher_is_better, t)) r.push_back(x.rank);
    return r;
  };
  EXPECT_EQ(ranks(TiePolicy::competition), (std::vector<double>{1, 2, 2, 4, 0}));
  EXPECT_EQ(ranks(TiePolicy::dense), (std::vector<double>{1, 2, 2, 3, 0}));
  EXPECT_EQ(ranks(TiePolicy::fractional), (std::vector<double>{1, 2.5, 2.5, 4, 0}));
  auto low = rank_by(v, Direction::lower_is_better);
  EXPECT_EQ(low[0].city, "d");
  EXPECT_EQ(low.back().city, "e");  // missing last, unranked
}

TEST(Ranking, MinMaxArithmeticMatchesHandComputation) {
  // parks 4,2,0 → 100,50,0; policies 0,1,2 → 0,50,100; equal pillar weights → 50,50,50 … make it uneven:
  Atlas a = make_atlas({{"a", 4, 1}, {"b", 2, 0}, {"c", 0, 2}});
  Methodology m = two_pillars();
  m.pillars[0].weight = 3;  // industry 0.75, policy 0.25
  Ranking r = rank(a, m);
  // a: 0.75*100 + 0.25*50 = 87.5; b: 0.75*50 + 0 = 37.5; c: 0 + 0.25*100 = 25
  EXPECT_DOUBLE_EQ(score_of(r, "a"), 87.5);
  EXPECT_DOUBLE_EQ(score_of(r, "b"), 37.5);
  EXPECT_DOUBLE_EQ(score_of(r, "c"), 25.0);
  EXPECT_EQ(r.cities[0].city, "a");
  EXPECT_EQ(r.cities[0].rank, 1);
}

TEST(Ranking, ContributionsSumToTheScoreForEveryAggregation) {
  Atlas a = make_atlas({{"a", 4, 1, 1}, {"b", 2, 0, 3}, {"c", 1, 2, 0}, {"d", 0, 3, 2}});
  Methodology m = two_pillars();
  m.pillars.push_back({"scen", "Scenarios", 2, {{"applications", 1, std::nullopt, std::nullopt}}, ""});
  for (Aggregation ag : {Aggregation::arithmetic, Aggregation::geometric, Aggregation::harmonic, Aggregation::copeland,
                         Aggregation::topsis, Aggregation::vikor}) {
    m.aggregation = ag;
    Ranking r = rank(a, m);
    for (const auto& c : r.cities) {
      double sum = 0;
      for (const auto& ct : c.contributions) sum += ct.contribution;
      EXPECT_NEAR(sum, c.score, 1e-9) << to_string(ag) << " " << c.city;
    }
  }
}

TEST(Ranking, EachNormalisationByHand) {
  Atlas a = make_atlas({{"a", 4, 0}, {"b", 2, 0}, {"c", 1, 0}});
  Methodology m = Methodology::single_metric("parks");
  auto norm = [&](Normalisation n) {
    m.normalisation = n;
    Ranking r = rank(a, m);
    return std::vector<double>{score_of(r, "a"), score_of(r, "b"), score_of(r, "c")};
  };
  auto near = [](std::vector<double> got, std::vector<double> want) {
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], want[i], 1e-9) << i;
  };
  near(norm(Normalisation::min_max), {100, 100.0 / 3, 0});
  // mean 7/3, population sd sqrt(14/9)
  double sd = std::sqrt(14.0 / 9.0);
  near(norm(Normalisation::z_score), {(4 - 7.0 / 3) / sd, (2 - 7.0 / 3) / sd, (1 - 7.0 / 3) / sd});
  near(norm(Normalisation::rank), {3, 2, 1});
  near(norm(Normalisation::percentile_rank), {100, 50, 0});
  near(norm(Normalisation::distance_to_best), {100, 50, 25});
  m.pillars[0].metrics[0].goalpost_low = 0;
  m.pillars[0].metrics[0].goalpost_high = 8;
  near(norm(Normalisation::goalposts), {50, 25, 12.5});
  m.benchmark_city = "b";
  near(norm(Normalisation::benchmark), {200, 100, 50});  // the benchmark scores 100; others may exceed it
}

TEST(Ranking, GeometricAndHarmonicByHandWithAZeroGuard) {
  Atlas a = make_atlas({{"a", 2, 1}, {"b", 1, 2}, {"c", 0, 0, 1}});
  Methodology m = two_pillars();  // a: (100, 50), b: (50, 100), c: (0, 0) — c is ranked: it has a record
  m.aggregation = Aggregation::geometric;
  Ranking g = rank(a, m);
  EXPECT_NEAR(score_of(g, "a"), std::sqrt(100.0 * 50.0), 1e-9);
  EXPECT_NEAR(score_of(g, "c"), 1.0, 1e-9);  // zero guard 0.01 × 100: never log(0)
  m.aggregation = Aggregation::harmonic;
  Ranking h = rank(a, m);
  EXPECT_NEAR(score_of(h, "a"), 1.0 / (0.5 / 100 + 0.5 / 50), 1e-9);
}

TEST(Ranking, CopelandTopsisVikorByHand) {
  Atlas a = make_atlas({{"a", 2, 0}, {"b", 1, 1}, {"c", 0, 2}});
  Methodology m = two_pillars();
  m.pillars[0].weight = 2;  // parks 2/3, policies 1/3
  m.aggregation = Aggregation::copeland;
  Ranking c = rank(a, m);
  // a beats b and c on parks (weight 2/3 > 1/3); b beats c: +2, 0, −2
  EXPECT_DOUBLE_EQ(score_of(c, "a"), 2);
  EXPECT_DOUBLE_EQ(score_of(c, "b"), 0);
  EXPECT_DOUBLE_EQ(score_of(c, "c"), -2);
  m.aggregation = Aggregation::topsis;
  Ranking t = rank(a, m);
  // normalised a (100, 0), b (50, 50), c (0, 100); ideal (100, 100), anti (0, 0)
  double dp_b = std::sqrt(2.0 / 3 * 2500 + 1.0 / 3 * 2500), dm_b = dp_b;
  EXPECT_NEAR(score_of(t, "b"), dm_b / (dp_b + dm_b) * 100, 1e-9);
  double dp_a = std::sqrt(1.0 / 3 * 10000), dm_a = std::sqrt(2.0 / 3 * 10000);
  EXPECT_NEAR(score_of(t, "a"), dm_a / (dp_a + dm_a) * 100, 1e-9);
  m.aggregation = Aggregation::vikor;
  Ranking v = rank(a, m);
  // S: a 1/3, b 1/2, c 2/3; R: a 1/3, b 1/3, c 2/3 → Q: a 0, b 0.25, c 1
  EXPECT_NEAR(score_of(v, "a"), 100, 1e-9);
  EXPECT_NEAR(score_of(v, "b"), 75, 1e-9);
  EXPECT_NEAR(score_of(v, "c"), 0, 1e-9);
}

TEST(Ranking, WeightingMethods) {
  Atlas a = make_atlas({{"a", 2, 0}, {"b", 1, 1}, {"c", 0, 2}});
  Methodology m;
  m.pillars = {
      {"all", "All", 1, {{"parks", 3, std::nullopt, std::nullopt}, {"policies", 1, std::nullopt, std::nullopt}}, ""}};
  m.weighting = Weighting::equal;
  Ranking e = rank(a, m);
  EXPECT_DOUBLE_EQ(e.weights[0].second, 0.5);
  m.weighting = Weighting::given;
  Ranking g = rank(a, m);
  EXPECT_DOUBLE_EQ(g.weights[0].second, 0.75);
  EXPECT_DOUBLE_EQ(score_of(g, "a"), 75);
  m.weighting = Weighting::budget;
  EXPECT_DOUBLE_EQ(rank(a, m).weights[1].second, 0.25);
  m.weighting = Weighting::entropy;  // both columns have the same dispersion: equal weights
  Ranking en = rank(a, m);
  EXPECT_NEAR(en.weights[0].second, 0.5, 1e-9);
  m.weighting = Weighting::pca;  // perfectly anti-correlated: equal absolute loadings
  Ranking pc = rank(a, m);
  EXPECT_NEAR(pc.weights[0].second, 0.5, 1e-6);
}

TEST(Ranking, ImputationAndCoverage) {
  Atlas a = make_atlas({{"a", 2, 1}, {"b", 1, 0}, {"c", 0, 3}});
  Methodology m;
  m.pillars = {{"p",
                "P",
                1,
                {{"parks", 1, std::nullopt, std::nullopt}, {"reported_park_count", 1, std::nullopt, std::nullopt}},
                ""},
               {"q", "Q", 1, {{"policies", 1, std::nullopt, std::nullopt}}, ""}};
  // reported_park_count is missing for everyone: left out, its pillar re-weighted to parks alone.
  Ranking r = rank(a, m);
  EXPECT_DOUBLE_EQ(score_of(r, "a"), 0.5 * 100 + 0.5 * (1.0 / 3 * 100));
  EXPECT_NEAR(r.find("a")->coverage, 2.0 / 3, 1e-12);
  m.coverage_threshold = 0.9;
  EXPECT_THROW((void)rank(a, m), Error);  // nobody has 90 % of the data
}

TEST(Ranking, ImputationMethodsFillMissingReportsByHand) {
  // enterprises: a 10, b 30, c missing (municipality like a), d 50 (prefecture like b and c? no: d municipality)
  Atlas a = make_atlas({{"a", 1, 0, 0, 10, AdminLevel::municipality},
                        {"b", 1, 0, 0, 30, AdminLevel::prefecture},
                        {"c", 1, 0, 0, -1, AdminLevel::municipality},
                        {"d", 1, 0, 0, 50, AdminLevel::municipality}});
  Methodology m = Methodology::single_metric("enterprises");
  auto raw_c = [&](Imputation imp) {
    m.imputation = imp;
    Ranking r = rank(a, m);
    const CityResult* c = r.find("c");
    if (!c) {
      ADD_FAILURE() << "c is not ranked under " << to_string(imp);
      return -1.0;
    }
    const Contribution& ct = c->contributions[0];
    EXPECT_TRUE(ct.imputed);
    return ct.normalised;  // min-max over 10..50
  };
  EXPECT_DOUBLE_EQ(raw_c(Imputation::mean), 50.0);        // mean 30 → (30 − 10)/40 × 100
  EXPECT_DOUBLE_EQ(raw_c(Imputation::group_mean), 50.0);  // municipalities a, d: mean 30
  EXPECT_DOUBLE_EQ(raw_c(Imputation::minimum), 0.0);      // the worst observed: 10
  m.imputation = Imputation::leave_out;
  Ranking r = rank(a, m);
  EXPECT_EQ(r.find("c"), nullptr);  // its only metric is missing: not ranked
  EXPECT_EQ(r.excluded, std::vector<std::string>{"c"});
}

TEST(Ranking, OutlierTreatmentsByHand) {
  Atlas a = make_atlas({{"a", 1, 0}, {"b", 2, 0}, {"c", 3, 0}, {"d", 4, 0}, {"e", 100, 0}});
  Methodology m = Methodology::single_metric("parks");
  m.outliers = OutlierTreatment::winsorise;
  m.winsor_low = 0;
  m.winsor_high = 75;  // 75th percentile of 1,2,3,4,100 is 4: e is clamped to 4
  Ranking w = rank(a, m);
  EXPECT_DOUBLE_EQ(score_of(w, "e"), 100);
  EXPECT_DOUBLE_EQ(score_of(w, "d"), 100);  // tied with the clamped outlier
  EXPECT_NEAR(score_of(w, "b"), 100.0 / 3, 1e-9);
  m.outliers = OutlierTreatment::log;
  Ranking l = rank(a, m);
  EXPECT_NEAR(score_of(l, "b"), (std::log1p(2.0) - std::log1p(1.0)) / (std::log1p(100.0) - std::log1p(1.0)) * 100,
              1e-9);
}

TEST(Ranking, DegenerateInputIsDefined) {
  Atlas one = make_atlas({{"a", 2, 1}});
  Ranking r1 = rank(one, two_pillars());
  ASSERT_EQ(r1.cities.size(), 1u);
  EXPECT_DOUBLE_EQ(r1.cities[0].score, 50);  // a constant metric normalises to the middle
  Atlas same = make_atlas({{"a", 1, 1}, {"b", 1, 1}});
  Ranking r2 = rank(same, two_pillars());
  EXPECT_EQ(r2.cities[0].rank, 1);
  EXPECT_EQ(r2.cities[1].rank, 1);  // a tie
  Atlas none = make_atlas({{"a", 0, 0}});
  EXPECT_THROW((void)rank(none, two_pillars()), Error);
  for (const auto& c : r2.cities) EXPECT_FALSE(std::isnan(c.score));
}

TEST(Ranking, ExplanationGapsSumToTheGap) {
  Atlas a = make_atlas({{"a", 4, 1, 1}, {"b", 2, 0, 3}, {"c", 1, 2, 0}});
  Methodology m = two_pillars();
  Ranking r = rank(a, m);
  Explanation e = explain(r, r.cities[1].city);
  ASSERT_TRUE(e.above);
  double sum = 0;
  for (const auto& [p, g] : e.gap_by_pillar) sum += g;
  EXPECT_NEAR(sum, e.gap_to_above, 1e-9);
  EXPECT_FALSE(e.strongest.empty());
  EXPECT_THROW((void)explain(r, "nowhere"), NotFoundError);
}

TEST(Ranking, TiersByNaturalBreaks) {
  EXPECT_EQ(natural_breaks({90, 88, 50, 48, 10, 9}, 3), (std::vector<std::size_t>{1, 1, 2, 2, 3, 3}));
  EXPECT_EQ(natural_breaks({5, 5, 5}, 3), (std::vector<std::size_t>{1, 1, 1}));
  EXPECT_EQ(natural_breaks({1, 100}, 3), (std::vector<std::size_t>{2, 1}));
}

TEST(Ranking, CorrelationsByHand) {
  EXPECT_DOUBLE_EQ(spearman({1, 2, 3, 4}, {1, 2, 3, 4}), 1);
  EXPECT_DOUBLE_EQ(spearman({1, 2, 3, 4}, {4, 3, 2, 1}), -1);
  EXPECT_DOUBLE_EQ(kendall({1, 2, 3}, {1, 3, 2}), 1.0 / 3);
  EXPECT_DOUBLE_EQ(spearman({1}, {1}), 0);
}

TEST(Sensitivity, SeededRunsAreReproducible) {
  Atlas a = make_atlas({{"a", 4, 1, 1}, {"b", 2, 2, 3}, {"c", 1, 3, 0}, {"d", 3, 0, 2}});
  Methodology m = two_pillars();
  SensitivityOptions o;
  o.runs = 200;
  o.seed = 42;
  o.vary_normalisation = true;
  auto first = sensitivity(a, m, o);
  auto second = sensitivity(a, m, o);
  ASSERT_EQ(first.size(), 4u);
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].median, second[i].median);
    EXPECT_EQ(first[i].p05, second[i].p05);
    EXPECT_EQ(first[i].share_first, second[i].share_first);
    EXPECT_LE(first[i].p05, first[i].median);
    EXPECT_LE(first[i].median, first[i].p95);
  }
  o.seed = 43;
  auto other = sensitivity(a, m, o);
  bool differs = false;
  for (std::size_t i = 0; i < first.size(); ++i) differs = differs || other[i].share_first != first[i].share_first;
  EXPECT_TRUE(differs);
}

TEST(Sensitivity, DropOnePillarAndComparisons) {
  Atlas a = make_atlas({{"a", 4, 0}, {"b", 2, 1}, {"c", 0, 4}});
  auto drops = drop_one_pillar(a, two_pillars());
  ASSERT_EQ(drops.size(), 2u);
  EXPECT_EQ(drops[0].pillar, "industry");
  EXPECT_EQ(drops[0].ranks[0].first, "c");  // without parks, policies decide
  Ranking full = rank(a, two_pillars());
  Comparison same = compare(full, full);
  EXPECT_DOUBLE_EQ(same.spearman, 1);
  EXPECT_DOUBLE_EQ(same.kendall, 1);
}

TEST(Methodology, JsonRoundTripAndErrors) {
  Methodology m = Methodology::default_index();
  m.normalisation = Normalisation::z_score;
  m.aggregation = Aggregation::topsis;
  std::string text = to_json(m);
  Methodology back = methodology_from_json(text, "m.json");
  EXPECT_EQ(to_json(back), text);
  try {
    (void)methodology_from_json(R"({"pillars": [{"id": "p", "metrics": ["parks"]}], "aggregation": "median"})",
                                "m.json");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.where().json_pointer, "/aggregation");
    EXPECT_NE(e.detail().find("arithmetic, geometric"), std::string::npos);
  }
  try {
    (void)methodology_from_json(R"({"pillars": [{"id": "p", "metrics": ["parkz"]}]})", "m.json");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.where().json_pointer, "/pillars/0/metrics/0");
  }
  EXPECT_THROW((void)methodology_from_json(R"({"pillars": [{"id": "p", "weight": -1, "metrics": ["parks"]}]})"),
               ValidationError);
}

TEST(DefaultIndex, RanksTheEmbeddedAtlas) {
  Ranking r = rank(embedded_atlas(), Methodology::default_index());
  ASSERT_GE(r.cities.size(), 10u);
  EXPECT_EQ(r.methodology.pillars.size(), 6u);
  for (const auto& c : r.cities) {
    double sum = 0;
    for (const auto& ct : c.contributions) sum += ct.contribution;
    EXPECT_NEAR(sum, c.score, 1e-9) << c.city;
    EXPECT_GE(c.tier, 1u);
  }
  // The early movers of the articles lead; every score is finite.
  EXPECT_LE(r.find("guiyang")->rank, 3);
  EXPECT_LE(r.find("guangzhou")->rank, 3);
}

TEST(DefaultIndex, AsOfRankingsDiffer) {
  Ranking now = rank(embedded_atlas(), Methodology::default_index());
  Ranking then = rank(embedded_atlas().as_of(*PartialDate::parse("2018-04")), Methodology::default_index());
  Comparison c = compare(then, now);
  EXPECT_LT(then.cities.size(), now.cities.size());
  bool some_new = false;
  for (const auto& ch : c.changes) some_new = some_new || !ch.before;
  EXPECT_TRUE(some_new);
}

TEST(Metrics, EarliestMoveIsEachCitysFirstTimelineEntryAboutBlockchain) {
  const Atlas& atlas = embedded_atlas();
  for (bool inserts : {false, true}) {
    MetricOptions mo;
    mo.include_inserts = inserts;
    QueryOptions qo;
    qo.include_inserts = inserts;
    auto values = compute_metric(atlas, "earliest_move", mo);
    std::size_t dated = 0;
    for (const auto& v : values) {
      std::optional<TimelineEntry> first;
      for (const auto& e : timeline(atlas, v.city, qo)) {
        if (e.ref.kind == RecordKind::event) {
          const Event* ev = atlas.find_event(e.ref.id);
          std::string text = normalize(ev->title + " " + ev->description.value_or(""));
          if (text.find("链") == std::string::npos) continue;
        }
        first = e;
        break;
      }
      ASSERT_EQ(v.value.has_value(), first.has_value()) << v.city;
      if (!first) continue;
      ++dated;
      EXPECT_EQ(*v.value, Decimal(first->date.year())) << v.city;
      ASSERT_EQ(v.evidence.size(), 1u);
      EXPECT_EQ(v.evidence[0], first->ref) << v.city;
    }
    EXPECT_GT(dated, 5u);
  }
}
