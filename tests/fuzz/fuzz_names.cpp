// Fuzz target: name resolution and keyword search over the embedded atlas, and the text functions under them.
// Properties: valid UTF-8 never throws, invalid UTF-8 throws at most chaincity::Error; a resolved city exists; search
// scores are finite and sorted; width functions agree.
#include <chaincity/chaincity.hpp>

#include <cmath>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz_text(data, size);
  (void)chaincity::escape_html(text);
  if (chaincity::to_valid_utf8(text) != text) {
    // Not UTF-8: each function returns or says so with a chaincity::Error; nothing else escapes.
    auto either = [](auto&& f) {
      try {
        f();
      } catch (const chaincity::Error&) {
      }
    };
    either([&] {
      (void)chaincity::resolve_name(chaincity::embedded_atlas().as_of(chaincity::PartialDate::from_string("2016")),
                                    text);
    });
    either([&] {
      (void)chaincity::search(chaincity::embedded_atlas().as_of(chaincity::PartialDate::from_string("2016")), text, {},
                              10);
    });
    either([&] { (void)chaincity::normalize(text); });
    either([&] { (void)chaincity::display_width(text); });
    return 0;
  }
  const chaincity::Atlas& atlas = chaincity::embedded_atlas();
  // Built once: resolve_name() and search() index the atlas on every call, too slow for fuzzing the full atlas.
  static const chaincity::NameIndex names(atlas);
  static const chaincity::Atlas early = atlas.as_of(chaincity::PartialDate::from_string("2017-06"));
  chaincity::Resolution r = names.resolve(text);
  if (r.match && !r.match->city.empty()) FUZZ_CHECK(atlas.find_city(r.match->city) != nullptr);
  FUZZ_CHECK(r.candidates.size() <= 5);
  auto hits = chaincity::search(early, text, {}, 10);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    FUZZ_CHECK(std::isfinite(hits[i].score));
    if (i > 0) FUZZ_CHECK(hits[i - 1].score >= hits[i].score);
  }
  (void)chaincity::normalize(text);
  (void)chaincity::pinyin_key(text);
  (void)chaincity::search_terms(text);
  std::size_t w = chaincity::display_width(text);
  FUZZ_CHECK(chaincity::display_width(chaincity::truncate_to_width(text, 7)) <= 7);
  FUZZ_CHECK(chaincity::display_width(chaincity::pad_to_width(text, w + 3)) == w + 3);
  return 0;
}
