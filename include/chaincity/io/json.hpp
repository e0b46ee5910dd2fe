/// @file
/// @brief Loading and saving atlases as JSON (format: docs/atlas-format.md, schema: data/atlas.schema.json).
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/export.hpp>
#include <chaincity/io/limits.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace chaincity {
inline namespace v1 {

/// @brief The atlas format version this library reads and writes.
inline constexpr int atlas_schema_version = 1;

/// @brief Loads and validates an atlas file.
///
/// Loading is all-or-nothing: it returns a new Atlas or throws, so `atlas = load_atlas(path);` leaves `atlas`
/// untouched on failure.
/// @param path the file
/// @return the atlas
/// @throws IoError when the file cannot be read
/// @throws ParseError for bad JSON or a value of the wrong shape, with file, line, column and JSON pointer
/// (`atlas.json:12:20: /parks/3/opened: expected a date like 2017-06, got "June"`)
/// @throws ValidationError for inconsistent content (duplicate ids, unknown references), every problem with its
/// pointer and line
[[nodiscard]] CHAINCITY_API Atlas load_atlas(const std::filesystem::path& path);

/// @brief Loads and validates an atlas from JSON text.
/// @param json the text
/// @param name_for_errors the name errors give as the file (e.g. `<stdin>`)
/// @return the atlas
/// @throws ParseError, ValidationError as load_atlas()
[[nodiscard]] CHAINCITY_API Atlas load_atlas_from_string(std::string_view json, std::string_view name_for_errors = {});

/// @brief Loads and validates an atlas file with limits on hostile input (size, nesting depth, string length).
/// @param path the file @param limits the limits
/// @return the atlas
/// @throws IoError, ParseError (also for a limit crossed, naming the pointer and the limit), ValidationError
[[nodiscard]] CHAINCITY_API Atlas load_atlas(const std::filesystem::path& path, const ReadLimits& limits);

/// @brief Loads and validates an atlas from JSON text with limits on hostile input.
/// @param json the text @param name_for_errors the name errors give as the file @param limits the limits
/// @return the atlas
/// @throws ParseError (also for a limit crossed), ValidationError
[[nodiscard]] CHAINCITY_API Atlas load_atlas_from_string(std::string_view json, std::string_view name_for_errors,
                                                         const ReadLimits& limits);

/// @brief The canonical JSON text of an atlas: fixed key order, two-space indent, UTF-8, a final newline.
/// Loading it gives an equal atlas, and writing that again gives the same text.
/// @param atlas the atlas
/// @return the text
[[nodiscard]] CHAINCITY_API std::string to_json(const Atlas& atlas);

/// @brief The canonical JSON of one record (compact, the same fields as in an atlas file), for tools that print or
/// exchange single records. An incentive item is written as in its scheme's `items`.
/// @param atlas the atlas @param ref the record
/// @return the JSON text
/// @throws NotFoundError when the atlas has no such record
[[nodiscard]] CHAINCITY_API std::string to_json(const Atlas& atlas, const RecordRef& ref);

/// @name One record as JSON
/// @brief `record_to_json` writes one record in the atlas format (compact); `record_from_json` reads one back, with
/// the same strict checks and pointer-precise ParseError as a whole atlas (references are not resolved: that needs
/// an atlas). Used by the nlohmann/json adapter (`chaincity/io/nlohmann.hpp`).
/// @{
/// @brief Writes a source. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const Source& r);
/// @brief Writes a city. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const City& r);
/// @brief Writes a policy document. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const PolicyDocument& r);
/// @brief Writes a park. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const IndustrialPark& r);
/// @brief Writes an incentive scheme. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const IncentiveScheme& r);
/// @brief Writes an indicator. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const Indicator& r);
/// @brief Writes an event. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const Event& r);
/// @brief Writes an application. @param r the record @return compact JSON
[[nodiscard]] CHAINCITY_API std::string record_to_json(const Application& r);
/// @brief Reads a source. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, Source& out);
/// @brief Reads a city. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, City& out);
/// @brief Reads a policy document. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, PolicyDocument& out);
/// @brief Reads a park. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, IndustrialPark& out);
/// @brief Reads an incentive scheme. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, IncentiveScheme& out);
/// @brief Reads an indicator. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, Indicator& out);
/// @brief Reads an event. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, Event& out);
/// @brief Reads an application. @param json the text @param out the record @throws ParseError
CHAINCITY_API void record_from_json(std::string_view json, Application& out);
/// @}

/// @brief Saves an atlas atomically: writes a temporary file in the same directory, flushes it to disk, then
/// renames it over `path`. A reader sees the old file or the new one, never a mix; on failure the old file stays.
/// @param atlas the atlas
/// @param path the destination
/// @throws IoError when the file cannot be written (the message names the file and the reason)
CHAINCITY_API void save_atlas(const Atlas& atlas, const std::filesystem::path& path);

/// @brief The atlas compiled into the library (data/atlas.json at build time): every fact of the five seed
/// articles. Parsed once on first use; thread-safe; the same object on every call.
/// @return the embedded atlas
[[nodiscard]] CHAINCITY_API const Atlas& embedded_atlas();

/// @brief The JSON text of the embedded atlas, as compiled in.
/// @return the text
[[nodiscard]] CHAINCITY_API std::string_view embedded_atlas_json() noexcept;

}  // namespace v1
}  // namespace chaincity
