// Names, typed queries, record helpers, timelines and firsts.
#include <chaincity/core/error.hpp>
#include <chaincity/model/enums.hpp>
#include <chaincity/query.hpp>
#include <chaincity/text.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "atlas_index.hpp"
#include "utf8.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

// Suffixes a user may leave out: 贵阳市 / 贵阳, 余杭区 / 余杭, 贵州省 / 贵州.
const std::vector<std::string>& place_suffixes() {
  static const std::vector<std::string> s = {"新区", "市", "区", "县", "省"};
  return s;
}

std::string strip_suffix(const std::string& s) {
  for (const auto& suf : place_suffixes()) {
    if (s.size() > suf.size() + 3 && s.compare(s.size() - suf.size(), suf.size(), suf) == 0)
      return s.substr(0, s.size() - suf.size());
  }
  return s;
}

bool is_latin(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::u32string u32(const std::string& s) { return detail::decode_utf8(s).value_or(std::u32string()); }

bool date_ok(const std::optional<RecordedDate>& d, const DateRange& range, const QueryOptions& o, RangeMatch& m) {
  if (!range.from && !range.to) {
    m = RangeMatch::inside;
    return true;
  }
  if (!d) return false;
  m = range.classify(d->value);
  return m == RangeMatch::inside || (m == RangeMatch::possibly_inside && o.include_possibly);
}

// The city a policy concerns: its scope's, for city and district scopes, else the one city it names.
std::string policy_city(const PolicyDocument& p) {
  if (p.scope.level == ScopeLevel::city || p.scope.level == ScopeLevel::district) {
    if (!p.scope.city.empty()) return p.scope.city;
  }
  return p.cities.size() == 1 ? p.cities[0] : std::string();
}

// Whether a text says 区块链 in either script (the normalisation, OpenCC, only when the text does not say it as is).
bool says_blockchain(const std::string& text) {
  return text.find("区块链") != std::string::npos || normalize(text).find("区块链") != std::string::npos;
}

std::string province_of(const Atlas& atlas, const std::optional<std::string>& city) {
  if (!city) return {};
  const City* c = atlas.find_city(*city);
  return c ? c->province : std::string();
}

}  // namespace

// ---- names ----

struct NameIndex::Impl {
  Atlas atlas;
  struct Entry {
    std::string key;
    Place place;
    int strength;  // 0 exact name, 1 name without suffix, 2 alias
  };
  std::vector<Entry> entries;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key;  // normal form -> entries, in entries order
  // The names as the atlas spells them -> their normal form and its pinyin key: a name typed as the atlas spells
  // it resolves without normalising (OpenCC, ICU) again.
  std::unordered_map<std::string, std::pair<std::string, std::string>> spelled;

  void add(const std::string& raw, const Place& p, int strength) {
    if (raw.empty()) return;
    std::string key = normalize(raw);
    if (!spelled.count(raw)) spelled.emplace(raw, std::pair{key, is_latin(key) ? pinyin_key(key) : std::string()});
    entries.push_back({key, p, strength});
    std::string stripped = strip_suffix(key);
    if (stripped != key) entries.push_back({stripped, p, strength + 1});
    std::string latin = pinyin_key(raw);
    if (is_latin(raw) && !latin.empty() && latin != key) entries.push_back({latin, p, strength});
  }
};

NameIndex::NameIndex(const Atlas& atlas) {
  auto impl = std::make_shared<Impl>();
  impl->atlas = atlas;
  for (const auto& c : atlas.cities()) {
    Place p{PlaceKind::city, c.id, {}, {}, c.name_hans};
    impl->add(c.name_hans, p, 0);
    impl->add(c.name_hant, p, 0);
    impl->add(c.pinyin, p, 0);
    impl->add(c.name_en, p, 0);
    impl->add(c.id, p, 0);
    for (const auto& a : c.aliases) impl->add(a, p, 2);
    for (const auto& d : c.districts) {
      Place dp{PlaceKind::district, c.id, d.name_hans, {}, c.name_hans + " " + d.name_hans};
      impl->add(d.name_hans, dp, 0);
      impl->add(d.name_hant, dp, 0);
      impl->add(d.pinyin, dp, 0);
    }
  }
  for (const auto& park : atlas.parks()) {
    Place p{PlaceKind::park, park.city.value_or(""), park.district ? normalize(*park.district) : "", park.id,
            to_simplified(park.name)};
    impl->add(park.name, p, 0);
  }
  for (std::size_t i = 0; i < impl->entries.size(); ++i) impl->by_key[impl->entries[i].key].push_back(i);
  impl_ = std::move(impl);
}

