// The parallel Monte-Carlo kernel against the plain definition: every run ranks the perturbed methodology in full
// with rank(), in the documented order of draws, and the intervals are read from the sorted ranks.
#include <gtest/gtest.h>

#include <chaincity/chaincity.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

using namespace chaincity;

struct SplitMix {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(uniform() * static_cast<double>(n)); }
};

std::vector<RankInterval> reference(const Atlas& atlas, const Methodology& m, const SensitivityOptions& o) {
  static constexpr Normalisation norms[] = {Normalisation::min_max, Normalisation::z_score, Normalisation::rank,
                                            Normalisation::distance_to_best};
  static constexpr Aggregation aggs[] = {Aggregation::arithmetic, Aggregation::geometric, Aggregation::harmonic,
                                         Aggregation::copeland};
  Ranking nominal = rank(atlas, m);
  std::map<std::string, std::vector<double>> ranks;
  SplitMix rng{o.seed};
  const bool data_weights = m.weighting == Weighting::entropy || m.weighting == Weighting::pca;
  for (std::size_t run = 0; run < o.runs; ++run) {
    Methodology v = m;
    if (m.weighting == Weighting::equal) v.weighting = Weighting::given;
    for (auto& p : v.pillars) {
      double base = m.weighting == Weighting::equal ? 1.0 : p.weight;
      p.weight = base * (1 - o.weight_spread + 2 * o.weight_spread * rng.uniform());
      for (auto& mw : p.metrics) {
        double mb = m.weighting == Weighting::equal ? 1.0 : mw.weight;
        double f = 1 - o.weight_spread + 2 * o.weight_spread * rng.uniform();
        if (!data_weights) mw.weight = mb * f;
      }
    }
    if (o.vary_normalisation) v.normalisation = norms[rng.below(4)];
    if (o.vary_aggregation) v.aggregation = aggs[rng.below(4)];
    for (const auto& c : rank(atlas, v).cities) ranks[c.city].push_back(c.rank);
  }
  std::vector<RankInterval> out;
  for (const auto& c : nominal.cities) {
    RankInterval ri{c.city, c.rank, 0, 0, 0, 0};
    std::vector<double> v = ranks[c.city];
    std::sort(v.begin(), v.end());
    auto at = [&](double pct) {
      auto idx = static_cast<std::size_t>(std::ceil(pct / 100.0 * static_cast<double>(v.size())));
      return v[std::min(v.size() - 1, idx == 0 ? 0 : idx - 1)];
    };
    ri.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    ri.p05 = at(5);
    ri.p95 = at(95);
    ri.share_first = static_cast<double>(std::count(v.begin(), v.end(), 1.0)) / static_cast<double>(v.size());
    out.push_back(ri);
  }
  return out;
}

void expect_equal(const std::vector<RankInterval>& got, const std::vector<RankInterval>& want, const char* what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].city, want[i].city) << what;
    EXPECT_EQ(got[i].nominal, want[i].nominal) << what << " " << got[i].city;
    EXPECT_EQ(got[i].median, want[i].median) << what << " " << got[i].city;
    EXPECT_EQ(got[i].p05, want[i].p05) << what << " " << got[i].city;
    EXPECT_EQ(got[i].p95, want[i].p95) << what << " " << got[i].city;
    EXPECT_EQ(got[i].share_first, want[i].share_first) << what << " " << got[i].city;
  }
}

class KernelVersusFullRanking : public ::testing::TestWithParam<int> {};

TEST_P(KernelVersusFullRanking, GivesTheSameIntervals) {
  const Atlas& atlas = embedded_atlas();
  Methodology m = Methodology::default_index();
  SensitivityOptions o;
  o.runs = 60;
  o.seed = 5 + static_cast<std::uint64_t>(GetParam());
  switch (GetParam()) {
    case 0:
      break;
    case 1:
      m.aggregation = Aggregation::geometric;
      break;
    case 2:
      m.aggregation = Aggregation::harmonic;
      m.ties = TiePolicy::fractional;
      break;
    case 3:
      m.weighting = Weighting::entropy;
      m.ties = TiePolicy::dense;
      break;
    case 4:
      m.weighting = Weighting::pca;
      m.imputation = Imputation::mean;
      break;
    case 5:
      m.weighting = Weighting::equal;
      o.vary_normalisation = true;
      o.vary_aggregation = true;  // Copeland runs rank in full, the others go through the kernel
      break;
    case 6:
      m.aggregation = Aggregation::topsis;
      o.runs = 20;
      break;
    default:
      m.imputation = Imputation::group_mean;
      m.outliers = OutlierTreatment::winsorise;
      o.weight_spread = 0.9;
      o.runs = 250;  // several batches and threads
      break;
  }
  expect_equal(sensitivity(atlas, m, o), reference(atlas, m, o), "sensitivity");
}

INSTANTIATE_TEST_SUITE_P(Methodologies, KernelVersusFullRanking, ::testing::Range(0, 8));

TEST(Sensitivity, NominalRanksComeFromTheSameScores) {
  // The nominal rank of every interval is the published ranking's.
  const Atlas& atlas = embedded_atlas();
  Methodology m = Methodology::default_index();
  SensitivityOptions o;
  o.runs = 10;
  auto intervals = sensitivity(atlas, m, o);
  Ranking r = rank(atlas, m);
  ASSERT_EQ(intervals.size(), r.cities.size());
  for (std::size_t i = 0; i < intervals.size(); ++i) EXPECT_EQ(intervals[i].nominal, r.cities[i].rank);
}

}  // namespace
