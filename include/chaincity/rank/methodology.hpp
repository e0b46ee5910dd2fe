/// @file
/// @brief The index framework (index → pillars → metrics) and every methodological choice of a composite index:
/// imputation, outliers, normalisation, weights, aggregation, ties. Loaded from JSON or built in code.
#pragma once

#include <chaincity/export.hpp>
#include <chaincity/io/limits.hpp>
#include <chaincity/rank/metric.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief A metric inside a pillar, with its weight within the pillar.
struct MetricWeight {
  std::string metric;                   ///< a built-in metric id
  double weight = 1;                    ///< relative weight within the pillar (used by `given` and `budget` weighting)
  std::optional<double> goalpost_low;   ///< for goalposts normalisation: the value that scores the low end
  std::optional<double> goalpost_high;  ///< for goalposts normalisation: the value that scores the high end
};

/// @brief A pillar of the index.
struct Pillar {
  std::string id;                     ///< e.g. `policy`
  std::string name;                   ///< e.g. `Policy support`
  double weight = 1;                  ///< relative weight in the index
  std::vector<MetricWeight> metrics;  ///< its metrics
  std::string rationale;              ///< why it is in the index (the articles' argument)
};

/// @brief How missing values are filled.
enum class Imputation {
  leave_out,   ///< leave the metric out for that city and re-weight the rest of its pillar
  mean,        ///< the mean of the cities that have a value
  group_mean,  ///< the mean of the cities of the same group (administrative level), else the overall mean
  minimum,     ///< the worst observed value
};

/// @brief How outliers are treated before normalisation.
enum class OutlierTreatment {
  none,       ///< as they are
  winsorise,  ///< clamp to the given percentiles
  log,        ///< log(1 + x) for non-negative metrics
};

/// @brief How metric values are brought to a common scale.
enum class Normalisation {
  min_max,           ///< to [range_low, range_high]
  z_score,           ///< (x − mean) / standard deviation
  rank,              ///< the rank, best = number of cities
  percentile_rank,   ///< share of cities below, 0..100
  distance_to_best,  ///< x / best × 100 (best = 100)
  goalposts,         ///< (x − low) / (high − low) × 100, clamped, per-metric goalposts
  benchmark,         ///< x / benchmark city's x × 100: the benchmark scores 100, others may exceed it
};

/// @brief How weights are set.
enum class Weighting {
  equal,    ///< every metric in a pillar, and every pillar, equal
  given,    ///< the weights in the framework
  budget,   ///< the framework's weights are budget points, normalised to sum to one
  entropy,  ///< entropy weights from the data's dispersion (within pillars)
  pca,      ///< weights from the first principal component's loadings (within pillars)
};

/// @brief How normalised values are combined.
enum class Aggregation {
  arithmetic,  ///< weighted mean (fully compensatory)
  geometric,   ///< weighted geometric mean, zero values guarded
  harmonic,    ///< weighted harmonic mean, zero values guarded
  copeland,    ///< pairwise weighted majority (non-compensatory), wins − losses
  topsis,      ///< closeness to the ideal city
  vikor,       ///< compromise ranking (1 − Q)
};

/// @brief Every choice of a composite index. Defaults are the ChainCity Index's.
struct Methodology {
  std::string name = "ChainCity Index";           ///< a label
  std::vector<Pillar> pillars;                    ///< the framework
  MetricOptions metric_options;                   ///< window and inserts for computing metrics
  Imputation imputation = Imputation::leave_out;  ///< missing data
  double coverage_threshold = 0;                  ///< exclude cities with a smaller share of non-missing metrics (0..1)
  OutlierTreatment outliers = OutlierTreatment::none;    ///< outliers
  double winsor_low = 5;                                 ///< winsorising: lower percentile
  double winsor_high = 95;                               ///< winsorising: upper percentile
  Normalisation normalisation = Normalisation::min_max;  ///< scaling
  double range_low = 0;                                  ///< min-max: low end
  double range_high = 100;                               ///< min-max: high end
  std::string benchmark_city;                            ///< benchmark normalisation: the city that scores 100
  Weighting weighting = Weighting::given;                ///< weights
  Aggregation aggregation = Aggregation::arithmetic;     ///< aggregation
  double zero_guard = 0.01;                 ///< geometric/harmonic: values below this share of the scale count as this
  double vikor_v = 0.5;                     ///< VIKOR: weight of the majority rule
  TiePolicy ties = TiePolicy::competition;  ///< ties in the final ranking
  std::size_t tiers = 3;                    ///< number of tiers (梯队) by natural breaks

