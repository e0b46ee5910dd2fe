// Fuzz target: the amount parsers (Money, Quantity, Decimal). Properties: parse() never throws; from_string() throws
// only ParseError; a parsed amount written in Chinese parses back to the same amount.
#include <chaincity/chaincity.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz_text(data, size);
  if (auto m = chaincity::Money::parse(text)) {
    auto again = chaincity::Money::parse(m->to_chinese_string());
    FUZZ_CHECK(again && *again == *m);
    (void)m->to_string();
  }
  try {
    (void)chaincity::Money::from_string(text);
  } catch (const chaincity::ParseError&) {
  }
  if (auto q = chaincity::Quantity::parse(text)) {
    (void)q->describe();
    if (auto lo = q->lower_bound(), hi = q->upper_bound(); lo && hi) FUZZ_CHECK(!(*hi < *lo));
  }
  if (auto d = chaincity::Decimal::parse(text)) {
    auto again = chaincity::Decimal::parse(d->to_string());
    FUZZ_CHECK(again && *again == *d);
  }
  return 0;
}