Resolution NameIndex::resolve(std::string_view name) const {
  Resolution r;
  std::string key, latin;
  if (auto known = impl_->spelled.find(std::string(name)); known != impl_->spelled.end()) {
    std::tie(key, latin) = known->second;
  } else {
    try {
      key = normalize(name);
    } catch (const Error&) {
      return r;  // not UTF-8: no match, no candidates
    }
    if (key.empty()) return r;
    latin = is_latin(key) ? pinyin_key(key) : std::string();
  }
  // Exact matches, best strength first; cities win over districts and parks of the same strength.
  std::vector<const Impl::Entry*> exact;
  std::string stripped = strip_suffix(key);  // 贵阳市 → 贵阳
  auto lookup = [&](std::initializer_list<const std::string*> keys) {
    std::vector<std::size_t> at;  // entries with any of the keys, each once, in entries order
    for (const std::string* k : keys) {
      if (k->empty()) continue;
      auto it = impl_->by_key.find(*k);
      if (it != impl_->by_key.end()) at.insert(at.end(), it->second.begin(), it->second.end());
    }
    std::sort(at.begin(), at.end());
    at.erase(std::unique(at.begin(), at.end()), at.end());
    for (std::size_t i : at) exact.push_back(&impl_->entries[i]);
  };
  lookup({&key, &latin});
  if (exact.empty() && stripped != key) lookup({&stripped});
  if (!exact.empty()) {
    auto rank = [](const Impl::Entry* e) { return e->strength * 4 + static_cast<int>(e->place.kind); };
    int best = rank(*std::min_element(exact.begin(), exact.end(), [&](auto* a, auto* b) { return rank(a) < rank(b); }));
    std::vector<Place> top;
    for (auto* e : exact)
      if (rank(e) == best && std::find(top.begin(), top.end(), e->place) == top.end()) top.push_back(e->place);
    if (top.size() == 1) {
      r.match = top[0];
      return r;
    }
    r.ambiguous = true;
    r.candidates = top;
    if (r.candidates.size() > 5) r.candidates.resize(5);
    return r;
  }
  // Closest candidates: containment first, then edit distance on the normal form (or pinyin for Latin input).
  std::u32string q = u32(latin.empty() ? key : latin);
  std::vector<std::pair<std::size_t, Place>> scored;
  for (const auto& e : impl_->entries) {
    if (!latin.empty() != is_latin(e.key)) continue;
    std::u32string k = u32(e.key);
    std::size_t d = edit_distance(q, k);
    if (k.find(q) != std::u32string::npos || q.find(k) != std::u32string::npos) d = d / 4;
    if (d * 2 > std::max(q.size(), k.size()) + 1) continue;
    scored.emplace_back(d * 4 + static_cast<std::size_t>(e.place.kind), e.place);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  auto same_place = [](const Place& a, const Place& b) {
    return a.kind == b.kind && a.city == b.city && a.district == b.district && a.park == b.park;
  };
  for (const auto& scored_place : scored) {
    const Place& p = scored_place.second;  // not a structured binding: clang 14 cannot capture those
    if (std::none_of(r.candidates.begin(), r.candidates.end(), [&](const Place& c) { return same_place(c, p); }))
      r.candidates.push_back(p);
    if (r.candidates.size() == 5) break;
  }
  return r;
}

const City* NameIndex::city(std::string_view name) const {
  Resolution r = resolve(name);
  if (!r.match || r.match->city.empty()) return nullptr;
  return impl_->atlas.find_city(r.match->city);
}

std::string NameIndex::sort_key(const City& city) {
  return pinyin_key(city.pinyin.empty() ? city.name_hans : city.pinyin);
}

Resolution resolve_name(const Atlas& atlas, std::string_view name) { return NameIndex(atlas).resolve(name); }

const City* resolve_city(const Atlas& atlas, std::string_view name) {
  const City* c = NameIndex(atlas).city(name);
  return c ? atlas.find_city(c->id) : nullptr;
}

std::vector<const City*> cities_by_pinyin(const Atlas& atlas) {
  std::vector<std::pair<std::string, const City*>> keyed;
  for (const auto& c : atlas.cities()) keyed.emplace_back(NameIndex::sort_key(c), &c);
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const City*> out;
  for (const auto& [k, c] : keyed) out.push_back(c);
  return out;
}

// ---- typed queries ----

namespace {
constexpr std::pair<ApplicationArea, std::string_view> area_labels[] = {
    {ApplicationArea::government, "政务"},
    {ApplicationArea::finance, "金融"},
    {ApplicationArea::tax, "税务"},
    {ApplicationArea::e_invoice, "电子发票"},
    {ApplicationArea::real_estate, "不动产"},
    {ApplicationArea::healthcare, "医疗"},
    {ApplicationArea::transport, "交通"},
    {ApplicationArea::tourism, "文旅"},
    {ApplicationArea::retail, "商业零售"},
    {ApplicationArea::traceability, "溯源"},
    {ApplicationArea::supply_chain_finance, "供应链金融"},
    {ApplicationArea::copyright, "版权"},
    {ApplicationArea::energy, "节能减排"},
    {ApplicationArea::agriculture, "农业"},
    {ApplicationArea::talent, "人才"},
    {ApplicationArea::industry, "产业"},
    {ApplicationArea::credit, "信用"},
    {ApplicationArea::judicial, "司法"},
    {ApplicationArea::other, "其他"},
};
}  // namespace

std::string_view chinese_label(ApplicationArea a) noexcept {
  for (const auto& [area, label] : area_labels)
    if (area == a) return label;
  return "其他";
}

std::optional<ApplicationArea> parse_application_area(std::string_view text) {
  ApplicationArea a{};
  if (from_string(text, a)) return a;
  std::string key;
  try {
    key = normalize(text);
  } catch (const Error&) {
    return std::nullopt;
  }
  for (const auto& [area, label] : area_labels)
    if (key == label) return area;
  return std::nullopt;
}

MoneyKind money_kind(IncentiveForm f) noexcept {
  switch (f) {
    case IncentiveForm::grant:
    case IncentiveForm::subsidy:
      return MoneyKind::grant;
    case IncentiveForm::loan:
    case IncentiveForm::fund:
    case IncentiveForm::equity:
      return MoneyKind::loan;
    default:
      return MoneyKind::other;
  }
}

namespace {

// The date filter of a query, on the day numbers of detail::PolicyEntry (the same test as DateRange::classify).
struct DayFilter {
  bool any = false;
  bool possibly = true;
  std::int32_t from = std::numeric_limits<std::int32_t>::min();
  std::int32_t to = std::numeric_limits<std::int32_t>::max();
  DayFilter(const DateRange& r, const QueryOptions& o) : any(r.from || r.to), possibly(o.include_possibly) {
    if (r.from) from = detail::first_day(*r.from);
    if (r.to) to = detail::last_day(*r.to);
  }
  bool test(const detail::PolicyEntry& e, RangeMatch& m) const {
    if (!any) {
      m = RangeMatch::inside;
      return true;
    }
    if (!(e.flags & detail::entry_dated)) return false;
    if (e.lo >= from && e.hi <= to) {
      m = RangeMatch::inside;
      return true;
    }
    m = RangeMatch::possibly_inside;
    return possibly && e.hi >= from && e.lo <= to;
  }
};

// The filters of a policy query that its index entry answers.
struct EntryFilter {
  DayFilter days;
  bool inserts;
  int level;
  EntryFilter(const PolicyQuery& q)
      : days(q.issued, q.options),
        inserts(q.options.include_inserts),
        level(q.issuer_level ? static_cast<int>(*q.issuer_level) : -1) {}
  bool test(const detail::PolicyEntry& e, RangeMatch& m) const {
    if (!inserts && (e.flags & detail::entry_insert_only)) return false;
    if (level >= 0 && e.level != level) return false;
    return days.test(e, m);
  }
};

// Whether a query has filters that only the record itself can answer.
bool needs_record(const PolicyQuery& q) { return q.province || q.stance || q.dedicated || q.kind || q.area; }

// The filters that read the record.
bool record_ok(const Atlas& atlas, const PolicyDocument& p, const PolicyQuery& q) {
  if (q.province) {
    bool in_province =
        p.scope.province == *q.province ||
        province_of(atlas, p.scope.city.empty() ? std::nullopt : std::optional(p.scope.city)) == *q.province;
    for (const auto& c : p.cities) in_province = in_province || province_of(atlas, c) == *q.province;
    if (!in_province) return false;
  }
  if (q.stance && p.stance != *q.stance) return false;
  if (q.dedicated && p.dedicated != q.dedicated) return false;
  if (q.kind && p.kind != *q.kind) return false;
  if (q.area && std::find(p.areas.begin(), p.areas.end(), *q.area) == p.areas.end()) return false;
  return true;
}

const std::vector<detail::PolicyEntry> no_entries;

// How many of a list of dated entries, sorted by first day, pass a date filter.
std::size_t count_dated(const std::vector<detail::PolicyEntry>& v, const DayFilter& d) {
  if (!d.any) return v.size();
  auto first_at_least = [&](std::int64_t day) {
    return static_cast<std::size_t>(
        std::partition_point(v.begin(), v.end(), [&](const detail::PolicyEntry& e) { return e.lo < day; }) - v.begin());
  };
  constexpr std::int64_t longest = 366;  // the most days a partial date spans
  const bool open_start = d.from == std::numeric_limits<std::int32_t>::min();
  const bool open_end = d.to == std::numeric_limits<std::int32_t>::max();
  std::size_t a = open_start ? 0 : first_at_least(std::int64_t{d.from} - longest);
  std::size_t mid = open_start ? 0 : first_at_least(d.from);
  std::size_t n = 0;
  RangeMatch m{};
  if (open_end) {
    // Every entry starting on or after `from` is inside; those starting up to a year before may overlap it.
    n = v.size() - mid;
    if (d.possibly)
      for (std::size_t i = a; i < mid; ++i) n += v[i].hi >= d.from ? 1 : 0;
    return n;
  }
  std::size_t b = first_at_least(std::int64_t{d.to} + 1);
  for (std::size_t i = a; i < b; ++i) n += d.test(v[i], m) ? 1 : 0;
  return n;
}

}  // namespace

std::vector<Hit<PolicyDocument>> find_policies(const Atlas& atlas, const PolicyQuery& q) {
  std::vector<Hit<PolicyDocument>> out;
  const detail::PolicyIndex& ix = detail::policy_index(atlas);
  auto policies = atlas.policies();
  const EntryFilter filter(q);
  const bool by_record = needs_record(q);

  // Keyword: every term of the keyword must be a term of the title or description. The postings of the terms,
  // shortest first; a term no document has answers the query at once.
  std::vector<const std::vector<std::uint32_t>*> lists;
  if (q.keyword) {
    std::vector<std::string> terms = search_terms(*q.keyword);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    const auto* postings = terms.empty() ? nullptr : &detail::policy_terms(atlas).postings;
    for (const auto& t : terms) {
      auto it = postings->find(t);
      if (it == postings->end()) return out;
      lists.push_back(&it->second);
    }
  }
  if (q.issuer_level && !q.city) lists.push_back(&ix.by_level[static_cast<std::size_t>(*q.issuer_level)]);
  std::sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) { return a->size() < b->size(); });
  // Candidates come in ascending order, so each other list is walked forward once, galloping: a merge when the
  // lists are of a size, a binary search when one is much shorter.
  std::vector<std::size_t> cursor(lists.size(), 0);
  auto in_lists = [&](std::uint32_t id, std::size_t skip) {
    for (std::size_t l = skip; l < lists.size(); ++l) {
      const std::vector<std::uint32_t>& v = *lists[l];
      std::size_t lo = cursor[l], step = 1, hi = lo;
      while (hi < v.size() && v[hi] < id) {
        lo = hi + 1;
        hi += step;
        step *= 2;
      }
      hi = std::min(hi, v.size());
      cursor[l] = static_cast<std::size_t>(std::lower_bound(v.begin() + static_cast<std::ptrdiff_t>(lo),
                                                            v.begin() + static_cast<std::ptrdiff_t>(hi), id) -
                                           v.begin());
      if (cursor[l] == v.size() || v[cursor[l]] != id) return false;
    }
    return true;
  };
  auto take = [&](const detail::PolicyEntry& e, std::size_t skip) {
    RangeMatch m{};
    if (!filter.test(e, m) || !in_lists(e.id, skip)) return;
    const PolicyDocument& p = policies[e.id];
    if (by_record && !record_ok(atlas, p, q)) return;
    out.push_back({&p, m});
  };

  if (q.city) {
    // A city's documents, with their dates inline: one sequential sweep.
    auto it = ix.by_city.find(*q.city);
    const auto& entries = it == ix.by_city.end() ? no_entries : it->second.entries;
    out.reserve(entries.size());
    for (const auto& e : entries) take(e, 0);
  } else if (!lists.empty()) {
    for (std::uint32_t id : *lists.front()) take(ix.all[id], 1);
  } else {
    out.reserve(ix.all.size());
    for (const auto& e : ix.all) take(e, 0);
  }
  return out;
}

