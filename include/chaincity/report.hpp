/// @file
/// @brief The HTML report: the ranking, pillar radars, timelines, incentives, the methodology and every number's
/// source, drawn as inline SVG in one self-contained page.
///
/// ```cpp
/// chaincity::ReportOptions o;
/// o.language = chaincity::ReportLanguage::en;
/// o.compare = {"guangzhou", "guiyang"};
/// chaincity::save_report(chaincity::embedded_atlas(), o, "report.html");
/// ```
///
/// The page loads nothing: no scripts, fonts, images or styles from elsewhere, and a Content-Security-Policy that
/// forbids them. Every string taken from the data is escaped for HTML and SVG. Chinese text uses the reader's
/// system CJK fonts; the layout fits a laptop screen and prints on A4.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/core/date.hpp>
#include <chaincity/export.hpp>
#include <chaincity/rank/methodology.hpp>
#include <chaincity/rank/ranking.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief The language of the report's labels (the data's own text is shown as the sources give it).
enum class ReportLanguage {
  zh,  ///< 简体中文 labels and Simplified city names
  en,  ///< English labels and English city names
};

/// @brief Progress of long work: called with a stage name, the units done and the units in all.
/// `done == total` marks the end of a stage. Called from the calling thread only.
using ProgressCallback = std::function<void(std::string_view stage, std::size_t done, std::size_t total)>;

/// @brief What a report shows and how.
struct ReportOptions {
  Methodology methodology = Methodology::default_index();  ///< the index to rank by
  std::optional<PartialDate> as_of;                        ///< report only what was known by this date
  ReportLanguage language = ReportLanguage::zh;            ///< label language
  SensitivityOptions sensitivity;                          ///< the Monte-Carlo analysis behind the rank intervals
  std::size_t radar_cities = 3;                            ///< how many of the top cities get a pillar radar
  /// @brief Two cities (any script) to draw side by side on one radar; empty: the top two of the ranking.
  std::vector<std::string> compare;
  std::string title;          ///< the page title; empty: a default in the report's language
  std::string data_label;     ///< where the data came from (a file name); empty: "the embedded atlas"
  ProgressCallback progress;  ///< optional: told of progress (sensitivity runs, then each section)
};

/// @brief Renders the report as one self-contained HTML page.
/// @param atlas the atlas
/// @param options what to show
/// @return the HTML text (UTF-8)
/// @throws NotFoundError when `compare` does not name exactly two ranked cities
/// @throws ValidationError when the methodology is invalid
[[nodiscard]] CHAINCITY_API std::string render_report(const Atlas& atlas, const ReportOptions& options = {});

/// @brief Renders the report and writes it atomically (a temporary file in the same directory, then a rename):
/// the file is either the old one or the complete new one.
/// @param atlas the atlas @param options what to show @param path the destination
/// @throws IoError when the file cannot be written, and every error of render_report()
CHAINCITY_API void save_report(const Atlas& atlas, const ReportOptions& options, const std::filesystem::path& path);

/// @brief Escapes text for HTML and for SVG inside HTML, in element content and in quoted attributes:
/// `&`, `<`, `>`, `"` and `'` become character references, and control characters other than tab and newline are
/// dropped. Invalid UTF-8 is replaced by U+FFFD.
/// @param text the text
/// @return the escaped text
[[nodiscard]] CHAINCITY_API std::string escape_html(std::string_view text);

/// @brief Monte-Carlo analysis as sensitivity(), telling `progress` after each run (stage `sensitivity`).
/// @param atlas the atlas @param m the methodology @param options runs, seed, what varies
/// @param progress called with (`sensitivity`, runs done, runs in all); may be empty
/// @return per city, in nominal rank order (the same as sensitivity() with the same options)
[[nodiscard]] CHAINCITY_API std::vector<RankInterval> sensitivity(const Atlas& atlas, const Methodology& m,
                                                                  const SensitivityOptions& options,
                                                                  const ProgressCallback& progress);

}  // namespace v1
}  // namespace chaincity
