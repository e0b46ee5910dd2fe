/// @file
/// @brief `City`: a city in the race, with its names in every script, province, level and tier.
#pragma once

#include <chaincity/export.hpp>
#include <chaincity/model/common.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief A city's administrative level.
enum class AdminLevel {
  municipality,    ///< 直辖市: a city that is also a province-level unit
  sub_provincial,  ///< 副省级市
  prefecture,      ///< 地级市
  county_level,    ///< 县级市
  new_area,        ///< 国家级新区 (雄安)
};

/// @brief A city tier as the press uses it. Recorded only where a source states it.
enum class CityTier {
  first,         ///< 一线
  new_first,     ///< 新一线
  second,        ///< 二线
  third,         ///< 三线
  fourth,        ///< 四线
  third_fourth,  ///< 三四线
  non_first,     ///< "非一线"
};

/// @brief A district, county or zone of a city, in every script.
struct District {
  std::string name_hans;  ///< Simplified (余杭区)
  std::string name_hant;  ///< Traditional (餘杭區)
  std::string pinyin;     ///< with tone marks (Yúháng Qū)
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const District& o) const = default;
};

/// @brief A city.
struct City {
  std::string id;         ///< toneless pinyin, lowercase (`guiyang`)
  std::string name_hans;  ///< 贵阳
  std::string name_hant;  ///< 貴陽
  std::string pinyin;     ///< Guìyáng
  std::string name_en;    ///< Guiyang
  std::string province;   ///< Simplified province name without 省 (贵州; a municipality names itself)
  AdminLevel admin_level = AdminLevel::prefecture;  ///< the administrative level
  std::optional<CityTier> tier;                     ///< only where a source states it
  std::vector<District> districts;                  ///< districts the sources mention
  std::vector<std::string> aliases;                 ///< other names the sources use
  std::vector<Provenance> provenance;               ///< where the sources speak of it
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const City& o) const = default;
};

/// @brief Name of an administrative level. @param l the level @return e.g. `sub_provincial`
[[nodiscard]] CHAINCITY_API std::string_view to_string(AdminLevel l) noexcept;
/// @brief Name of a tier. @param t the tier @return e.g. `first`
[[nodiscard]] CHAINCITY_API std::string_view to_string(CityTier t) noexcept;

}  // namespace v1
}  // namespace chaincity
