/// @file
/// @brief `IncentiveScheme` and its `Incentive` items: what a city offers a blockchain company, exactly.
#pragma once

#include <chaincity/core/date.hpp>
#include <chaincity/core/quantity.hpp>
#include <chaincity/export.hpp>
#include <chaincity/model/common.hpp>
#include <chaincity/model/policy.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief What an incentive item rewards or funds.
enum class IncentiveCategory {
  listing,
  rnd_platform,
  talent,
  housing,
  startup_loan,
  angel_fund,
  rent,
  tax,
  office,
  project,
  relocation,
  financing,
  fund,
  scheme_cap,
  other,
  breakthrough,  ///< a recognised technology breakthrough
  product,       ///< an application product put into use
};

/// @brief The condition tier an item depends on (a national-level platform, a main-board listing …).
enum class IncentiveTier {
  national,
  provincial,
  municipal,
  district,
  joint,
  main_board,
  sme_board,
  growth_board,
  overseas,
  other
};

/// @brief The form the money takes. Grants and loans are different money and are never summed together.
enum class IncentiveForm { grant, subsidy, loan, fund, equity, tax_relief, in_kind, unknown };

/// @brief Whether an item is paid once.
enum class Frequency { one_time, recurring, unknown };

/// @brief What an item's amount is counted per.
enum class Per { company, person, project, unknown };

/// @brief One item of an incentive scheme.
struct Incentive {
  std::string id;                                         ///< unique within the atlas
  IncentiveCategory category = IncentiveCategory::other;  ///< what it rewards
  std::optional<std::string> description;                 ///< in the text's words
  std::optional<IncentiveTier> tier;                      ///< the tier condition, if any
  std::optional<Quantity> amount;                         ///< the amount or cap; empty when unquantified
  IncentiveForm form = IncentiveForm::unknown;            ///< grant, loan …
  Frequency frequency = Frequency::unknown;               ///< one-time or recurring
  Per per = Per::unknown;                                 ///< per company, person or project
  std::vector<Provenance> provenance;                     ///< evidence
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Incentive& o) const = default;
};

/// @brief An incentive scheme: a city's (or district's) package of awards, subsidies and loans.
struct IncentiveScheme {
  std::string id;                           ///< unique id
  std::string name;                         ///< a name (the document's title, or a description)
  std::optional<std::string> city;          ///< city id
  std::optional<std::string> district;      ///< district, for district-level schemes
  std::optional<std::string> issuer;        ///< issuing body
  std::optional<IssuerLevel> issuer_level;  ///< its level
  std::optional<std::string> policy;        ///< id of the PolicyDocument it belongs to
  std::optional<RecordedDate> issued;       ///< when
  std::optional<Quantity> cap;              ///< a ceiling on everything one firm can get
  std::vector<Incentive> items;             ///< the items
  std::vector<Provenance> provenance;       ///< evidence
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const IncentiveScheme& o) const = default;
};

/// @brief Name of a category. @param c the category @return e.g. `listing`
[[nodiscard]] CHAINCITY_API std::string_view to_string(IncentiveCategory c) noexcept;
/// @brief Name of a tier. @param t the tier @return e.g. `national`
[[nodiscard]] CHAINCITY_API std::string_view to_string(IncentiveTier t) noexcept;
/// @brief Name of a form. @param f the form @return e.g. `grant`
[[nodiscard]] CHAINCITY_API std::string_view to_string(IncentiveForm f) noexcept;
/// @brief Name of a frequency. @param f the frequency @return e.g. `one_time`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Frequency f) noexcept;
/// @brief Name of a per. @param p the per @return e.g. `company`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Per p) noexcept;

}  // namespace v1
}  // namespace chaincity
