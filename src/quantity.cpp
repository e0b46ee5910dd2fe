// Parsing amounts, counts, shares and ranks as Chinese news writes them.
#include <chaincity/core/error.hpp>
#include <chaincity/core/quantity.hpp>

#include <array>
#include <utility>

#include "utf8.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

using detail::fold_width;

struct Cursor {
  std::u32string s;
  std::size_t i = 0;
  [[nodiscard]] bool done() const { return i >= s.size(); }
  [[nodiscard]] char32_t peek(std::size_t k = 0) const { return i + k < s.size() ? s[i + k] : U'\0'; }
  bool eat(std::u32string_view w) {
    if (s.compare(i, w.size(), w) == 0) {
      i += w.size();
      return true;
    }
    return false;
  }
  void skip_spaces() {
    while (!done() && peek() == U' ') ++i;
  }
};

// Longest first where one word is a prefix of another.
constexpr std::array<std::pair<std::u32string_view, Qualifier>, 21> prefix_words{{
    {U"最高不超过", Qualifier::up_to}, {U"最高可达", Qualifier::up_to},  {U"最高可获", Qualifier::up_to},
    {U"最高", Qualifier::up_to},       {U"不超过", Qualifier::up_to},    {U"最多", Qualifier::up_to},
    {U"上限", Qualifier::up_to},       {U"不少于", Qualifier::at_least}, {U"至少", Qualifier::at_least},
    {U"超过", Qualifier::more_than},   {U"逾", Qualifier::more_than},    {U"大约", Qualifier::about},
    {U"约", Qualifier::about},         {U"将近", Qualifier::nearly},     {U"接近", Qualifier::nearly},
    {U"近", Qualifier::nearly},        {U"仅", Qualifier::only},         {U"只有", Qualifier::only},
    {U"高达", Qualifier::as_many_as},  {U"达到", Qualifier::as_many_as}, {U"达", Qualifier::as_many_as},
}};

constexpr std::array<std::pair<std::u32string_view, Qualifier>, 6> suffix_words{{
    {U"以上", Qualifier::more_than},
    {U"以内", Qualifier::within},
    {U"左右", Qualifier::about},
    {U"以下", Qualifier::up_to},
    {U"多", Qualifier::more_than},
    {U"余", Qualifier::more_than},
}};

constexpr std::u32string_view count_units = U"家个項项所位名张張条條件人款次座只亩畝";