std::vector<CityCount> count_policies_by_city(const Atlas& atlas, const PolicyQuery& q) {
  std::vector<CityCount> out;
  auto wanted = [&](const std::string& city) {
    return !city.empty() && (!q.city || city == *q.city) && atlas.find_city(city) != nullptr;
  };
  if (!q.keyword && !needs_record(q)) {
    // Every filter is in the index: count each city's dated entries of the wanted levels by binary search on their
    // first days (a partial date spans at most 366 days), and add the undated ones when no date is asked for.
    const DayFilter days(q.issued, q.options);
    const detail::PolicyIndex& ix = detail::policy_index(atlas);
    std::vector<std::uint64_t> order;  // (most first, then city order) as one sortable key per city with matches
    order.reserve(ix.cities.size());
    for (std::size_t c = 0; c < ix.cities.size(); ++c) {
      const auto& [city, postings] = *ix.cities[c];
      if (q.city && city != *q.city) continue;
      std::uint64_t n = 0;
      for (std::size_t level = 0; level < 4; ++level) {
        if (q.issuer_level && level != static_cast<std::size_t>(*q.issuer_level)) continue;
        for (std::size_t inserts = 0; inserts < (q.options.include_inserts ? 2u : 1u); ++inserts)
          n += days.any ? count_dated(postings.dated[level][inserts], days) : ix.city_totals[c][level * 2 + inserts];
      }
      if (n) order.push_back((std::uint64_t{0xFFFFFFFF} - std::min<std::uint64_t>(n, 0xFFFFFFFF)) << 32 | c);
    }
    std::sort(order.begin(), order.end());
    out.reserve(order.size());
    for (std::uint64_t key : order)
      out.push_back({ix.cities[key & 0xFFFFFFFF]->first, static_cast<std::size_t>(0xFFFFFFFF - (key >> 32))});
    return out;
  } else {
    std::unordered_map<std::string_view, std::size_t> n;
    for (const auto& h : find_policies(atlas, q)) {
      const PolicyDocument& p = *h.record;
      if (wanted(p.scope.city)) ++n[p.scope.city];
      for (std::size_t k = 0; k < p.cities.size(); ++k) {
        const std::string& c = p.cities[k];
        if (c == p.scope.city || std::find(p.cities.begin(), p.cities.begin() + static_cast<std::ptrdiff_t>(k), c) !=
                                     p.cities.begin() + static_cast<std::ptrdiff_t>(k))
          continue;
        if (wanted(c)) ++n[c];
      }
    }
    for (const auto& [city, count] : n) out.push_back({std::string(city), count});
  }
  std::sort(out.begin(), out.end(), [](const CityCount& a, const CityCount& b) {
    return a.count != b.count ? a.count > b.count : a.city < b.city;
  });
  return out;
}

