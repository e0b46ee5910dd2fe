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
enum class ParkKind {
  park,               ///< 产业园
  base,               ///< 基地
  incubator,          ///< 孵化基地
  innovation_centre,  ///< 创新中心
  cluster,            ///< 集聚区
  platform,           ///< an industry innovation platform
  lab,                ///< a research institution or laboratory (not an industrial park)
  data_centre,        ///< a data centre (not an industrial park)
  zone,               ///< a demonstration zone a policy plans (not an industrial park)
};

/// @brief Whether a kind is an industrial park in the articles' sense (park, base, incubator, innovation centre,
/// cluster, platform) rather than a lab, a data centre or a planned zone. @param k the kind @return the answer
[[nodiscard]] constexpr bool is_industrial_park(ParkKind k) noexcept {
  return k != ParkKind::lab && k != ParkKind::data_centre && k != ParkKind::zone;
}

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
