#include <chaincity/core/error.hpp>
#include <chaincity/text.hpp>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <opencc/SimpleConverter.hpp>

#include <memory>
#include <mutex>

#include "utf8.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

const opencc::SimpleConverter& t2s() {
  // Loaded once; SimpleConverter::Convert is const and keeps no per-call state, so sharing it is safe.
  static const opencc::SimpleConverter converter("t2s.json");
  return converter;
}

std::u32string decode_or_throw(std::string_view text) {
  auto d = detail::decode_utf8(text);
  if (!d)
    throw Error("expected UTF-8 text, got invalid bytes in \"" + detail::to_valid_utf8(text.substr(0, 40)) + "\"");
  return *d;
}

bool is_cjk(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;
}

bool is_word_char(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') ||
         (c >= 0xC0 && c < 0x2000 && u_isalnum(static_cast<UChar32>(c)));
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) detail::append_utf8(out, c);
  return out;
}

}  // namespace

std::string to_simplified(std::string_view text) {
  decode_or_throw(text);
  if (text.empty()) return {};
  return t2s().Convert(text.data(), text.size());
}

std::string normalize(std::string_view text) {
  decode_or_throw(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU normaliser unavailable: ") + u_errorName(status));
  icu::UnicodeString folded = nfkc_cf->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))), status);
  if (U_FAILURE(status)) throw Error(std::string("normalisation failed: ") + u_errorName(status));
  std::string utf8;
  folded.toUTF8String(utf8);
  std::string simplified = to_simplified(utf8);
  // Collapse white space.
  std::string out;
  bool space = false;
  for (char c : simplified) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string pinyin_key(std::string_view text) {
  decode_or_throw(text);
  // ICU transliterators are not thread-safe: each thread clones its own, once, from a prototype built under a lock.
  thread_local std::unique_ptr<icu::Transliterator> t;
  if (!t) {
    static std::mutex m;
    static std::unique_ptr<icu::Transliterator> prototype;
    std::lock_guard<std::mutex> lock(m);
    if (!prototype) {
      UErrorCode status = U_ZERO_ERROR;
      prototype.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
      if (U_FAILURE(status) || !prototype)
        throw Error(std::string("ICU Han-Latin unavailable: ") + u_errorName(status));
    }
    t.reset(prototype->clone());
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  t->transliterate(u);
  std::string ascii;
  u.toUTF8String(ascii);
  std::string out;
  for (char c : ascii)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
  return out;
}

std::vector<std::string> search_terms(std::string_view text) {
  std::u32string s = decode_or_throw(normalize(text));
  std::vector<std::string> terms;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_cjk(s[i])) {
      std::size_t j = i;
      while (j < s.size() && is_cjk(s[j])) ++j;
      if (j - i == 1) terms.push_back(encode(s.substr(i, 1)));
      for (std::size_t k = i; k + 1 < j; ++k) terms.push_back(encode(s.substr(k, 2)));
      i = j;
    } else if (is_word_char(s[i])) {
      std::size_t j = i;
      while (j < s.size() && is_word_char(s[j])) ++j;
      terms.push_back(encode(s.substr(i, j - i)));
      i = j;
    } else {
      ++i;
    }
  }
  return terms;
}

std::size_t display_width(std::string_view text) {
  auto s = detail::decode_utf8(text);
  if (!s) return text.size();
  std::size_t w = 0;
  for (char32_t c : *s) {
    auto ch = static_cast<UChar32>(c);
    int8_t type = u_charType(ch);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR || c == 0x200B) continue;
    auto eaw = static_cast<UEastAsianWidth>(u_getIntPropertyValue(ch, UCHAR_EAST_ASIAN_WIDTH));
    w += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  auto s = detail::decode_utf8(text);
  if (!s || width == 0) return std::string(text.substr(0, width));
  std::string out;
  std::size_t w = 0;
  for (char32_t c : *s) {
    std::string one;
    detail::append_utf8(one, c);
    std::size_t cw = display_width(one);
    if (w + cw + 1 > width) break;
    out += one;
    w += cw;
  }
  return out + "…";
}

std::string pad_to_width(std::string_view text, std::size_t width) {
  std::string out(text);
  for (std::size_t w = display_width(text); w < width; ++w) out.push_back(' ');
  return out;
}

std::string to_valid_utf8(std::string_view text) { return detail::to_valid_utf8(text); }

}  // namespace v1
}  // namespace chaincity
