// Private: finds the line and column of a JSON pointer in JSON text, so that content errors name a line too.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace chaincity::detail {

/// Line and column (1-based, column in bytes) of the value at `pointer`, or of the deepest ancestor found;
/// {0, 0} when the text cannot be scanned.
std::pair<std::size_t, std::size_t> locate_pointer(std::string_view json, std::string_view pointer);
/// Line and column (1-based) of a byte offset.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset);

}  // namespace chaincity::detail
