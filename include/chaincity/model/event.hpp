/// @file
/// @brief `Event` (conferences, launches, signings, milestones) and `Application` (platforms a city put to use).
#pragma once

#include <chaincity/core/date.hpp>
#include <chaincity/export.hpp>
#include <chaincity/model/common.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief The kind of event.
enum class EventKind { conference, summit, launch, unveiling, signing, founding, meeting, speech, milestone, other };

/// @brief Something that happened on a date.
struct Event {
  std::string id;                          ///< unique id
  std::string title;                       ///< title as written or a short description
  EventKind kind = EventKind::other;       ///< kind
  std::optional<RecordedDate> date;        ///< when
  std::optional<std::string> city;         ///< city id
  std::optional<std::string> district;     ///< district
  std::vector<std::string> organisers;     ///< organisers / hosts
  std::optional<std::string> description;  ///< what happened
  std::optional<FirstClaim> first;         ///< a first-mover claim
  std::vector<Provenance> provenance;      ///< evidence
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Event& o) const = default;
};

/// @brief The kind of blockchain application.
enum class ApplicationKind {
  city_chain,
  bsn_node,
  e_invoice,
  real_estate_certificate,
  traceability,
  government_service,
  finance,
  healthcare,
  copyright,
  credit,
  other
};

/// @brief A blockchain platform or scenario put into use.
struct Application {
  std::string id;                                 ///< unique id
  std::string name;                               ///< name as written
  ApplicationKind kind = ApplicationKind::other;  ///< kind
  std::optional<std::string> city;                ///< city id
  std::optional<std::string> region;              ///< a province, when the text places it only there
  std::optional<RecordedDate> launched;           ///< when
  std::optional<std::string> operator_name;       ///< operator (JSON key `operator`)
  std::optional<std::string> description;         ///< what it does
  std::optional<FirstClaim> first;                ///< a first-mover claim
  std::vector<Provenance> provenance;             ///< evidence
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Application& o) const = default;
};

/// @brief Name of an event kind. @param k the kind @return e.g. `conference`
[[nodiscard]] CHAINCITY_API std::string_view to_string(EventKind k) noexcept;
/// @brief Name of an application kind. @param k the kind @return e.g. `city_chain`
[[nodiscard]] CHAINCITY_API std::string_view to_string(ApplicationKind k) noexcept;

}  // namespace v1
}  // namespace chaincity
