// Private: UTF-8 <-> UTF-32 for the small parsers (amounts, dates). Not installed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chaincity::detail {

/// Decodes UTF-8; returns empty on malformed input (overlong forms, surrogates, truncation).
std::optional<std::u32string> decode_utf8(std::string_view s);
/// Encodes one code point.
void append_utf8(std::string& out, char32_t c);
/// Number of code points, or npos when malformed.
std::size_t count_code_points(std::string_view s);
/// The text with every malformed UTF-8 sequence replaced by U+FFFD (valid input comes back unchanged).
std::string to_valid_utf8(std::string_view s);
/// Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space folded to ASCII.
char32_t fold_width(char32_t c);

}  // namespace chaincity::detail
