#include <chaincity/core/decimal.hpp>
#include <chaincity/core/error.hpp>
#include <chaincity/core/money.hpp>

#include <algorithm>
#include <limits>

namespace chaincity {
inline namespace v1 {

std::optional<Decimal> Decimal::parse(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-') {
    negative = true;
    i = 1;
  }
  rep whole = 0;
  rep frac = 0;
  int frac_digits = 0;
  bool any_digit = false;
  bool in_fraction = false;
  char prev = '\0';
  try {
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        any_digit = true;
        if (in_fraction) {
          if (++frac_digits > fraction_digits) return std::nullopt;
          frac = frac * 10 + (c - '0');
        } else {
          whole = whole * 10 + (c - '0');
        }
      } else if (c == ',' && !in_fraction && prev >= '0' && prev <= '9' && i + 1 < text.size() && text[i + 1] >= '0' &&
                 text[i + 1] <= '9') {
        // grouping separator between digits
      } else if (c == '.' && !in_fraction && prev >= '0' && prev <= '9' && i + 1 < text.size()) {
        in_fraction = true;
      } else {
        return std::nullopt;
      }
      prev = c;
    }
    if (!any_digit) return std::nullopt;
    for (int k = frac_digits; k < fraction_digits; ++k) frac *= 10;
    rep scaled = whole * 10000 + frac;
    return from_scaled(negative ? rep(-scaled) : scaled);
  } catch (const std::overflow_error&) {
    return std::nullopt;
  } catch (const std::range_error&) {
    return std::nullopt;
  }
}

std::string Decimal::to_string() const {
  rep v = scaled_ < 0 ? rep(-scaled_) : scaled_;
  std::string whole = rep(v / 10000).str();
  auto frac = static_cast<int>(v % 10000);
  std::string out;
  if (scaled_ < 0) out.push_back('-');  // not "-" + whole: GCC 12 warns falsely (-Wrestrict) at -O2
  out += whole;
  if (frac != 0) {
    std::string f = std::to_string(frac + 10000).substr(1);
    while (!f.empty() && f.back() == '0') f.pop_back();
    out += "." + f;
  }
  return out;
}

std::string Decimal::to_grouped_string() const {
  std::string plain = to_string();
  std::size_t start = plain[0] == '-' ? 1 : 0;
  std::size_t end = std::min(plain.find('.'), plain.size());
  std::string out = plain.substr(0, start);
  for (std::size_t i = start; i < end; ++i) {
    if (i > start && (end - i) % 3 == 0) out.push_back(',');
    out.push_back(plain[i]);
  }
  out += plain.substr(end);
  return out;
}

std::optional<std::int64_t> Decimal::to_int64() const {
  rep w = scaled_ / 10000;
  if (w > rep(std::numeric_limits<std::int64_t>::max()) || w < rep(std::numeric_limits<std::int64_t>::min()))
    return std::nullopt;
  return static_cast<std::int64_t>(w);
}

std::string_view to_string(Currency c) noexcept { return c == Currency::usd ? "USD" : "CNY"; }

Money Money::operator+(const Money& o) const {
  if (currency_ != o.currency_)
    throw ArithmeticError("cannot add " + std::string(chaincity::to_string(o.currency_)) + " to " +
                          std::string(chaincity::to_string(currency_)));
  return Money(amount_ + o.amount_, currency_);
}

Money Money::operator-(const Money& o) const {
  if (currency_ != o.currency_)
    throw ArithmeticError("cannot subtract " + std::string(chaincity::to_string(o.currency_)) + " from " +
                          std::string(chaincity::to_string(currency_)));
  return Money(amount_ - o.amount_, currency_);
}

std::string Money::to_string() const {
  return amount_.to_grouped_string() + " " + std::string(chaincity::to_string(currency_));
}

std::string Money::to_chinese_string() const {
  const char* unit = currency_ == Currency::usd ? "美元" : "元";
  const Decimal yi(100000000);
  const Decimal wan(10000);
  Decimal a = amount_.is_negative() ? -amount_ : amount_;
  std::string sign = amount_.is_negative() ? "-" : "";
  // Choose the largest Chinese unit that keeps the figure exact within four fractional digits.
  auto scaled_by = [&](const Decimal& base, std::int64_t div) -> std::optional<std::string> {
    if (a < base) return std::nullopt;
    Decimal::rep s = a.scaled();
    if (s % Decimal::rep(div) != 0) return std::nullopt;
    return Decimal::from_scaled(s / Decimal::rep(div)).to_string();
  };
  if (auto s = scaled_by(yi, 100000000)) return sign + *s + "亿" + unit;
  if (auto s = scaled_by(wan, 10000)) return sign + *s + "万" + unit;
  return sign + a.to_string() + unit;
}

}  // namespace v1
}  // namespace chaincity