std::vector<Hit<IndustrialPark>> find_parks(const Atlas& atlas, const ParkQuery& q) {
  std::vector<Hit<IndustrialPark>> out;
  for (const auto& p : atlas.parks()) {
    if (!q.options.include_inserts && atlas.from_insert_only(p.provenance)) continue;
    if (q.city && p.city != q.city) continue;
    if (q.province && province_of(atlas, p.city) != *q.province) continue;
    if (q.government_led) {
      bool led = p.governance == Governance::government_led || p.governance == Governance::government_guided;
      if (*q.government_led ? !led : p.governance != Governance::market) continue;
    }
    if (q.status && p.status != *q.status) continue;
    if (q.kind && p.kind != *q.kind) continue;
    RangeMatch m{};
    if (!date_ok(p.opened, q.opened, q.options, m)) continue;
    out.push_back({&p, m});
  }
  return out;
}

std::vector<IncentiveHit> find_incentives(const Atlas& atlas, const IncentiveQuery& q) {
  std::vector<IncentiveHit> out;
  for (const auto& s : atlas.schemes()) {
    if (q.city && s.city != q.city) continue;
    for (const auto& it : s.items) {
      if (!q.options.include_inserts && atlas.from_insert_only(it.provenance) && atlas.from_insert_only(s.provenance))
        continue;
      if (q.category && it.category != *q.category) continue;
      if (q.tier && it.tier != q.tier) continue;
      if (q.money && money_kind(it.form) != *q.money) continue;
      if (q.cap_at_least || q.cap_at_most) {
        std::optional<Money> m = it.amount ? it.amount->money() : std::nullopt;
        if (!m) continue;
        if (q.cap_at_least && !(*m >= *q.cap_at_least)) continue;
        if (q.cap_at_most && !(*m <= *q.cap_at_most)) continue;
      }
      out.push_back({&s, &it});
    }
  }
  return out;
}

