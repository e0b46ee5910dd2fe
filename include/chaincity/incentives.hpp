/// @file
/// @brief The incentive calculator: "where should my blockchain company go?" — what each city's schemes offer a
/// company profile, exactly, with grants and loans kept apart.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/core/money.hpp>
#include <chaincity/export.hpp>
#include <chaincity/io/limits.hpp>
#include <chaincity/query.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief One thing a company is or plans: an R&D platform at national level, a main-board listing, two talents of a
/// named programme, housing for a talent, a start-up loan …
struct PlannedItem {
  IncentiveCategory category = IncentiveCategory::other;  ///< what it is
  std::optional<IncentiveTier> tier;                      ///< the level it reaches, when the item asks for one
  std::string keyword;  ///< optional: words the item's description must contain, any script (`百人领军`)
  std::string item;     ///< optional: one exact incentive item id (overrides category matching)
  long long count = 1;  ///< how many (talents, projects); per-company items count once
};

/// @brief A company: what it is and plans.
struct CompanyProfile {
  std::string name;                ///< a label
  std::vector<PlannedItem> plans;  ///< what it is and plans
  bool include_inserts = false;    ///< also use schemes that come only from flash-news inserts
};

/// @brief One incentive item a profile qualifies for.
struct OfferLine {
  const IncentiveScheme* scheme = nullptr;  ///< the scheme
  const Incentive* item = nullptr;          ///< the item
  std::size_t plan = 0;                     ///< index of the planned item it answers
  long long count = 1;                      ///< times it applies (people, projects)
  std::optional<Money> amount;              ///< the stated amount × count; empty when unquantified
  bool is_cap = false;                      ///< the amount is a ceiling (最高, 以内), not a promise
  MoneyKind money = MoneyKind::other;       ///< grant, loan or other
  std::string condition;                    ///< the condition met, in words (`category rnd_platform, tier national`)
};

/// @brief An item the profile does not qualify for, and what it would need.
struct UnmetItem {
  const IncentiveScheme* scheme = nullptr;  ///< the scheme
  const Incentive* item = nullptr;          ///< the item
  std::string needs;                        ///< e.g. `a planned rnd_platform at tier provincial`
};

/// @brief A scheme-wide ceiling that cut the sum of the scheme's grants (贵阳高新区: 最高可获得一次性500万元).
struct CeilingCut {
  const IncentiveScheme* scheme = nullptr;  ///< the scheme
  Money before;                             ///< the sum of its grant lines
  Money ceiling;                            ///< the ceiling: what the company can get from the scheme at most
};

/// @brief What one city offers a profile.
struct Offer {
  std::string city;                     ///< the city id
  std::vector<OfferLine> lines;         ///< quantified items the profile qualifies for
  std::vector<OfferLine> unquantified;  ///< items it qualifies for that the articles give no amount
  std::vector<UnmetItem> unmet;         ///< the rest of the city's items
  std::vector<CeilingCut> ceilings;     ///< scheme ceilings that cut the grants
  Money grants;                         ///< sum of grant amounts, after scheme ceilings (exact)
  Money loans;                          ///< sum of loan, fund and equity amounts — never added to grants
  bool grants_are_caps = false;         ///< some grant amount is a ceiling: the sum is an upper bound
  bool loans_are_caps = false;          ///< some loan or fund amount is a ceiling: the sum is an upper bound
  std::vector<std::string> notes;       ///< district-level schemes, scheme ceilings applied …
  double rank = 0;                      ///< rank by grants, then loans (1 = best)
};

/// @brief Matches a profile against every city's incentive schemes.
/// @param atlas the atlas @param profile the company
/// @return one offer per city that has incentive schemes, best first (grants, then loans; ties share a rank)
[[nodiscard]] CHAINCITY_API std::vector<Offer> offers(const Atlas& atlas, const CompanyProfile& profile);

/// @brief Reads a company profile from JSON (format: docs/profile-format.md); unknown keys, categories and tiers
/// are errors that name the JSON pointer and line.
/// @param json the text @param name_for_errors the file name errors give
/// @return the profile
/// @throws ParseError
[[nodiscard]] CHAINCITY_API CompanyProfile profile_from_json(std::string_view json,
                                                             std::string_view name_for_errors = {});
/// @brief Reads a company profile file. @param path the file @return the profile @throws IoError, ParseError
[[nodiscard]] CHAINCITY_API CompanyProfile load_profile(const std::filesystem::path& path);
/// @brief Reads a company profile from JSON with limits on hostile input.
/// @param json the text @param name_for_errors the file name errors give @param limits size, depth, string limits
/// @return the profile @throws ParseError (also for a limit crossed)
[[nodiscard]] CHAINCITY_API CompanyProfile profile_from_json(std::string_view json, std::string_view name_for_errors,
                                                             const ReadLimits& limits);
/// @brief Reads a company profile file with limits on hostile input.
/// @param path the file @param limits size, depth, string limits @return the profile
/// @throws IoError, ParseError (also for a limit crossed)
[[nodiscard]] CHAINCITY_API CompanyProfile load_profile(const std::filesystem::path& path, const ReadLimits& limits);

}  // namespace v1
}  // namespace chaincity
