// The scoring kernel of the composite index: the normalised metric matrix of the cities taking part, laid out by
// metric (one contiguous column per metric) so that scoring many weight vectors is a sweep of multiply-adds over
// cache-sized blocks of cities, and ranks from scores by radix sort. rank() scores through it, so the Monte-Carlo
// analysis and the published ranking compute every score the same way, to the bit.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/rank/methodology.hpp>
#include <chaincity/rank/metric.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace chaincity::detail {

/// compute_metric, optionally without the evidence lists (the Monte-Carlo analysis needs only the values).
std::vector<MetricValue> compute_metric_values(const Atlas& atlas, std::string_view id, const MetricOptions& options,
                                               bool evidence);

class ScoreKernel {
 public:
  ScoreKernel() = default;
  /// z: normalised cells, one row per city of the atlas (rows not in `in` are ignored), one column per metric;
  /// pillar_of: the pillar of each metric; within / across: the aggregations inside pillars and of pillars (pairwise
  /// aggregations score arithmetically inside pillars; their index score is computed elsewhere); guard: the floor of
  /// geometric and harmonic means.
  ScoreKernel(const std::vector<std::vector<std::optional<double>>>& z, const std::vector<std::size_t>& in,
              const std::vector<std::size_t>& pillar_of, std::size_t pillars, Aggregation within, Aggregation across,
              double guard);

  [[nodiscard]] std::size_t cities() const noexcept { return n_; }
  [[nodiscard]] std::size_t metrics() const noexcept { return k_; }
  [[nodiscard]] std::size_t pillars() const noexcept { return p_; }

  /// Scores `samples` weightings at once. pillar_w: samples × pillars (normalised to sum 1); metric_w: samples ×
  /// metrics (normalised within each pillar). scores: samples × cities. pillar_scores (optional): samples × cities ×
  /// pillars, NaN where the city has none of the pillar's metrics (or their weights are zero).
  void score(std::size_t samples, const double* pillar_w, const double* metric_w, double* scores,
             double* pillar_scores = nullptr) const;

 private:
  std::size_t n_ = 0, k_ = 0, p_ = 0;
  std::vector<std::size_t> pillar_of_;
  Aggregation within_ = Aggregation::arithmetic, across_ = Aggregation::arithmetic;
  double guard_ = 0;
  std::vector<double> term_;     // k × n: what a metric adds for a city (x, log x or 1/x), 0 when missing
  std::vector<double> present_;  // k × n: 1 when the city has the metric, else 0
  std::vector<bool> dense_;      // per pillar: every city has every metric of it
};

/// Ranks of scores, higher first (competition, dense or fractional ties), by LSD radix sort; ranks_of uses it too.
class Ranker {
 public:
  void rank(const double* scores, std::size_t n, TiePolicy ties, double* ranks);

 private:
  std::vector<std::uint64_t> key_, key2_;
  std::vector<std::uint32_t> ix_, ix2_;
};

}  // namespace chaincity::detail
