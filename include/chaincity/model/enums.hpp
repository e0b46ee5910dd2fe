/// @file
/// @brief Reading enumerations back from their names (the names `to_string` gives and the atlas format uses).
#pragma once

#include <chaincity/core/date.hpp>
#include <chaincity/core/money.hpp>
#include <chaincity/core/quantity.hpp>
#include <chaincity/export.hpp>
#include <chaincity/model/city.hpp>
#include <chaincity/model/common.hpp>
#include <chaincity/model/event.hpp>
#include <chaincity/model/incentive.hpp>
#include <chaincity/model/indicator.hpp>
#include <chaincity/model/park.hpp>
#include <chaincity/model/policy.hpp>
#include <chaincity/model/source.hpp>

#include <string_view>

namespace chaincity {
inline namespace v1 {

/// Each `from_string` reads an enumerator from the name `to_string` writes (`"up_to"` → Qualifier::up_to;
/// `"CNY"` → Currency::cny); `out` is untouched when the name is not recognised.
/// @brief Reads a Currency from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Currency& out) noexcept;
/// @brief Reads a Qualifier from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Qualifier& out) noexcept;
/// @brief Reads a Unit from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Unit& out) noexcept;
/// @brief Reads a DatePrecision from its name. @param name the name @param out set on success @return whether
/// recognised
CHAINCITY_API bool from_string(std::string_view name, DatePrecision& out) noexcept;
/// @brief Reads a DateBasis from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, DateBasis& out) noexcept;
/// @brief Reads a ScopeLevel from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, ScopeLevel& out) noexcept;
/// @brief Reads a FirstScope from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, FirstScope& out) noexcept;
/// @brief Reads a SourceKind from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, SourceKind& out) noexcept;
/// @brief Reads a Script from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Script& out) noexcept;
/// @brief Reads a AdminLevel from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, AdminLevel& out) noexcept;
/// @brief Reads a CityTier from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, CityTier& out) noexcept;
/// @brief Reads a PolicyKind from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, PolicyKind& out) noexcept;
/// @brief Reads a IssuerLevel from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, IssuerLevel& out) noexcept;
/// @brief Reads a Stance from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Stance& out) noexcept;
/// @brief Reads a ApplicationArea from its name. @param name the name @param out set on success @return whether
/// recognised
CHAINCITY_API bool from_string(std::string_view name, ApplicationArea& out) noexcept;
/// @brief Reads a ParkKind from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, ParkKind& out) noexcept;
/// @brief Reads a Governance from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Governance& out) noexcept;
/// @brief Reads a ParkStatus from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, ParkStatus& out) noexcept;
/// @brief Reads a IncentiveCategory from its name. @param name the name @param out set on success @return whether
/// recognised
CHAINCITY_API bool from_string(std::string_view name, IncentiveCategory& out) noexcept;
/// @brief Reads a IncentiveTier from its name. @param name the name @param out set on success @return whether
/// recognised
CHAINCITY_API bool from_string(std::string_view name, IncentiveTier& out) noexcept;
/// @brief Reads a IncentiveForm from its name. @param name the name @param out set on success @return whether
/// recognised
CHAINCITY_API bool from_string(std::string_view name, IncentiveForm& out) noexcept;
/// @brief Reads a Frequency from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Frequency& out) noexcept;
/// @brief Reads a Per from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Per& out) noexcept;
/// @brief Reads a Metric from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, Metric& out) noexcept;
/// @brief Reads a EventKind from its name. @param name the name @param out set on success @return whether recognised
CHAINCITY_API bool from_string(std::string_view name, EventKind& out) noexcept;
/// @brief Reads a ApplicationKind from its name. @param name the name @param out set on success @return whether
/// recognised
CHAINCITY_API bool from_string(std::string_view name, ApplicationKind& out) noexcept;

}  // namespace v1
}  // namespace chaincity
