/// @file
/// @brief Limits on hostile input, checked while reading any JSON file (atlas, methodology, company profile).
#pragma once

#include <cstddef>
#include <cstdint>

namespace chaincity {
inline namespace v1 {

/// @brief Limits on what a JSON reader accepts. A file beyond a limit is rejected with a ParseError that names the
/// file, the JSON pointer where the limit was crossed and the limit, before any large allocation for it is made.
///
/// @code
/// chaincity::ReadLimits strict;
/// strict.max_bytes = 10 << 20;  // 10 MiB from an untrusted upload
/// strict.max_depth = 16;
/// chaincity::Atlas a = chaincity::load_atlas("upload.json", strict);
/// @endcode
struct ReadLimits {
  std::uint64_t max_bytes = std::uint64_t{4} << 30;     ///< the largest file or text, in bytes (default 4 GiB)
  std::size_t max_depth = 64;                           ///< the deepest nesting of arrays and objects (default 64)
  std::size_t max_string_bytes = std::size_t{1} << 20;  ///< the longest string or key, in bytes (default 1 MiB)
};

}  // namespace v1
}  // namespace chaincity
