/// @file
/// @brief `Indicator`: an observed value for a city, district, province, region or the nation.
#pragma once

#include <chaincity/core/date.hpp>
#include <chaincity/core/quantity.hpp>
#include <chaincity/export.hpp>
#include <chaincity/model/common.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief What an indicator measures.
enum class Metric {
  policy_count,
  dedicated_policy_count,
  park_count,
  enterprise_count,
  registered_company_rank,
  patent_rank,
  talent_demand_rank,
  salary_rank,
  filing_count,
  filing_share,
  enterprise_share,
  revenue,
  fund_size,
  university_count,
  academician_count,
  student_count,
  research_city_rank,
  gdp_rank,
  hashrate_share,
  sales_growth,
  unicorn_count,
  project_count,
  other
};

/// @brief A counting window, as the sources give it; either end may be open.
struct Window {
  std::optional<RecordedDate> from;  ///< start
  std::optional<RecordedDate> to;    ///< end
  /// @brief The window as a date range. @return the range
  [[nodiscard]] DateRange range() const {
    return {from ? std::optional<PartialDate>(from->value) : std::nullopt,
            to ? std::optional<PartialDate>(to->value) : std::nullopt};
  }
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Window& o) const = default;
};

/// @brief An observation ("Beijing: 8 blockchain-related policy items since March 2020").
struct Indicator {
  std::string id;                      ///< unique id
  Scope scope;                         ///< what it is about
  Metric metric = Metric::other;       ///< what it measures
  std::optional<std::string> subject;  ///< what exactly is counted, in the text's words
  Quantity value;                      ///< the value as stated
  std::optional<RecordedDate> as_of;   ///< when it held
  std::optional<Window> window;        ///< the counting window
  std::vector<Provenance> provenance;  ///< evidence
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Indicator& o) const = default;
};

/// @brief Name of a metric. @param m the metric @return e.g. `policy_count`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Metric m) noexcept;

}  // namespace v1
}  // namespace chaincity
