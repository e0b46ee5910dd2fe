// Fuzz target: methodology JSON. Properties: a bad file throws a chaincity::Error; a good one written and read
// again gives the same text, and ranks the embedded atlas without crashing.
#include <chaincity/chaincity.hpp>

#include <cmath>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chaincity::ReadLimits limits;
  limits.max_bytes = 1 << 16;
  limits.max_depth = 16;
  try {
    chaincity::Methodology m = chaincity::methodology_from_json(fuzz_text(data, size), "fuzz.json", limits);
    std::string text = chaincity::to_json(m);
    FUZZ_CHECK(chaincity::to_json(chaincity::methodology_from_json(text, "saved.json")) == text);
    chaincity::Ranking r = chaincity::rank(chaincity::embedded_atlas(), m);
    for (const auto& c : r.cities) FUZZ_CHECK(!std::isnan(c.score) && c.rank >= 1);
  } catch (const chaincity::Error&) {
  }
  return 0;
}