int digit_value(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
    case U'兩':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

long long small_unit(char32_t c) { return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0; }
long long big_unit(char32_t c) { return c == U'万' || c == U'萬' ? 10000 : c == U'亿' || c == U'億' ? 100000000 : 0; }

// Chinese numerals: 十, 二十五, 百, 一百零五, 二万五千, 百亿.
std::optional<Decimal> chinese_number(Cursor& c) {
  std::size_t start = c.i;
  Decimal total, section;
  long long number = -1;
  bool any = false;
  while (!c.done()) {
    char32_t ch = c.peek();
    if (int d = digit_value(ch); d >= 0) {
      number = d;
    } else if (long long u = small_unit(ch)) {
      section += Decimal(number < 0 ? 1 : number) * u;
      number = -1;
    } else if (long long b = big_unit(ch); b && any) {
      section += Decimal(number < 0 ? 0 : number);
      total += section * b;
      section = Decimal();
      number = -1;
    } else {
      break;
    }
    any = true;
    ++c.i;
  }
  if (!any) {
    c.i = start;
    return std::nullopt;
  }
  return total + section + Decimal(number < 0 ? 0 : number);
}

std::optional<Decimal> arabic_number(Cursor& c) {
  std::string ascii;
  std::size_t start = c.i;
  while (!c.done()) {
    char32_t ch = c.peek();
    if ((ch >= U'0' && ch <= U'9') || ch == U'.' || (ch == U',' && !ascii.empty())) {
      ascii.push_back(static_cast<char>(ch));
      ++c.i;
    } else {
      break;
    }
  }
  while (!ascii.empty() && (ascii.back() == ',' || ascii.back() == '.')) {  // "500," at a sentence end
    ascii.pop_back();
    --c.i;
  }
  auto d = Decimal::parse(ascii);
  if (!d) c.i = start;
  return d;
}

struct Parsed {
  Quantity q;
  bool explicit_unit = false;
};

// A number with its multipliers; `more` is set by 多/余 between the number and its multiplier (1000余万).
std::optional<Decimal> number_with_multipliers(Cursor& c, bool& had_multiplier, bool& more) {
  std::optional<Decimal> n = arabic_number(c);
  if (!n) {
    n = chinese_number(c);
    if (!n) return std::nullopt;
    // A Chinese numeral already consumed its own 万/亿; a further multiplier can follow only 十/百/千 (百万).
  }
  if (c.peek() == U'多' || c.peek() == U'余' || c.peek() == U'餘') {
    if (small_unit(c.peek(1)) || big_unit(c.peek(1))) {
      more = true;
      ++c.i;
    }
  }
  while (!c.done()) {
    long long m = small_unit(c.peek());
    if (!m) m = big_unit(c.peek());
    if (!m) break;
    n = *n * m;
    had_multiplier = true;
    ++c.i;
  }
  return n;
}

std::optional<Parsed> parse_quantity(std::string_view text) {
  auto decoded = detail::decode_utf8(text);
  if (!decoded) return std::nullopt;
  Cursor c;
  for (char32_t ch : *decoded) c.s.push_back(fold_width(ch));
  Parsed out;
  out.q.text = std::string(text);
  Qualifier qual = Qualifier::exact;
  c.skip_spaces();
  for (const auto& [w, q] : prefix_words) {
    if (c.eat(w)) {
      qual = q;
      break;
    }
  }
  bool rank = c.eat(U"第");
  bool lower_mult = false;
  bool more = false;
  auto lower = number_with_multipliers(c, lower_mult, more);
  if (!lower) return std::nullopt;
  if (more) qual = Qualifier::more_than;
  // 20多家 / 100余家: 多/余 before the unit
  if (c.peek() == U'多' || c.peek() == U'余' || c.peek() == U'餘') {
    qual = Qualifier::more_than;
    ++c.i;
  }
  // A range: 2-3家, 3~5个, 2000-4000万, 2至3家
  std::size_t before_range = c.i;
  if (c.peek() == U'-' || c.peek() == U'~' || c.peek() == U'—' || c.peek() == U'–' || c.peek() == U'至' ||
      c.peek() == U'到') {
    ++c.i;
    bool upper_mult = false;
    bool upper_more = false;
    if (auto upper = number_with_multipliers(c, upper_mult, upper_more); upper && !upper_more) {
      if (upper_mult && !lower_mult) {
        // 2000-4000万: the multiplier belongs to both ends. Find the factor by dividing the scaled values.
        Cursor again{c.s.substr(before_range + 1), 0};
        bool m2 = false, more2 = false;
        auto bare = arabic_number(again);
        (void)m2;
        (void)more2;
        if (bare && bare->scaled() != 0) {
          Decimal::rep factor = upper->scaled() / bare->scaled();
          lower = Decimal::from_scaled(lower->scaled() * factor);
        }
      }
      if (*upper < *lower) return std::nullopt;  // 50-5万: a range must not run backwards
      out.q.upper = upper;
      qual = Qualifier::between;
    } else {
      c.i = before_range;
    }
  }
  c.skip_spaces();
  Unit unit = Unit::count;
  if (c.eat(U"美元") || c.eat(U"美金") || c.eat(U"USD")) {
    unit = Unit::usd;
    out.explicit_unit = true;
  } else if (c.eat(U"元") || c.eat(U"CNY") || c.eat(U"人民币")) {
    unit = Unit::cny;
    out.explicit_unit = true;
  } else if (c.eat(U"%")) {
    unit = Unit::percent;
    out.explicit_unit = true;
  } else if (c.eat(U"吨") || c.eat(U"噸")) {
    unit = Unit::tonne;
    out.explicit_unit = true;
  } else if (!c.done() && count_units.find(c.peek()) != std::u32string_view::npos) {
    ++c.i;
    out.explicit_unit = true;
  }
  if (rank) {
    if (!c.done() && !out.explicit_unit) return std::nullopt;
    unit = Unit::rank;
    out.explicit_unit = true;
  }
  for (const auto& [w, q] : suffix_words) {
    if (c.eat(w)) {
      if (qual == Qualifier::exact) qual = q;
      break;
    }
  }
  c.skip_spaces();
  if (!c.done()) return std::nullopt;
  out.q.value = *lower;
  out.q.unit = unit;
  out.q.qualifier = qual;
  return out;
}

std::optional<Parsed> parse_checked(std::string_view text) {
  try {
    return parse_quantity(text);
  } catch (const std::overflow_error&) {  // a number too large for 128 bits is not a quantity the articles state
    return std::nullopt;
  } catch (const std::range_error&) {
    return std::nullopt;
  }
}

std::string quoted_input(std::string_view text) {
  std::string shown(text.substr(0, 60));
  if (!detail::decode_utf8(shown)) shown = "<not UTF-8>";
  return "\"" + shown + (text.size() > 60 ? "...\"" : "\"");
}

}  // namespace

