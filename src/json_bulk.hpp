// Private: the two atlas readers behind load_atlas, for tests and fuzzers that check they agree. Not installed.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/export.hpp>
#include <chaincity/io/limits.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace chaincity::detail {

/// The bulk loader (simdjson, records built on every core): the atlas, or nothing when the text holds anything it
/// does not accept (then the checked reader reports the problem).
CHAINCITY_API std::optional<Atlas> read_atlas_bulk(std::string_view text, const ReadLimits& limits = {});
/// The checked reader (nlohmann/json): the atlas, or a ParseError / ValidationError naming file, line and pointer.
CHAINCITY_API Atlas read_atlas_checked(std::string_view text, const std::string& file, const ReadLimits& limits = {});

}  // namespace chaincity::detail