std::vector<Hit<Indicator>> find_indicators(const Atlas& atlas, const IndicatorQuery& q) {
  std::vector<Hit<Indicator>> out;
  for (const auto& i : atlas.indicators()) {
    if (!q.options.include_inserts && atlas.from_insert_only(i.provenance)) continue;
    bool city_scope = i.scope.level == ScopeLevel::city || i.scope.level == ScopeLevel::district;
    if (q.city && !(city_scope && i.scope.city == *q.city)) continue;
    if (q.province) {
      bool in = (i.scope.level == ScopeLevel::province && i.scope.province == *q.province) ||
                (city_scope && province_of(atlas, i.scope.city) == *q.province);
      if (!in) continue;
    }
    if (q.level && i.scope.level != *q.level) continue;
    if (q.metric && i.metric != *q.metric) continue;
    RangeMatch m{};
    if (!date_ok(i.as_of, q.as_of, q.options, m)) continue;
    out.push_back({&i, m});
  }
  return out;
}

std::vector<Hit<Event>> find_events(const Atlas& atlas, const EventQuery& q) {
  std::vector<Hit<Event>> out;
  for (const auto& e : atlas.events()) {
    if (!q.options.include_inserts && atlas.from_insert_only(e.provenance)) continue;
    if (q.city && e.city != q.city) continue;
    if (q.kind && e.kind != *q.kind) continue;
    RangeMatch m{};
    if (!date_ok(e.date, q.date, q.options, m)) continue;
    out.push_back({&e, m});
  }
  return out;
}