Quantity Quantity::from_string(std::string_view text) {
  if (auto q = parse(text)) return *q;
  throw ParseError({}, "expected a quantity like 最高500万元, 10家以上 or 44.52%, got " + quoted_input(text));
}

Money Money::from_string(std::string_view text) {
  if (auto m = parse(text)) return *m;
  throw ParseError({}, "expected an amount like 500万元 or 12,520,000,000 CNY, got " + quoted_input(text));
}

std::optional<Quantity> Quantity::parse(std::string_view text) {
  auto p = parse_checked(text);
  if (!p) return std::nullopt;
  return std::move(p->q);
}

std::optional<Money> Money::parse(std::string_view text) {
  auto p = parse_checked(text);
  if (!p || p->q.qualifier != Qualifier::exact) return std::nullopt;
  if (p->q.unit == Unit::usd) return Money(p->q.value, Currency::usd);
  if (p->q.unit == Unit::cny || (p->q.unit == Unit::count && !p->explicit_unit)) return Money(p->q.value);
  return std::nullopt;
}

std::optional<Money> Quantity::money() const {
  if (unit == Unit::cny) return Money(value, Currency::cny);
  if (unit == Unit::usd) return Money(value, Currency::usd);
  return std::nullopt;
}

bool is_exact(Qualifier q) noexcept {
  return q == Qualifier::exact || q == Qualifier::only || q == Qualifier::as_many_as;
}

std::optional<Decimal> Quantity::upper_bound() const {
  switch (qualifier) {
    case Qualifier::between:
      return upper;
    case Qualifier::more_than:
    case Qualifier::at_least:
    case Qualifier::about:
      return std::nullopt;
    default:
      return value;  // exact, only, as_many_as, up_to, within, nearly
  }
}

std::optional<Decimal> Quantity::lower_bound() const {
  switch (qualifier) {
    case Qualifier::up_to:
    case Qualifier::within:
      return Decimal();
    case Qualifier::about:
    case Qualifier::nearly:
      return std::nullopt;
    default:
      return value;  // exact, only, as_many_as, between, more_than (exclusive), at_least
  }
}

std::string Quantity::describe() const {
  auto number = [&](const Decimal& d) {
    switch (unit) {
      case Unit::cny:
        return d.to_grouped_string() + " CNY";
      case Unit::usd:
        return d.to_grouped_string() + " USD";
      case Unit::percent:
        return d.to_string() + " %";
      case Unit::rank:
        return "#" + d.to_string();
      case Unit::tonne:
        return d.to_grouped_string() + " t";
      case Unit::count:
        break;
    }
    return d.to_grouped_string();
  };
  if (qualifier == Qualifier::between && upper) {
    std::string lo = unit == Unit::count ? value.to_grouped_string() : number(value);
    return lo + " to " + number(*upper);
  }
  static constexpr std::array<std::string_view, 10> words{"",       "about ",  "nearly ", "more than ", "at least ",
                                                          "up to ", "within ", "only ",   "",           "as many as "};
  return std::string(words[static_cast<std::size_t>(qualifier)]) + number(value);
}

}  // namespace v1
}  // namespace chaincity
