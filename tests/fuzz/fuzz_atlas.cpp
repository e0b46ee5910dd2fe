// Fuzz target: the atlas JSON loader. Properties: a bad file throws a chaincity::Error (never anything else, never
// a crash); a good one saved and loaded again gives the same atlas, and saving that gives the same text.
#include <chaincity/chaincity.hpp>

#include "fuzz_common.hpp"
#include "json_bulk.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chaincity::ReadLimits limits;
  limits.max_bytes = 1 << 20;
  limits.max_depth = 32;
  // The bulk loader never accepts what the checked reader rejects, and reads what it accepts the same way.
  std::optional<chaincity::Atlas> bulk = chaincity::detail::read_atlas_bulk(fuzz_text(data, size), limits);
  try {
    chaincity::Atlas checked = chaincity::detail::read_atlas_checked(fuzz_text(data, size), "fuzz.json", limits);
    FUZZ_CHECK(!bulk || *bulk == checked);
  } catch (const chaincity::Error&) {
    FUZZ_CHECK(!bulk);
  }
  try {
    chaincity::Atlas a = chaincity::load_atlas_from_string(fuzz_text(data, size), "fuzz.json", limits);
    std::string text = chaincity::to_json(a);
    chaincity::Atlas b = chaincity::load_atlas_from_string(text, "saved.json");
    FUZZ_CHECK(chaincity::to_json(b) == text);
    FUZZ_CHECK(a.record_count() == b.record_count());
    (void)chaincity::summarize(b);
    (void)chaincity::timeline(b);
  } catch (const chaincity::Error&) {
  }
  return 0;
}
