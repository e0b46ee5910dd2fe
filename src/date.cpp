#include <chaincity/core/date.hpp>
#include <chaincity/core/error.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <string>

#include "utf8.hpp"

namespace chaincity {
inline namespace v1 {

std::optional<PartialDate> PartialDate::of(int year, int month, int day) {
  if (year < 1400 || year > 9999 || month < 0 || month > 12 || day < 0 || (day > 0 && month == 0)) return std::nullopt;
  if (day > 0) {
    auto last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                       static_cast<unsigned short>(month));
    if (day > last) return std::nullopt;
  }
  PartialDate d;
  d.year_ = year;
  d.month_ = month;
  d.day_ = day;
  return d;
}

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
  auto decoded = detail::decode_utf8(text);
  if (!decoded) return std::nullopt;
  // Tokenise into up to three numbers with their separators; the separators must all be ASCII (-, /, .) or all
  // Chinese (年, 月, 日).
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int n = 0;
  std::u32string seps;
  for (char32_t raw : *decoded) {
    char32_t c = detail::fold_width(raw);
    if (c >= U'0' && c <= U'9') {
      if (n == 3) return std::nullopt;
      if (++digits[n] > 4) return std::nullopt;
      parts[n] = parts[n] * 10 + static_cast<int>(c - U'0');
    } else if (c == U'-' || c == U'/' || c == U'.' || c == U'年' || c == U'月' || c == U'日' || c == U'号') {
      if (n == 3 || digits[n] == 0) return std::nullopt;
      seps.push_back(c);
      ++n;
    } else if (c == U' ' && n < 3 && digits[n] == 0 && seps.empty()) {
      // leading space
    } else {
      return std::nullopt;
    }
  }
  int count = n + (n < 3 && digits[n] > 0 ? 1 : 0);
  if (count == 0 || digits[0] != 4) return std::nullopt;
  bool chinese = !seps.empty() && (seps[0] == U'年');
  if (chinese) {
    // 2017年, 2017年6月, 2020年3月27日 (the last unit may be omitted only for 年 alone)
    static constexpr char32_t units[3] = {U'年', U'月', U'日'};
    if (static_cast<int>(seps.size()) != count) return std::nullopt;
    for (std::size_t k = 0; k < seps.size(); ++k)
      if (seps[k] != units[k] && !(k == 2 && seps[k] == U'号')) return std::nullopt;
  } else {
    if (static_cast<int>(seps.size()) != count - 1) return std::nullopt;  // no trailing separator
    for (char32_t s : seps)
      if (s != seps[0] || s == U'年' || s == U'月' || s == U'日' || s == U'号') return std::nullopt;
    for (int k = 1; k < count; ++k)
      if (digits[k] > 2) return std::nullopt;
  }
  return of(parts[0], count > 1 ? parts[1] : 0, count > 2 ? parts[2] : 0);
}

PartialDate PartialDate::from_string(std::string_view text) {
  if (auto d = parse(text)) return *d;
  std::string shown(text.substr(0, 40));
  if (!detail::decode_utf8(shown)) shown = "<not UTF-8>";
  throw ParseError({}, "expected a date like 2017, 2017-06, 2017年6月 or 2020年3月27日, got \"" + shown + "\"");
}

PartialDate PartialDate::plus_months(int months) const {
  // Years stay within 1400..9999 (what PartialDate holds): beyond is an ArithmeticError, never an overflow.
  // A year-precision date moves by whole years (months / 12, toward zero).
  const long long index = month_ ? static_cast<long long>(year_) * 12 + (month_ - 1) + months
                                 : (static_cast<long long>(year_) + months / 12) * 12;
  if (index < 1400LL * 12 || index >= 10000LL * 12)
    throw ArithmeticError(to_string() + " plus " + std::to_string(months) +
                          " months: expected a date in the years 1400 to 9999");
  if (!month_) {
    PartialDate d = *this;
    d.year_ = static_cast<int>(index / 12);
    return d;
  }
  PartialDate d;
  d.year_ = static_cast<int>(index / 12);
  d.month_ = static_cast<int>(index % 12) + 1;
  if (day_) {
    int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(d.year_),
                                                                      static_cast<unsigned short>(d.month_));
    d.day_ = day_ > last ? last : day_;
  }
  return d;
}

std::string PartialDate::to_string() const {
  char buf[32];  // snprintf rather than string concatenation: GCC 12 warns falsely (-Wrestrict) on the latter at -O2
  if (day_)
    std::snprintf(buf, sizeof buf, "%d-%02d-%02d", year_, month_, day_);
  else if (month_)
    std::snprintf(buf, sizeof buf, "%d-%02d", year_, month_);
  else
    std::snprintf(buf, sizeof buf, "%d", year_);
  return buf;
}

std::string PartialDate::to_chinese_string() const {
  std::string out = std::to_string(year_) + "年";
  if (month_) out += std::to_string(month_) + "月";
  if (day_) out += std::to_string(day_) + "日";
  return out;
}

}  // namespace v1
}  // namespace chaincity
