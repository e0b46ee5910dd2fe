// Fuzz target: the partial-date parser. Properties: parse() never throws; a parsed date prints and parses back to
// itself; its earliest day is not after its latest; comparing it with itself says "same"; moving it by months
// stays within the years it can hold or throws ArithmeticError.
#include <chaincity/chaincity.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz_text(data, size);
  auto d = chaincity::PartialDate::parse(text);
  if (!d) return 0;
  auto again = chaincity::PartialDate::parse(d->to_string());
  FUZZ_CHECK(again && *again == *d);
  FUZZ_CHECK(d->earliest() <= d->latest());
  FUZZ_CHECK(d->compare(*d) == chaincity::DateOrder::same);
  (void)d->to_chinese_string();
  for (int months : {13, -13, 1200, -100000}) {
    try {
      chaincity::PartialDate moved = d->plus_months(months);
      FUZZ_CHECK(moved.year() >= 1400 && moved.year() <= 9999);
      (void)moved.earliest();
      (void)moved.latest();
    } catch (const chaincity::ArithmeticError&) {
    }
  }
  return 0;
}
