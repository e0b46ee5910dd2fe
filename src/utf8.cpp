#include "utf8.hpp"

#include <unicode/unistr.h>

namespace chaincity::detail {

namespace {
// Decodes strict UTF-8 (no overlongs, surrogates or values past U+10FFFF), calling sink(c) for every code point;
// false at the first malformed sequence.
template <class Sink>
bool decode_each(std::string_view s, Sink&& sink) {
  for (std::size_t i = 0; i < s.size();) {
    auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {  // ASCII: the common case of ids and pinyin
      sink(static_cast<char32_t>(b0));
      ++i;
      continue;
    }
    int len = (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) return false;
    char32_t c = len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (int k = 1; k < len; ++k) {
      auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((b >> 6) != 0x2) return false;
      c = (c << 6) | (b & 0x3Fu);
    }
    static constexpr char32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min_for_len[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    sink(c);
    i += static_cast<std::size_t>(len);
  }
  return true;
}
}  // namespace

std::optional<std::u32string> decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  if (!decode_each(s, [&](char32_t c) { out.push_back(c); })) return std::nullopt;
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;  // counted without decoding into a buffer: every quote of every record is counted on load
  return decode_each(s, [&](char32_t) { ++n; }) ? n : std::string_view::npos;
}

char32_t fold_width(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000) return U' ';
  return c;
}

}  // namespace chaincity::detail

std::string chaincity::detail::to_valid_utf8(std::string_view s) {
  if (count_code_points(s) != std::string_view::npos) return std::string(s);
  // ICU substitutes U+FFFD for each malformed sequence.
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))).toUTF8String(out);
  return out;
}
