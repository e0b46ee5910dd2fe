/// @file
/// @brief `Money`: an exact amount in a currency, parsed from and formatted as the articles write it.
#pragma once

#include <chaincity/core/decimal.hpp>
#include <chaincity/export.hpp>

#include <compare>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>

namespace chaincity {
inline namespace v1 {

/// @brief The currencies the articles quote.
enum class Currency {
  cny,  ///< Chinese yuan (元, 人民币)
  usd,  ///< US dollar (美元, 美金)
};

/// @brief ISO 4217 code of a currency. @param c the currency @return `CNY` or `USD`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Currency c) noexcept;

/// @brief An exact amount of money in one currency.
///
/// Sums and differences are exact; adding amounts in different currencies throws ArithmeticError; amounts in
/// different currencies are unordered (`<=>` gives `partial_ordering::unordered`). Nothing converts to or from
/// floating point.
///
/// Example:
/// @code
/// auto m = chaincity::Money::parse("125.2亿元");
/// assert(m && m->amount() == chaincity::Decimal(12520000000LL));
/// m->to_string();          // "12,520,000,000 CNY"
/// m->to_chinese_string();  // "125.2亿元"
/// @endcode
class Money {
 public:
  /// @brief Zero yuan.
  Money() = default;
  /// @brief An amount. @param amount the amount @param currency its currency
  explicit Money(Decimal amount, Currency currency = Currency::cny) : amount_(amount), currency_(currency) {}
  /// @brief A whole amount. @param whole the amount in units @param currency its currency
  template <std::integral I>
  explicit Money(I whole, Currency currency = Currency::cny) : amount_(whole), currency_(currency) {}
  Money(double, Currency = Currency::cny) = delete;  ///< no floating point in
  Money(float, Currency = Currency::cny) = delete;   ///< no floating point in

  /// @brief Parses an amount as the articles write it: `500万元`, `125.2亿元`, `1346亿元`, `百亿`, `1,000万元`,
  /// `17,000美元`, `1.7万美元`, `三千万元`, `12,520,000,000 CNY`, full-width digits. No qualifier words (use
  /// Quantity::parse for `最高500万元`). A text without a currency is yuan.
  /// @param text the text, UTF-8
  /// @return the amount, or empty when the text is not an amount
  [[nodiscard]] CHAINCITY_API static std::optional<Money> parse(std::string_view text);
  /// @brief Parses like parse(), but says what was wrong.
  /// @param text the text, UTF-8
  /// @return the amount
  /// @throws ParseError `expected an amount like 500万元 or 12,520,000,000 CNY, got "…"`
  [[nodiscard]] CHAINCITY_API static Money from_string(std::string_view text);

  /// @brief The amount. @return the amount in currency units
  [[nodiscard]] const Decimal& amount() const noexcept { return amount_; }
  /// @brief The currency. @return the currency
  [[nodiscard]] Currency currency() const noexcept { return currency_; }

  /// @brief Grouped digits and the ISO code: `12,520,000,000 CNY`.
  /// @return the text
  [[nodiscard]] CHAINCITY_API std::string to_string() const;
  /// @brief Chinese units: `125.2亿元`, `500万元`, `1.7万美元`, `800元`.
  /// @return the text
  [[nodiscard]] CHAINCITY_API std::string to_chinese_string() const;

  /// @brief Exact sum. @param o an amount in the same currency @return the sum
  /// @throws ArithmeticError when the currencies differ
  [[nodiscard]] CHAINCITY_API Money operator+(const Money& o) const;
  /// @brief Exact difference. @param o an amount in the same currency @return the difference
  /// @throws ArithmeticError when the currencies differ
  [[nodiscard]] CHAINCITY_API Money operator-(const Money& o) const;
  /// @brief Adds in place. @param o an amount in the same currency @return this
  /// @throws ArithmeticError when the currencies differ
  Money& operator+=(const Money& o) { return *this = *this + o; }
  /// @brief Exact product with a count (e.g. a per-person award times people).
  /// @param k the factor @return the product
  template <std::integral I>
  [[nodiscard]] Money operator*(I k) const {
    return Money(amount_ * k, currency_);
  }
  Money operator*(double) const = delete;  ///< no floating point
  Money operator+(double) const = delete;  ///< no floating point
  Money operator-(double) const = delete;  ///< no floating point

  /// @brief Equality: same amount and currency. @param o the other @return whether equal
  bool operator==(const Money& o) const { return currency_ == o.currency_ && amount_ == o.amount_; }
  /// @brief Order within one currency; amounts in different currencies are unordered.
  /// @param o the other @return the ordering
  std::partial_ordering operator<=>(const Money& o) const {
    if (currency_ != o.currency_) return std::partial_ordering::unordered;
    return amount_ <=> o.amount_;
  }

 private:
  Decimal amount_;
  Currency currency_ = Currency::cny;
};

/// @brief Integer times money. @param k the factor @param m the amount @return the product
template <std::integral I>
[[nodiscard]] Money operator*(I k, const Money& m) {
  return m * k;
}

}  // namespace v1
}  // namespace chaincity
