#include <chaincity/io/json.hpp>

#include <cstddef>

namespace chaincity::detail {
// Defined in the source generated from data/atlas.json at build time (cmake/embed.cmake).
extern const char embedded_atlas_bytes[];
extern const std::size_t embedded_atlas_size;
}  // namespace chaincity::detail

namespace chaincity {
inline namespace v1 {

std::string_view embedded_atlas_json() noexcept { return {detail::embedded_atlas_bytes, detail::embedded_atlas_size}; }

const Atlas& embedded_atlas() {
  // Thread-safe one-time initialisation (C++11 magic statics); the curated atlas is validated by the tests, so a
  // failure here is a build defect and propagates as the load's own exception.
  static const Atlas atlas = load_atlas_from_string(embedded_atlas_json(), "data/atlas.json (embedded)");
  return atlas;
}

}  // namespace v1
}  // namespace chaincity
