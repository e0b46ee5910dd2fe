/// @file
/// @brief `Decimal`: an exact decimal number with four fractional digits, the arithmetic under every amount.
#pragma once

#include <chaincity/export.hpp>

#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace chaincity {
inline namespace v1 {

/// @brief An exact decimal number: a 128-bit checked integer count of ten-thousandths.
///
/// Overflow throws `std::overflow_error` (from Boost's checked integer) instead of wrapping. There is no conversion
/// from or to floating point: amounts in ChainCity are never approximated.
///
/// Example:
/// @code
/// auto v = chaincity::Decimal::parse("125.2");      // 125.2 exactly
/// auto yuan = *v * 100000000;                       // 12520000000
/// @endcode
class Decimal {
 public:
  /// @brief The underlying integer type (ten-thousandths).
  using rep = boost::multiprecision::checked_int128_t;
  /// @brief Number of fractional decimal digits kept.
  static constexpr int fraction_digits = 4;

  /// @brief Zero.
  Decimal() = default;
  /// @brief An integer value.
  /// @param whole the value
  template <std::integral I>
  explicit Decimal(I whole) : scaled_(rep(whole) * rep(10000)) {}
  Decimal(double) = delete;       ///< no floating point in
  Decimal(float) = delete;        ///< no floating point in
  Decimal(long double) = delete;  ///< no floating point in

  /// @brief Parses a plain decimal: optional `-`, digits, optional `.` and at most four digits; commas between
  /// digit groups are allowed (`1,000.5`).
  /// @param text the text
  /// @return the value, or empty when the text is not such a number or has more than four fractional digits
  [[nodiscard]] CHAINCITY_API static std::optional<Decimal> parse(std::string_view text);

  /// @brief A value from its ten-thousandths.
  /// @param scaled the value times 10⁴
  /// @return the decimal
  [[nodiscard]] static Decimal from_scaled(rep scaled) {
    Decimal d;
    d.scaled_ = scaled;
    return d;
  }
  /// @brief The value times 10⁴.
  /// @return the scaled integer
  [[nodiscard]] const rep& scaled() const noexcept { return scaled_; }

  /// @brief Canonical text: no exponent, no trailing fractional zeros, no grouping (`12520000000`, `44.52`).
  /// @return the text
  [[nodiscard]] CHAINCITY_API std::string to_string() const;
  /// @brief Text with thousands separators (`12,520,000,000`).
  /// @return the text
  [[nodiscard]] CHAINCITY_API std::string to_grouped_string() const;

  /// @brief Whether the value has no fractional part.
  /// @return true for whole numbers
  [[nodiscard]] bool is_integer() const { return scaled_ % rep(10000) == 0; }
  /// @brief Whether the value is negative.
  /// @return true below zero
  [[nodiscard]] bool is_negative() const { return scaled_ < 0; }
  /// @brief The whole part, truncated toward zero, when it fits in 64 bits.
  /// @return the integer part, or empty on overflow
  [[nodiscard]] CHAINCITY_API std::optional<std::int64_t> to_int64() const;

  /// @brief Exact sum. @param o the other value @return the sum
  [[nodiscard]] Decimal operator+(const Decimal& o) const { return from_scaled(scaled_ + o.scaled_); }
  /// @brief Exact difference. @param o the other value @return the difference
  [[nodiscard]] Decimal operator-(const Decimal& o) const { return from_scaled(scaled_ - o.scaled_); }
  /// @brief Negation. @return the negated value
  [[nodiscard]] Decimal operator-() const { return from_scaled(-scaled_); }
  /// @brief Exact product with an integer. @param k the factor @return the product
  template <std::integral I>
  [[nodiscard]] Decimal operator*(I k) const {
    return from_scaled(scaled_ * rep(k));
  }
  /// @brief Adds in place. @param o the other value @return this
  Decimal& operator+=(const Decimal& o) { return *this = *this + o; }
  /// @brief Subtracts in place. @param o the other value @return this
  Decimal& operator-=(const Decimal& o) { return *this = *this - o; }
  /// @brief Exact product of two decimals, when it is representable with four fractional digits.
  /// @param o the other factor
  /// @return the product, or empty when digits would be lost
  [[nodiscard]] std::optional<Decimal> times(const Decimal& o) const {
    rep p = scaled_ * o.scaled_;
    if (p % rep(10000) != 0) return std::nullopt;
    return from_scaled(p / rep(10000));
  }

  /// @brief Equality. @param o the other value @return whether equal
  bool operator==(const Decimal& o) const { return scaled_ == o.scaled_; }
  /// @brief Total order. @param o the other value @return the ordering
  std::strong_ordering operator<=>(const Decimal& o) const {
    if (scaled_ < o.scaled_) return std::strong_ordering::less;
    if (scaled_ > o.scaled_) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
  }

 private:
  rep scaled_ = 0;
};

/// @brief Integer times decimal. @param k the factor @param d the decimal @return the product
template <std::integral I>
[[nodiscard]] Decimal operator*(I k, const Decimal& d) {
  return d * k;
}

}  // namespace v1
}  // namespace chaincity
