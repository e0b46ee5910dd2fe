/// @file
/// @brief Metrics: single measures per city computed from the atlas, each with its direction, unit and evidence;
/// and rank_by() with an explicit tie policy.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/core/date.hpp>
#include <chaincity/core/decimal.hpp>
#include <chaincity/export.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief Whether more of a metric is better.
enum class Direction {
  higher_is_better,  ///< counts, amounts
  lower_is_better,   ///< ranks (1 = first), years of the first move
};

/// @brief How a metric treats a city the atlas says nothing about.
enum class Absence {
  zero,     ///< a count of records: none in the atlas counts as 0
  missing,  ///< a reported figure: no report is missing data, left to the methodology's imputation
};

/// @brief What a metric is.
struct MetricDefinition {
  std::string id;                                     ///< e.g. `dedicated_policies`
  std::string name;                                   ///< a short English label
  std::string unit;                                   ///< `count`, `CNY`, `rank`, `year` …
  Direction direction = Direction::higher_is_better;  ///< which way is better
  Absence absence = Absence::zero;                    ///< how absence is read
  std::string description;                            ///< what is counted, and from which records
};

/// @brief One city's value of a metric, with the records it came from.
struct MetricValue {
  std::string city;                 ///< the city id
  std::optional<Decimal> value;     ///< the value (exact); empty when missing
  std::string stated;               ///< the value as the sources state it (`more than 16,000`, `up to 5,000,000 CNY`)
  std::vector<RecordRef> evidence;  ///< the records that give the value
};

/// @brief Options for computing metrics.
struct MetricOptions {
  DateRange window;              ///< count only records dated within (policy issue dates, park openings …)
  bool include_inserts = false;  ///< count records that come only from flash-news inserts
};

/// @brief Every built-in metric, in a fixed order.
/// @return the definitions
[[nodiscard]] CHAINCITY_API const std::vector<MetricDefinition>& builtin_metrics();

/// @brief The definition of a built-in metric.
/// @param id the metric id
/// @return the definition, or null when there is none
[[nodiscard]] CHAINCITY_API const MetricDefinition* find_metric(std::string_view id);

/// @brief Computes a metric for every city of the atlas (in atlas order).
/// @param atlas the atlas @param id the metric id @param options window and inserts
/// @return one value per city
/// @throws NotFoundError for an unknown metric id
[[nodiscard]] CHAINCITY_API std::vector<MetricValue> compute_metric(const Atlas& atlas, std::string_view id,
                                                                    const MetricOptions& options = {});

/// @brief How equal values share ranks.
enum class TiePolicy {
  competition,  ///< 1 2 2 4
  dense,        ///< 1 2 2 3
  fractional,   ///< 1 2.5 2.5 4
};

/// @brief A city's place in a single-metric ranking.
struct RankedValue {
  std::string city;   ///< the city id
  double rank = 0;    ///< 1 = best; fractional ties give halves
  MetricValue value;  ///< the metric value
};

/// @brief Ranks cities by one metric, best first; cities with a missing value come last, unranked (rank 0).
/// @param values the metric values @param direction which way is better @param ties the tie policy
/// @return the ranking
[[nodiscard]] CHAINCITY_API std::vector<RankedValue> rank_by(const std::vector<MetricValue>& values,
                                                             Direction direction,
                                                             TiePolicy ties = TiePolicy::competition);

/// @brief Ranks plain scores (higher is better) with a tie policy; used by every ranking in the library.
/// @param scores the scores @param ties the tie policy
/// @return the rank of each score, in input order
[[nodiscard]] CHAINCITY_API std::vector<double> ranks_of(const std::vector<double>& scores,
                                                         TiePolicy ties = TiePolicy::competition);

/// @brief Name of a direction. @param d the direction @return `higher_is_better` or `lower_is_better`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Direction d) noexcept;
/// @brief Name of a tie policy. @param t the policy @return `competition`, `dense` or `fractional`
[[nodiscard]] CHAINCITY_API std::string_view to_string(TiePolicy t) noexcept;

}  // namespace v1
}  // namespace chaincity