std::vector<Hit<Application>> find_applications(const Atlas& atlas, const ApplicationQuery& q) {
  std::vector<Hit<Application>> out;
  for (const auto& a : atlas.applications()) {
    if (!q.options.include_inserts && atlas.from_insert_only(a.provenance)) continue;
    if (q.city && a.city != q.city) continue;
    if (q.kind && a.kind != *q.kind) continue;
    RangeMatch m{};
    if (!date_ok(a.launched, q.launched, q.options, m)) continue;
    out.push_back({&a, m});
  }
  return out;
}

std::vector<Hit<PolicyDocument>> policies_issued_between(const Atlas& atlas, std::string_view city, PartialDate from,
                                                         std::optional<PartialDate> to) {
  PolicyQuery q;
  q.city = std::string(city);
  q.issued = DateRange{from, to};
  return find_policies(atlas, q);
}

// ---- any record ----

std::string_view to_string(RecordKind k) noexcept {
  static constexpr std::string_view names[] = {"source",    "city",      "policy", "park",       "scheme",
                                               "incentive", "indicator", "event",  "application"};
  return names[static_cast<std::size_t>(k)];
}

namespace {
const IncentiveScheme* scheme_of(const Atlas& atlas, std::string_view item) {
  for (const auto& s : atlas.schemes())
    for (const auto& it : s.items)
      if (it.id == item) return &s;
  return nullptr;
}
}  // namespace

std::string record_title(const Atlas& atlas, const RecordRef& ref) {
  switch (ref.kind) {
    case RecordKind::source: {
      const Source* s = atlas.find_source(ref.id);
      return s ? s->title.value_or(s->id) : "";
    }
    case RecordKind::city: {
      const City* c = atlas.find_city(ref.id);
      return c ? c->name_hans : "";
    }
    case RecordKind::policy: {
      const PolicyDocument* p = atlas.find_policy(ref.id);
      return p ? p->title.value_or(p->description.value_or("")) : "";
    }
    case RecordKind::park: {
      const IndustrialPark* p = atlas.find_park(ref.id);
      return p ? p->name : "";
    }
    case RecordKind::scheme: {
      const IncentiveScheme* s = atlas.find_scheme(ref.id);
      return s ? s->name : "";
    }
    case RecordKind::incentive: {
      const Incentive* i = atlas.find_incentive(ref.id);
      return i ? i->description.value_or(std::string(to_string(i->category))) : "";
    }
    case RecordKind::indicator: {
      const Indicator* i = atlas.find_indicator(ref.id);
      return i ? i->subject.value_or(std::string(to_string(i->metric))) : "";
    }
    case RecordKind::event: {
      const Event* e = atlas.find_event(ref.id);
      return e ? e->title : "";
    }
    case RecordKind::application: {
      const Application* a = atlas.find_application(ref.id);
      return a ? a->name : "";
    }
  }
  return {};
}

