/// @file
/// @brief `Quantity`: a stated amount, count, share or rank with the qualifier the text gave it.
#pragma once

#include <chaincity/core/decimal.hpp>
#include <chaincity/core/money.hpp>
#include <chaincity/export.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace chaincity {
inline namespace v1 {

/// @brief How a number was stated. The articles almost never state a bare number.
enum class Qualifier {
  exact,       ///< stated as is
  about,       ///< 约, 左右, 大约
  nearly,      ///< 近, 接近, 将近 — a little less than
  more_than,   ///< 多, 余, 超过, 以上, 逾
  at_least,    ///< 不少于, 至少
  up_to,       ///< 最高, 不超过, 最多, 以下 — a cap
  within,      ///< 以内
  only,        ///< 仅, 只有 — exact, stressed as small
  between,     ///< a range, 2-3家, 3~5个
  as_many_as,  ///< 高达, 达到 — exact, stressed as large
};

/// @brief The unit of a quantity.
enum class Unit {
  cny,      ///< yuan
  usd,      ///< US dollars
  count,    ///< a number of things (家, 个, 项, 名, 所 …)
  percent,  ///< a share in percent (44.52 means 44.52 %)
  rank,     ///< a position, 1 = first
  tonne,    ///< a mass (吨)
};

/// @brief The snake_case name of a qualifier (`up_to`). @param q the qualifier @return its name
[[nodiscard]] CHAINCITY_API std::string_view to_string(Qualifier q) noexcept;
/// @brief The name of a unit (`CNY`, `USD`, `count`, `percent`, `rank`, `tonne`). @param u the unit @return its name
[[nodiscard]] CHAINCITY_API std::string_view to_string(Unit u) noexcept;
/// @brief Whether a qualifier makes the value exact (exact, only, as_many_as). @param q the qualifier
/// @return true when the stated value is the value
[[nodiscard]] CHAINCITY_API bool is_exact(Qualifier q) noexcept;

/// @brief A stated quantity: value (and upper bound for a range), unit, qualifier and the text as written.
///
/// Example:
/// @code
/// auto q = chaincity::Quantity::parse("最高500万元");
/// // q->value == Decimal(5000000), q->unit == Unit::cny, q->qualifier == Qualifier::up_to
/// @endcode
struct Quantity {
  Decimal value;                           ///< the stated value (the lower bound of a range)
  std::optional<Decimal> upper;            ///< the upper bound, for Qualifier::between only
  Unit unit = Unit::count;                 ///< the unit
  Qualifier qualifier = Qualifier::exact;  ///< how it was stated
  std::string text;                        ///< the amount as written in the source, may be empty

  /// @brief Parses what the articles write: `最高500万元`, `约1346亿元`, `10家以上`, `20多家`, `近百家`,
  /// `2-3家`, `3~5个`, `44.52%`, `第12位`, `85万`, `百亿`, `1000余万元`, `17,000美元`.
  /// Without a unit word the quantity is a count.
  /// @param text the text, UTF-8
  /// @return the quantity (with `text` set to the input), or empty when it does not parse
  [[nodiscard]] CHAINCITY_API static std::optional<Quantity> parse(std::string_view text);
  /// @brief Parses like parse(), but says what was wrong.
  /// @param text the text, UTF-8
  /// @return the quantity
  /// @throws ParseError `expected a quantity like 最高500万元, 10家以上 or 44.52%, got "…"`
  [[nodiscard]] CHAINCITY_API static Quantity from_string(std::string_view text);

  /// @brief The money this quantity states, when its unit is a currency.
  /// @return the amount (the lower bound of a range), or empty for counts, shares and ranks
  [[nodiscard]] CHAINCITY_API std::optional<Money> money() const;
  /// @brief The largest value the statement allows, when it has one (a cap, a range's top, an exact value).
  /// @return the bound, or empty for "more than" / "at least"
  [[nodiscard]] CHAINCITY_API std::optional<Decimal> upper_bound() const;
  /// @brief The smallest value the statement allows (zero for a cap).
  /// @return the bound, or empty for "about" / "nearly"
  [[nodiscard]] CHAINCITY_API std::optional<Decimal> lower_bound() const;
  /// @brief Human text in English: `up to 5,000,000 CNY`, `more than 20`, `2 to 3`, `44.52 %`.
  /// @return the text
  [[nodiscard]] CHAINCITY_API std::string describe() const;

  /// @brief Equality of every field except `text`. @param o the other @return whether equal
  [[nodiscard]] bool same_value(const Quantity& o) const {
    return value == o.value && upper == o.upper && unit == o.unit && qualifier == o.qualifier;
  }
  /// @brief Equality of every field. @param o the other @return whether equal
  bool operator==(const Quantity& o) const = default;
};

}  // namespace v1
}  // namespace chaincity