  /// @brief The default ChainCity Index: six pillars that follow what the articles say decides the race —
  /// policy support, industry and parks, talent, incentives, open application scenarios, early moves.
  /// @return the methodology
  [[nodiscard]] CHAINCITY_API static Methodology default_index();
  /// @brief A one-metric methodology (one pillar, one metric). @param metric the metric id @return it
  /// @throws NotFoundError for an unknown metric
  [[nodiscard]] CHAINCITY_API static Methodology single_metric(std::string_view metric);
  /// @brief Checks the framework: known metrics, non-negative weights with a positive sum, sensible ranges.
  /// @throws ValidationError listing every problem with its JSON pointer
  CHAINCITY_API void validate() const;
};

/// @brief Reads a methodology from JSON (format in docs/methodology.md); unknown keys are errors.
/// @param json the text @param name_for_errors the file name errors give
/// @return the methodology, validated
/// @throws ParseError with line and JSON pointer, ValidationError
[[nodiscard]] CHAINCITY_API Methodology methodology_from_json(std::string_view json,
                                                              std::string_view name_for_errors = {});
/// @brief Reads a methodology file. @param path the file @return the methodology
/// @throws IoError, ParseError, ValidationError
[[nodiscard]] CHAINCITY_API Methodology load_methodology(const std::filesystem::path& path);
/// @brief Reads a methodology from JSON with limits on hostile input.
/// @param json the text @param name_for_errors the file name errors give @param limits size, depth, string limits
/// @return the methodology, validated @throws ParseError (also for a limit crossed), ValidationError
[[nodiscard]] CHAINCITY_API Methodology methodology_from_json(std::string_view json, std::string_view name_for_errors,
                                                              const ReadLimits& limits);
/// @brief Reads a methodology file with limits on hostile input.
/// @param path the file @param limits size, depth, string limits @return the methodology
/// @throws IoError, ParseError (also for a limit crossed), ValidationError
[[nodiscard]] CHAINCITY_API Methodology load_methodology(const std::filesystem::path& path, const ReadLimits& limits);
/// @brief Writes a methodology as JSON (every choice spelled out). @param m the methodology @return the text
[[nodiscard]] CHAINCITY_API std::string to_json(const Methodology& m);

/// @name Names of methodology choices
/// @brief `to_string` gives the name used in methodology JSON; `from_string` reads it back.
/// @{
/// @brief Name of an imputation. @param v the value @return its name
[[nodiscard]] CHAINCITY_API std::string_view to_string(Imputation v) noexcept;
/// @brief Name of an outlier treatment. @param v the value @return its name
[[nodiscard]] CHAINCITY_API std::string_view to_string(OutlierTreatment v) noexcept;
/// @brief Name of a normalisation. @param v the value @return its name
[[nodiscard]] CHAINCITY_API std::string_view to_string(Normalisation v) noexcept;
/// @brief Name of a weighting. @param v the value @return its name
[[nodiscard]] CHAINCITY_API std::string_view to_string(Weighting v) noexcept;
/// @brief Name of an aggregation. @param v the value @return its name
[[nodiscard]] CHAINCITY_API std::string_view to_string(Aggregation v) noexcept;
/// @brief Reads an imputation name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Imputation& out) noexcept;
/// @brief Reads an outlier treatment name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, OutlierTreatment& out) noexcept;
/// @brief Reads a normalisation name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Normalisation& out) noexcept;
/// @brief Reads a weighting name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Weighting& out) noexcept;
/// @brief Reads an aggregation name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Aggregation& out) noexcept;
/// @brief Reads a tie policy name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, TiePolicy& out) noexcept;
/// @}

}  // namespace v1
}  // namespace chaincity
