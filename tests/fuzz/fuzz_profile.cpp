// Fuzz target: company-profile JSON. Properties: a bad file throws a chaincity::Error; a good one gets offers from
// the embedded atlas in which grants and loans are never negative.
#include <chaincity/chaincity.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chaincity::ReadLimits limits;
  limits.max_bytes = 1 << 16;
  limits.max_depth = 16;
  try {
    chaincity::CompanyProfile p = chaincity::profile_from_json(fuzz_text(data, size), "fuzz.json", limits);
    for (const auto& o : chaincity::offers(chaincity::embedded_atlas(), p)) {
      FUZZ_CHECK(!o.grants.amount().is_negative());
      FUZZ_CHECK(!o.loans.amount().is_negative());
    }
  } catch (const chaincity::Error&) {
  }
  return 0;
}
