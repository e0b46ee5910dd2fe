/// @file
/// @brief `Ranking`: scores, ranks, pillar scores, coverage, tiers and explanations of a composite index; Monte-Carlo
/// sensitivity; drop-one-pillar analysis; rank correlation and comparison of two rankings.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/export.hpp>
#include <chaincity/rank/methodology.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief One metric's part in a city's score.
struct Contribution {
  std::string pillar;               ///< the pillar id
  std::string metric;               ///< the metric id
  std::optional<Decimal> raw;       ///< the raw value (empty: missing)
  bool imputed = false;             ///< the raw value was filled in by imputation
  double normalised = 0;            ///< after outliers and normalisation
  double weight = 0;                ///< the effective weight in the index (pillar × metric, re-weighted)
  double contribution = 0;          ///< its share of the score: contributions sum to the score
  std::string stated;               ///< the value as the sources state it
  std::vector<RecordRef> evidence;  ///< where it comes from
};

/// @brief A pillar's score for a city.
struct PillarScore {
  std::string pillar;  ///< the pillar id
  double score = 0;    ///< the pillar score (arithmetic within the pillar for non-mean aggregations)
  double rank = 0;     ///< the city's rank on this pillar; 0 when it has no data on the pillar
};

/// @brief One city in a ranking.
struct CityResult {
  std::string city;                         ///< the city id
  double score = 0;                         ///< the index score
  double rank = 0;                          ///< 1 = first (fractional ties give halves)
  std::size_t tier = 0;                     ///< 1 = top tier (梯队), by natural breaks in the scores
  double coverage = 0;                      ///< share of metrics with data (0..1)
  std::vector<PillarScore> pillars;         ///< per pillar
  std::vector<Contribution> contributions;  ///< per metric; sums to `score`
};

/// @brief A ranking of cities under a methodology.
struct Ranking {
  Methodology methodology;                              ///< the choices it was made with
  std::vector<CityResult> cities;                       ///< best first
  std::vector<std::string> excluded;                    ///< cities left out by the coverage threshold
  std::vector<std::pair<std::string, double>> weights;  ///< effective weight of each metric (`pillar/metric`)

  /// @brief The result of one city. @param city the id @return the result, or null when not ranked
  [[nodiscard]] CHAINCITY_API const CityResult* find(std::string_view city) const;
};

/// @brief Ranks the cities of an atlas with a methodology.
///
/// Cities with no data at all are left out. Degenerate input has defined results: a metric that is the same for every
/// city normalises to the middle of the scale (min-max, goalposts) or to 0 (z-score) and so cannot change the order;
/// a single city scores the middle of the scale.
/// @param atlas the atlas @param m the methodology
/// @return the ranking
/// @throws ValidationError for an invalid methodology; Error when no city has any data
[[nodiscard]] CHAINCITY_API Ranking rank(const Atlas& atlas, const Methodology& m);

/// @brief Why a city stands where it does.
struct Explanation {
  std::string city;                                           ///< the city
  double score = 0;                                           ///< its score
  double rank = 0;                                            ///< its rank
  std::vector<Contribution> strongest;                        ///< its three largest contributions
  std::vector<Contribution> weakest;                          ///< its three smallest contributions (metrics with data)
  std::optional<std::string> above;                           ///< the city ranked just above, if any
  double gap_to_above = 0;                                    ///< score difference to that city
  std::vector<std::pair<std::string, double>> gap_by_pillar;  ///< how the gap splits over pillars; sums to the gap
};

/// @brief Explains one city's place. @param r the ranking @param city the city id
/// @return the explanation
/// @throws NotFoundError when the city is not in the ranking
[[nodiscard]] CHAINCITY_API Explanation explain(const Ranking& r, std::string_view city);

/// @brief Options of a Monte-Carlo uncertainty analysis.
struct SensitivityOptions {
  std::size_t runs = 1000;          ///< samples
  std::uint64_t seed = 1;           ///< random seed: the same seed gives the same result on every platform
  double weight_spread = 0.5;       ///< weights are multiplied by a uniform factor in [1 − spread, 1 + spread]
  bool vary_normalisation = false;  ///< also draw the normalisation from min-max, z-score, rank, distance to best
  bool vary_aggregation = false;    ///< also draw the aggregation from arithmetic, geometric, harmonic, Copeland
};

/// @brief One city's rank distribution.
struct RankInterval {
  std::string city;        ///< the city
  double nominal = 0;      ///< its rank under the methodology as given
  double median = 0;       ///< median rank over the runs
  double p05 = 0;          ///< 5th percentile rank
  double p95 = 0;          ///< 95th percentile rank
  double share_first = 0;  ///< share of runs in which it ranks first
};

/// @brief Monte-Carlo uncertainty analysis over weights and, optionally, normalisation and aggregation.
/// @param atlas the atlas @param m the methodology @param options runs, seed, what varies
/// @return per city, in nominal rank order
[[nodiscard]] CHAINCITY_API std::vector<RankInterval> sensitivity(const Atlas& atlas, const Methodology& m,
                                                                  const SensitivityOptions& options = {});

/// @brief The ranking without each pillar in turn: how much each pillar decides the order.
struct DropOnePillar {
  std::string pillar;                                 ///< the pillar left out
  std::vector<std::pair<std::string, double>> ranks;  ///< city → rank without it, best first
  double spearman = 0;                                ///< correlation with the full ranking
};

/// @brief Drop-one-pillar analysis. @param atlas the atlas @param m the methodology @return one entry per pillar
[[nodiscard]] CHAINCITY_API std::vector<DropOnePillar> drop_one_pillar(const Atlas& atlas, const Methodology& m);

/// @brief How a city moved between two rankings.
struct RankChange {
  std::string city;              ///< the city
  std::optional<double> before;  ///< rank in the first ranking (empty: not ranked there)
  std::optional<double> after;   ///< rank in the second
  /// @brief Places gained (positive = moved up). @return after − before, inverted; 0 when either is missing
  [[nodiscard]] double moved_up() const { return before && after ? *before - *after : 0; }
};

/// @brief A comparison of two rankings.
struct Comparison {
  std::vector<RankChange> changes;  ///< every city in either ranking, in the second ranking's order
  double spearman = 0;              ///< Spearman's rho over the cities in both
  double kendall = 0;               ///< Kendall's tau-b over the cities in both
};

/// @brief Compares two rankings (e.g. as of 2018 against 2021, or two methodologies).
/// @param first the earlier or reference ranking @param second the other
/// @return the changes and correlations
[[nodiscard]] CHAINCITY_API Comparison compare(const Ranking& first, const Ranking& second);

/// @brief Spearman's rank correlation of two equally long rank vectors (ties averaged). @param a ranks
/// @param b ranks @return rho in [−1, 1], 0 when undefined
[[nodiscard]] CHAINCITY_API double spearman(const std::vector<double>& a, const std::vector<double>& b);
/// @brief Kendall's tau-b of two equally long vectors. @param a values @param b values
/// @return tau in [−1, 1], 0 when undefined
[[nodiscard]] CHAINCITY_API double kendall(const std::vector<double>& a, const std::vector<double>& b);
/// @brief Jenks natural breaks: class of each value (1 = highest class) for k classes.
/// @param values the values @param k classes (at least 1; fewer when there are fewer distinct values)
/// @return the class of each value, in input order
[[nodiscard]] CHAINCITY_API std::vector<std::size_t> natural_breaks(const std::vector<double>& values, std::size_t k);

}  // namespace v1
}  // namespace chaincity
