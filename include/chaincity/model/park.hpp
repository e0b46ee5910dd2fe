/// @file
/// @brief `IndustrialPark`: a blockchain park, base, incubator, innovation centre or cluster.
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

/// @brief The kind of park-like place (the press counts them loosely).
enum class ParkKind { park, base, incubator, innovation_centre, cluster, platform };

/// @brief Who drives a park.
enum class Governance {
  government_led,     ///< 政府主导
  government_guided,  ///< 政府引导
  market,             ///< market-run
  unknown,            ///< not said
};

/// @brief Whether a park is running.
enum class ParkStatus { operating, planned, unknown };

/// @brief An industrial park or park-like place.
struct IndustrialPark {
  std::string id;                                      ///< unique id
  std::string name;                                    ///< the name as written
  ParkKind kind = ParkKind::park;                      ///< kind of place
  std::optional<std::string> city;                     ///< city id
  std::optional<std::string> district;                 ///< district (Simplified, as in the city's districts)
  std::optional<std::string> host;                     ///< the larger park or building it sits in
  std::optional<RecordedDate> opened;                  ///< opened, unveiled or landed
  Governance governance = Governance::unknown;         ///< who drives it
  ParkStatus status = ParkStatus::unknown;             ///< running or planned
  std::optional<std::string> operator_name;            ///< the operator (JSON key `operator`)
  std::vector<std::string> tenants;                    ///< named resident firms
  std::optional<Quantity> enterprise_count;            ///< resident enterprises
  std::optional<RecordedDate> enterprise_count_as_of;  ///< when they were counted
  std::optional<Quantity> revenue;                     ///< revenue
  std::optional<RecordedDate> revenue_period;          ///< the period the revenue covers
  std::optional<FirstClaim> first;                     ///< a first-mover claim
  std::vector<Provenance> provenance;                  ///< evidence
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const IndustrialPark& o) const = default;
};

/// @brief Name of a park kind. @param k the kind @return e.g. `innovation_centre`
[[nodiscard]] CHAINCITY_API std::string_view to_string(ParkKind k) noexcept;
/// @brief Name of a governance. @param g the governance @return e.g. `government_led`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Governance g) noexcept;
/// @brief Name of a status. @param s the status @return e.g. `operating`
[[nodiscard]] CHAINCITY_API std::string_view to_string(ParkStatus s) noexcept;

}  // namespace v1
}  // namespace chaincity
