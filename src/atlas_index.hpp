// Indexes an Atlas builds on first use and keeps for its lifetime (shared by every copy): compact per-policy
// columns, per-city postings with the issue dates inline, and an inverted index of the keyword terms of titles and
// descriptions. Queries read them instead of walking the records.
#pragma once

#include <chaincity/atlas.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace chaincity::detail {

/// One policy document as the filters see it: 16 bytes, so a city's documents are read in one sequential sweep.
struct PolicyEntry {
  std::uint32_t id = 0;  // position in Atlas::policies()
  std::int32_t lo = 0;   // first possible day of the issue date (day number); undated: see `dated`
  std::int32_t hi = 0;   // last possible day
  std::uint8_t level = 0;
  std::uint8_t flags = 0;
};
inline constexpr std::uint8_t entry_dated = 1;
inline constexpr std::uint8_t entry_insert_only = 2;

// The documents of one city key.
struct CityPostings {
  std::vector<PolicyEntry> entries;  // atlas order
  bool is_city = false;              // the key is the id of a city of the atlas
  // For counting: per issuer level and per [article-backed, insert-only], the dated entries sorted by first day, and
  // the number of undated ones.
  std::array<std::array<std::vector<PolicyEntry>, 2>, 4> dated;
  std::array<std::array<std::uint32_t, 2>, 4> undated{};
};

struct PolicyIndex {
  std::vector<PolicyEntry> all;  // every document, atlas order
  // Documents by the city key PolicyQuery::city reads: the scope's city (even empty) and every named city, each
  // document once per key.
  std::unordered_map<std::string, CityPostings> by_city;
  // The keys that are cities of the atlas, in id order (pointers into by_city).
  std::vector<const std::pair<const std::string, CityPostings>*> cities;
  // Per city of `cities`: how many documents it has per [issuer level × 2 + insert-only], dated or not.
  std::vector<std::array<std::uint32_t, 8>> city_totals;
  std::array<std::vector<std::uint32_t>, 4> by_level;  // positions of documents per IssuerLevel, atlas order
};

struct TermIndex {
  // search_terms(title + " " + description) -> positions of the documents that have the term, ascending.
  std::unordered_map<std::string, std::vector<std::uint32_t>> postings;
};

// Whether each record comes only from flash-news inserts (Atlas::from_insert_only), per kind, in atlas order.
struct InsertOnly {
  std::vector<std::uint8_t> policies, parks, schemes, indicators, events, applications;
};

// The position (in Atlas::cities()) of the city each record belongs to, per kind, in atlas order; `no_city` when it
// has none or names no city of the atlas. A policy's and an indicator's city is its scope's, for city and district
// scopes (a policy naming cities is the province's or the nation's, not theirs).
struct CityOf {
  static constexpr std::uint32_t no_city = 0xFFFFFFFF;
  std::vector<std::uint32_t> policies, parks, schemes, indicators, events, applications;
};

// Builders (atlas_index.cpp); the atlas calls them once, on first use.
PolicyIndex build_policy_index(const Atlas& atlas);
TermIndex build_policy_terms(const Atlas& atlas);
InsertOnly build_insert_only(const Atlas& atlas);
CityOf build_city_of(const Atlas& atlas);

// An atlas's indexes, built on first use (thread-safe) and shared by every copy of the atlas (atlas.cpp).
const PolicyIndex& policy_index(const Atlas& atlas);
const TermIndex& policy_terms(const Atlas& atlas);
const InsertOnly& insert_only(const Atlas& atlas);
const CityOf& city_of(const Atlas& atlas);

// Day number of a date's first and last possible days, as stored in PolicyEntry.
std::int32_t first_day(const PartialDate& d);
std::int32_t last_day(const PartialDate& d);

}  // namespace chaincity::detail
