/// @file
/// @brief `PartialDate` (year, month or day precision), `DateRange`, and the basis on which a date was recorded.
#pragma once

#include <chaincity/export.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace chaincity {
inline namespace v1 {

/// @brief How much of a date the source gave.
enum class DatePrecision {
  year,   ///< "2017"
  month,  ///< "2017年6月"
  day,    ///< "2020年3月27日"
};

/// @brief How one partial date stands to another, read as the intervals of days they cover.
enum class DateOrder {
  before,       ///< every day of the first is before every day of the second
  after,        ///< every day of the first is after every day of the second
  same,         ///< the same date at the same precision
  overlapping,  ///< they share days but are not the same (e.g. 2017 and 2017-06)
};

/// @brief A calendar date known to year, month or day precision.
///
/// `2017-06` is the whole of June 2017: its earliest day is 2017-06-01 and its latest 2017-06-30. Comparisons
/// are on those intervals. The natural order (`<=>`) sorts by earliest day, then by precision (coarser first), so
/// that timelines are stable.
///
/// Example:
/// @code
/// auto d = chaincity::PartialDate::parse("2017年6月");
/// d->precision();                 // DatePrecision::month
/// d->contains(*chaincity::PartialDate::parse("2017-06-30"));  // true
/// d->to_string();                 // "2017-06"
/// @endcode
class PartialDate {
 public:
  /// @brief The year 2000 (a valid placeholder; use parse or of()).
  PartialDate() = default;

  /// @brief Makes a date, checking it.
  /// @param year 1..9999 @param month 0 for none, else 1..12 @param day 0 for none, else a valid day of the month
  /// @return the date, or empty when invalid (a day without a month, 2021-02-29 …)
  [[nodiscard]] CHAINCITY_API static std::optional<PartialDate> of(int year, int month = 0, int day = 0);
  /// @brief Parses `2017`, `2017-06`, `2017-06-05`, `2017/6/5`, `2017年`, `2017年6月`, `2020年3月27日`
  /// (ASCII or full-width digits).
  /// @param text the text
  /// @return the date, or empty when it does not parse or is not a real date
  [[nodiscard]] CHAINCITY_API static std::optional<PartialDate> parse(std::string_view text);
  /// @brief Parses like parse(), but says what was wrong.
  /// @param text the text
  /// @return the date
  /// @throws ParseError `expected a date like 2017, 2017-06, 2017年6月 or 2020年3月27日, got "…"`
  [[nodiscard]] CHAINCITY_API static PartialDate from_string(std::string_view text);

  /// @brief The year. @return the year
  [[nodiscard]] int year() const noexcept { return year_; }
  /// @brief The month, when known. @return 1..12 or empty
  [[nodiscard]] std::optional<int> month() const noexcept { return month_ ? std::optional<int>(month_) : std::nullopt; }
  /// @brief The day, when known. @return 1..31 or empty
  [[nodiscard]] std::optional<int> day() const noexcept { return day_ ? std::optional<int>(day_) : std::nullopt; }
  /// @brief The precision. @return year, month or day
  [[nodiscard]] DatePrecision precision() const noexcept {
    return day_ ? DatePrecision::day : month_ ? DatePrecision::month : DatePrecision::year;
  }

  /// @brief The first day the date covers. @return e.g. 2017-06-01 for 2017-06
  [[nodiscard]] boost::gregorian::date earliest() const {
    return {static_cast<unsigned short>(year_), static_cast<unsigned short>(month_ ? month_ : 1),
            static_cast<unsigned short>(day_ ? day_ : 1)};
  }
  /// @brief The last day the date covers. @return e.g. 2017-06-30 for 2017-06
  [[nodiscard]] boost::gregorian::date latest() const {
    if (day_) return earliest();
    if (month_) return earliest().end_of_month();
    return {static_cast<unsigned short>(year_), 12, 31};
  }
  /// @brief Whether every day of `other` lies within this date. @param other the other date @return the answer
  [[nodiscard]] bool contains(const PartialDate& other) const {
    return earliest() <= other.earliest() && other.latest() <= latest();
  }
  /// @brief Interval comparison. @param other the other date @return before, after, same or overlapping
  [[nodiscard]] DateOrder compare(const PartialDate& other) const {
    if (*this == other) return DateOrder::same;
    if (latest() < other.earliest()) return DateOrder::before;
    if (earliest() > other.latest()) return DateOrder::after;
    return DateOrder::overlapping;
  }
  /// @brief The same date moved by whole months, keeping its precision (a day that does not exist in the target
  /// month clamps to its last day).
  /// @param months how many months, may be negative
  /// @return the moved date
  /// @throws ArithmeticError when the result falls outside the years 1400 to 9999
  [[nodiscard]] CHAINCITY_API PartialDate plus_months(int months) const;

  /// @brief ISO-style text at the date's precision: `2017`, `2017-06`, `2020-03-27`.
  /// @return the text
  [[nodiscard]] CHAINCITY_API std::string to_string() const;
  /// @brief Chinese text: `2017年`, `2017年6月`, `2020年3月27日`.
  /// @return the text
  [[nodiscard]] CHAINCITY_API std::string to_chinese_string() const;

  /// @brief Equality: same fields at the same precision. @param o the other @return whether equal
  bool operator==(const PartialDate& o) const = default;
  /// @brief Sort order: by earliest day, then coarser precision first. @param o the other @return the ordering
  std::strong_ordering operator<=>(const PartialDate& o) const {
    if (auto c = year_ <=> o.year_; c != 0) return c;
    if (auto c = (month_ ? month_ : 1) <=> (o.month_ ? o.month_ : 1); c != 0) return c;
    if (auto c = (day_ ? day_ : 1) <=> (o.day_ ? o.day_ : 1); c != 0) return c;
    if (auto c = static_cast<int>(precision()) <=> static_cast<int>(o.precision()); c != 0) return c;
    return std::strong_ordering::equal;
  }

 private:
  int year_ = 2000;
  int month_ = 0;
  int day_ = 0;
};

/// @brief Where a partial date falls relative to a range.
enum class RangeMatch {
  inside,           ///< every day it covers is in the range
  possibly_inside,  ///< some of its days are in the range (e.g. 2020 against March–December 2020)
  outside,          ///< none of its days are
};

/// @brief A range of dates; either end may be open. Both ends are inclusive at their own precision
/// (`to = 2020` includes 2020-12-31).
struct DateRange {
  std::optional<PartialDate> from;  ///< the first date, or open
  std::optional<PartialDate> to;    ///< the last date, or open

  /// @brief Where a date falls. @param d the date @return inside, possibly inside or outside
  [[nodiscard]] RangeMatch classify(const PartialDate& d) const {
    bool all_after_start = !from || d.earliest() >= from->earliest();
    bool all_before_end = !to || d.latest() <= to->latest();
    if (all_after_start && all_before_end) return RangeMatch::inside;
    bool some_after_start = !from || d.latest() >= from->earliest();
    bool some_before_end = !to || d.earliest() <= to->latest();
    return some_after_start && some_before_end ? RangeMatch::possibly_inside : RangeMatch::outside;
  }
  /// @brief Whether the range is well formed (from does not start after to ends). @return the answer
  [[nodiscard]] bool ok() const { return !from || !to || from->earliest() <= to->latest(); }
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const DateRange& o) const = default;
};

