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

/// @name Enumeration names
/// @brief Reads an enumerator from its name (`"up_to"` → Qualifier::up_to; `"CNY"` → Currency::cny).
/// @param name the name, exactly as `to_string` writes it
/// @param out set to the enumerator on success, untouched otherwise
/// @return whether the name was recognised
/// @{
CHAINCITY_API bool from_string(std::string_view name, Currency& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Qualifier& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Unit& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, DatePrecision& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, DateBasis& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, ScopeLevel& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, FirstScope& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, SourceKind& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Script& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, AdminLevel& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, CityTier& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, PolicyKind& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, IssuerLevel& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Stance& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, ApplicationArea& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, ParkKind& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Governance& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, ParkStatus& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, IncentiveCategory& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, IncentiveTier& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, IncentiveForm& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Frequency& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Per& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, Metric& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, EventKind& out) noexcept;
CHAINCITY_API bool from_string(std::string_view name, ApplicationKind& out) noexcept;
/// @}

}  // namespace v1
}  // namespace chaincity