std::vector<Provenance> record_provenance(const Atlas& atlas, const RecordRef& ref) {
  switch (ref.kind) {
    case RecordKind::source:
      return {};
    case RecordKind::city:
      if (auto* r = atlas.find_city(ref.id)) return r->provenance;
      break;
    case RecordKind::policy:
      if (auto* r = atlas.find_policy(ref.id)) return r->provenance;
      break;
    case RecordKind::park:
      if (auto* r = atlas.find_park(ref.id)) return r->provenance;
      break;
    case RecordKind::scheme:
      if (auto* r = atlas.find_scheme(ref.id)) return r->provenance;
      break;
    case RecordKind::incentive:
      if (auto* r = atlas.find_incentive(ref.id)) return r->provenance;
      break;
    case RecordKind::indicator:
      if (auto* r = atlas.find_indicator(ref.id)) return r->provenance;
      break;
    case RecordKind::event:
      if (auto* r = atlas.find_event(ref.id)) return r->provenance;
      break;
    case RecordKind::application:
      if (auto* r = atlas.find_application(ref.id)) return r->provenance;
      break;
  }
  return {};
}

std::string record_city(const Atlas& atlas, const RecordRef& ref) {
  auto scope_city = [](const Scope& s) {
    return s.level == ScopeLevel::city || s.level == ScopeLevel::district ? s.city : std::string();
  };
  switch (ref.kind) {
    case RecordKind::source:
      return {};
    case RecordKind::city:
      return atlas.find_city(ref.id) ? ref.id : std::string();
    case RecordKind::policy:
      if (auto* p = atlas.find_policy(ref.id)) return policy_city(*p);
      return {};
    case RecordKind::park:
      if (auto* p = atlas.find_park(ref.id)) return p->city.value_or("");
      return {};
    case RecordKind::scheme:
      if (auto* s = atlas.find_scheme(ref.id)) return s->city.value_or("");
      return {};
    case RecordKind::incentive:
      if (auto* s = scheme_of(atlas, ref.id)) return s->city.value_or("");
      return {};
    case RecordKind::indicator:
      if (auto* i = atlas.find_indicator(ref.id)) return scope_city(i->scope);
      return {};
    case RecordKind::event:
      if (auto* e = atlas.find_event(ref.id)) return e->city.value_or("");
      return {};
    case RecordKind::application:
      if (auto* a = atlas.find_application(ref.id)) return a->city.value_or("");
      return {};
  }
  return {};
}

// ---- timelines ----

std::vector<TimelineEntry> timeline(const Atlas& atlas, std::string_view city, const QueryOptions& options) {
  std::vector<TimelineEntry> out;
  auto add = [&](const std::optional<RecordedDate>& d, RecordKind kind, const std::string& id,
                 const std::vector<Provenance>& prov, const char* what) {
    if (!d) return;
    if (!options.include_inserts && atlas.from_insert_only(prov)) return;
    RecordRef ref{kind, id};
    std::string c = record_city(atlas, ref);
    if (!city.empty() && c != city) {
      // A policy that names several cities belongs to each of them.
      const PolicyDocument* p = kind == RecordKind::policy ? atlas.find_policy(id) : nullptr;
      if (!p || std::find(p->cities.begin(), p->cities.end(), city) == p->cities.end()) return;
      c = std::string(city);
    }
    out.push_back({d->value, d->basis, ref, c, what, record_title(atlas, ref)});
  };
  for (const auto& p : atlas.policies()) add(p.issued, RecordKind::policy, p.id, p.provenance, "policy issued");
  for (const auto& p : atlas.parks()) add(p.opened, RecordKind::park, p.id, p.provenance, "park opened");
  for (const auto& s : atlas.schemes()) add(s.issued, RecordKind::scheme, s.id, s.provenance, "scheme issued");
  for (const auto& e : atlas.events()) add(e.date, RecordKind::event, e.id, e.provenance, "event");
  for (const auto& a : atlas.applications())
    add(a.launched, RecordKind::application, a.id, a.provenance, "application launched");
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  return out;
}

// ---- firsts ----

