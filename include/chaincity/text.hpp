/// @file
/// @brief One normal form for Chinese names and keywords across scripts: NFKC, Traditional→Simplified (phrase
/// level), case folding; pinyin keys; search terms; terminal display width.
///
/// OpenCC and ICU do the work inside the library; nothing of theirs appears here.
#pragma once

#include <chaincity/export.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief Converts Traditional Chinese to Simplified at phrase level (OpenCC `t2s`): 貴陽 → 贵阳, 區塊鏈 → 区块链,
/// and 乾隆 stays 乾隆 (a character-by-character table would give 干隆). Other text passes through.
/// @param text UTF-8 text
/// @return the Simplified text
/// @throws Error when the text is not valid UTF-8
[[nodiscard]] CHAINCITY_API std::string to_simplified(std::string_view text);

/// @brief The normal form used for matching: NFKC (full-width → ASCII), Traditional → Simplified, case folded,
/// white space collapsed and trimmed. `貴陽`, `贵阳` and `ＧＵＩＹＡＮＧ` normalise to `贵阳`, `贵阳`, `guiyang`.
/// @param text UTF-8 text
/// @return the normal form
/// @throws Error when the text is not valid UTF-8
[[nodiscard]] CHAINCITY_API std::string normalize(std::string_view text);

/// @brief A pinyin key: toneless lowercase ASCII with no spaces or punctuation (`Guìyáng` → `guiyang`,
/// `Wèilái Kējìchéng` → `weilaikejicheng`). Text that is already Latin is folded the same way; Han characters are
/// transliterated by ICU's Han→Latin, which reads characters one by one and can get polyphones wrong (黄埔 →
/// `huangbu`), so curated pinyin should be preferred wherever the atlas has it.
/// @param text UTF-8 text (pinyin with tone marks, or Han characters)
/// @return the key
[[nodiscard]] CHAINCITY_API std::string pinyin_key(std::string_view text);

/// @brief Search terms for text in any script: every word of Latin letters or digits, and every pair of adjacent
/// CJK characters (and single CJK characters standing alone), after normalize(). Bigrams make 区块链 findable even
/// though a dictionary word break splits it as 区块|链.
/// @param text UTF-8 text
/// @return the terms, in order, with repeats
[[nodiscard]] CHAINCITY_API std::vector<std::string> search_terms(std::string_view text);

/// @brief Terminal columns the text occupies: East Asian Wide and Fullwidth characters count 2, combining marks 0,
/// others 1.
/// @param text UTF-8 text
/// @return the width in columns
[[nodiscard]] CHAINCITY_API std::size_t display_width(std::string_view text);

/// @brief Cuts text to at most a display width, ending with `…` when something was cut.
/// @param text UTF-8 text @param width the maximum width in columns (at least 1)
/// @return the text, whole or cut
[[nodiscard]] CHAINCITY_API std::string truncate_to_width(std::string_view text, std::size_t width);

/// @brief The text with every malformed UTF-8 sequence replaced by U+FFFD; valid text comes back unchanged.
/// For echoing untrusted input (error messages, output) without producing invalid UTF-8.
/// @param text any bytes
/// @return valid UTF-8
[[nodiscard]] CHAINCITY_API std::string to_valid_utf8(std::string_view text);

/// @brief Pads text with spaces on the right to a display width (no truncation).
/// @param text UTF-8 text @param width the target width in columns
/// @return the padded text
[[nodiscard]] CHAINCITY_API std::string pad_to_width(std::string_view text, std::size_t width);

}  // namespace v1
}  // namespace chaincity