/// @brief How a recorded date was obtained.
enum class DateBasis {
  stated,         ///< the text states it
  inferred_year,  ///< the text gives month/day; the year comes from the article's context
  derived,        ///< computed from another date ("7个月后")
};

/// @brief A date as recorded from a source: the date, its basis and how it was obtained.
struct RecordedDate {
  PartialDate value;                    ///< the date
  DateBasis basis = DateBasis::stated;  ///< how it was obtained
  std::string note;                     ///< for inferred or derived dates: how

  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const RecordedDate& o) const = default;
};

/// @brief Name of a precision (`year`, `month`, `day`). @param p the precision @return the name
[[nodiscard]] CHAINCITY_API std::string_view to_string(DatePrecision p) noexcept;
/// @brief Name of a basis (`stated`, `inferred_year`, `derived`). @param b the basis @return the name
[[nodiscard]] CHAINCITY_API std::string_view to_string(DateBasis b) noexcept;
/// @brief Name of an order (`before`, `after`, `same`, `overlapping`). @param o the order @return the name
[[nodiscard]] CHAINCITY_API std::string_view to_string(DateOrder o) noexcept;
/// @brief Name of a match (`inside`, `possibly_inside`, `outside`). @param m the match @return the name
[[nodiscard]] CHAINCITY_API std::string_view to_string(RangeMatch m) noexcept;

}  // namespace v1
}  // namespace chaincity