namespace {

struct Dated {
  RecordRef ref;
  PartialDate date;
  std::string city;
};

// Every record whose date could be the earliest: those that overlap the one with the earliest first day.
FirstAnswer earliest_of(std::string question, std::vector<Dated> items) {
  FirstAnswer a;
  a.question = std::move(question);
  if (items.empty()) return a;
  std::stable_sort(items.begin(), items.end(), [](const Dated& x, const Dated& y) { return x.date < y.date; });
  // The earliest possible "last day" bounds which records could still be first.
  auto bound = std::min_element(items.begin(), items.end(), [](const Dated& x, const Dated& y) {
                 return x.date.latest() < y.date.latest();
               })->date.latest();
  a.date = items.front().date;
  for (const auto& it : items) {
    if (it.date.earliest() > bound) break;
    a.records.push_back(it.ref);
    if (!it.city.empty() && std::find(a.cities.begin(), a.cities.end(), it.city) == a.cities.end())
      a.cities.push_back(it.city);
  }
  return a;
}

}  // namespace

std::vector<FirstAnswer> firsts(const Atlas& atlas, const QueryOptions& options) {
  std::vector<FirstAnswer> out;
  auto keep = [&](const std::vector<Provenance>& p) { return options.include_inserts || !atlas.from_insert_only(p); };
  auto claimed = [&](const std::optional<FirstClaim>& f, RecordKind kind, const std::string& id,
                     const std::optional<RecordedDate>& d, const std::vector<Provenance>& p) {
    if (!f || !keep(p)) return;
    FirstAnswer a;
    a.question = f->claim;
    a.claimed = true;
    a.records = {RecordRef{kind, id}};
    std::string c = record_city(atlas, a.records[0]);
    if (!c.empty()) a.cities = {c};
    if (d) a.date = d->value;
    a.claim = f;
    out.push_back(std::move(a));
  };
  for (const auto& p : atlas.policies()) claimed(p.first, RecordKind::policy, p.id, p.issued, p.provenance);
  for (const auto& p : atlas.parks()) claimed(p.first, RecordKind::park, p.id, p.opened, p.provenance);
  for (const auto& e : atlas.events()) claimed(e.first, RecordKind::event, e.id, e.date, e.provenance);
  for (const auto& a : atlas.applications()) claimed(a.first, RecordKind::application, a.id, a.launched, a.provenance);

  auto collect_policies = [&](auto pred) {
    std::vector<Dated> v;
    for (const auto& p : atlas.policies())
      if (p.issued && pred(p) && keep(p.provenance))
        v.push_back({{RecordKind::policy, p.id}, p.issued->value, policy_city(p)});
    return v;
  };
  auto local = [](const PolicyDocument& p) { return p.issuer_level != IssuerLevel::national; };
  out.push_back(earliest_of("first local blockchain whitepaper", collect_policies([&](const PolicyDocument& p) {
                              return p.kind == PolicyKind::whitepaper && local(p);
                            })));
  out.push_back(
      earliest_of("first government work report naming blockchain",
                  collect_policies([](const PolicyDocument& p) { return p.kind == PolicyKind::work_report; })));
  out.push_back(earliest_of("first local blockchain-specific policy", collect_policies([&](const PolicyDocument& p) {
                              return p.dedicated == true && local(p) && p.kind != PolicyKind::whitepaper;
                            })));
  std::vector<Dated> parks;
  for (const auto& p : atlas.parks())
    if (p.opened && keep(p.provenance))
      parks.push_back({{RecordKind::park, p.id}, p.opened->value, p.city.value_or("")});
  out.push_back(earliest_of("earliest park", parks));
  std::vector<Dated> summits;
  for (const auto& e : atlas.events())
    if (e.date && (e.kind == EventKind::summit || e.kind == EventKind::conference) && keep(e.provenance) &&
        says_blockchain(e.title + " " + e.description.value_or("")))
      summits.push_back({{RecordKind::event, e.id}, e.date->value, e.city.value_or("")});
  out.push_back(earliest_of("earliest blockchain conference or summit", summits));
  std::map<ApplicationKind, std::vector<Dated>> apps;
  for (const auto& a : atlas.applications())
    if (a.launched && keep(a.provenance))
      apps[a.kind].push_back({{RecordKind::application, a.id}, a.launched->value, a.city.value_or("")});
  for (auto& [kind, items] : apps)
    out.push_back(earliest_of("first " + std::string(to_string(kind)) + " application", std::move(items)));
  out.erase(std::remove_if(out.begin(), out.end(), [](const FirstAnswer& a) { return a.records.empty(); }), out.end());
  return out;
}

}  // namespace v1
}  // namespace chaincity
