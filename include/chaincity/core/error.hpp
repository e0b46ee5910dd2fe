/// @file
/// @brief The exception hierarchy of ChainCity: every error the library throws derives from chaincity::Error.
#pragma once

#include <chaincity/export.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief Root of every exception ChainCity throws.
class CHAINCITY_API Error : public std::runtime_error {
 public:
  /// @brief Creates an error with a message that says where and what was expected.
  /// @param message the full human-readable message
  explicit Error(const std::string& message);
};

/// @brief Where in an input something went wrong: file, JSON pointer, line and column (1-based; 0 = unknown).
struct Location {
  std::string file;          ///< the file name, or empty for a string input
  std::string json_pointer;  ///< RFC 6901 pointer to the offending value, e.g. `/parks/3/opened`
  std::size_t line = 0;      ///< 1-based line, 0 when unknown
  std::size_t column = 0;    ///< 1-based column (in bytes), 0 when unknown
};

/// @brief Formats a location as `file:line:col: /pointer` (parts that are unknown are left out).
/// @param where the location
/// @return the formatted location, empty when nothing is known
CHAINCITY_API std::string to_string(const Location& where);

/// @brief Malformed input: bad syntax, a wrong type, a value that does not parse (e.g. a date like "June").
class CHAINCITY_API ParseError : public Error {
 public:
  /// @brief Creates a parse error.
  /// @param where where the bad input is
  /// @param what_expected what was expected and what was found, e.g. `expected a date like 2017-06, got "June"`
  ParseError(Location where, const std::string& what_expected);
  /// @brief Where the bad input is.
  /// @return the location
  [[nodiscard]] const Location& where() const noexcept { return where_; }
  /// @brief The message without the location.
  /// @return what was expected and found
  [[nodiscard]] const std::string& detail() const noexcept { return detail_; }

 private:
  Location where_;
  std::string detail_;
};

/// @brief One problem found by validation.
struct Problem {
  Location where;       ///< the record and field, as a JSON pointer (with line when loaded from text)
  std::string message;  ///< what is wrong
};

/// @brief Well-formed input whose content is inconsistent: duplicate ids, dangling references, missing provenance.
/// Carries every problem found, not only the first.
class CHAINCITY_API ValidationError : public Error {
 public:
  /// @brief Creates a validation error from a non-empty list of problems.
  /// @param problems what was found
  explicit ValidationError(std::vector<Problem> problems);
  /// @brief Every problem found.
  /// @return the problems, in the order found
  [[nodiscard]] const std::vector<Problem>& problems() const noexcept { return problems_; }

 private:
  std::vector<Problem> problems_;
};

/// @brief A file could not be read or written (the message names the file and the system's reason).
class CHAINCITY_API IoError : public Error {
 public:
  using Error::Error;
};

/// @brief Arithmetic that has no exact answer: amounts in different currencies, overflow.
class CHAINCITY_API ArithmeticError : public Error {
 public:
  using Error::Error;
};

/// @brief A lookup by id found nothing.
class CHAINCITY_API NotFoundError : public Error {
 public:
  using Error::Error;
};

}  // namespace v1
}  // namespace chaincity
