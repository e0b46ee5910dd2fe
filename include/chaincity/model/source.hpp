/// @file
/// @brief `Source`: an article (or a flash-news item inside one) that facts are drawn from.
#pragma once

#include <chaincity/core/date.hpp>
#include <chaincity/export.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace chaincity {
inline namespace v1 {

/// @brief What kind of text a source is.
enum class SourceKind {
  article,  ///< the article itself
  insert,   ///< an unrelated flash-news item interleaved into an article; excluded unless asked for
};

/// @brief The script a source is written in.
enum class Script {
  simplified,   ///< 简体
  traditional,  ///< 繁體
};

/// @brief A source text.
struct Source {
  std::string id;                         ///< an article's file name; `<file>#insert-<n>` for an insert
  SourceKind kind = SourceKind::article;  ///< article or insert
  std::string file;                       ///< the seed file the text is in
  std::optional<std::string> title;       ///< the headline, when the file has one
  std::optional<std::string> outlet;      ///< the publisher or column named in the text
  std::optional<std::string> author;      ///< the author, when named
  std::optional<RecordedDate> published;  ///< when it was published (stated or inferred)
  Script script = Script::simplified;     ///< the script
  std::optional<std::string> note;        ///< a curator's note
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Source& o) const = default;
};

/// @brief Name of a source kind. @param k the kind @return `article` or `insert`
[[nodiscard]] CHAINCITY_API std::string_view to_string(SourceKind k) noexcept;
/// @brief Name of a script. @param s the script @return `simplified` or `traditional`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Script s) noexcept;

}  // namespace v1
}  // namespace chaincity
