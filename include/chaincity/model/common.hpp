/// @file
/// @brief What every record shares: provenance, scope (where a fact applies) and "first in …" claims.
#pragma once

#include <chaincity/export.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief A record's evidence: the source it comes from and a verbatim quote of the sentence that states it.
struct Provenance {
  std::string source;  ///< the id of a Source in the same atlas (for an article, its file name)
  std::string quote;   ///< a verbatim substring of the source's text
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Provenance& o) const = default;
};

/// @brief The level at which a fact applies.
enum class ScopeLevel {
  city,      ///< one city
  district,  ///< a district, county or zone inside a city
  province,  ///< a province-level unit
  nation,    ///< China as a whole
  region,    ///< a named group of places ("北上广浙")
};

/// @brief Where a fact applies: a city, a district of a city, a province, a named region or the nation.
struct Scope {
  ScopeLevel level = ScopeLevel::nation;  ///< the level
  std::string city;                       ///< city id, for city and district scopes
  std::string district;                   ///< district name (Simplified), for district scope
  std::string province;                   ///< province name (Simplified, without 省), for province scope
  std::string name;                       ///< the region's name as written, for region scope
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Scope& o) const = default;
};

/// @brief How far a "first" claim reaches.
enum class FirstScope {
  world,     ///< 全球首个
  nation,    ///< 全国首个, 中国首个, 国内最早
  province,  ///< 省内首个
  city,      ///< 市级首个, 南京首个
};

/// @brief A first-mover claim as the text makes it ("中国首个城市级区块链综合服务平台").
struct FirstClaim {
  FirstScope scope = FirstScope::nation;  ///< how far it reaches
  std::string area;                       ///< the province or city it is first in, when not the nation
  std::string claim;                      ///< the claim in the text's words
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const FirstClaim& o) const = default;
};

/// @brief Name of a scope level (`city`, `district` …). @param l the level @return the name
[[nodiscard]] CHAINCITY_API std::string_view to_string(ScopeLevel l) noexcept;
/// @brief Name of a first-claim scope (`nation` …). @param s the scope @return the name
[[nodiscard]] CHAINCITY_API std::string_view to_string(FirstScope s) noexcept;

}  // namespace v1
}  // namespace chaincity
