// Builds the indexes of atlas_index.hpp.
#include "atlas_index.hpp"

#include <chaincity/text.hpp>

#include <algorithm>
#include <thread>

namespace chaincity::detail {

std::int32_t first_day(const PartialDate& d) { return static_cast<std::int32_t>(d.earliest().day_number()); }
std::int32_t last_day(const PartialDate& d) { return static_cast<std::int32_t>(d.latest().day_number()); }

PolicyIndex build_policy_index(const Atlas& atlas) {
  PolicyIndex ix;
  auto policies = atlas.policies();
  ix.all.reserve(policies.size());
  for (std::size_t i = 0; i < policies.size(); ++i) {
    const PolicyDocument& p = policies[i];
    PolicyEntry e;
    e.id = static_cast<std::uint32_t>(i);
    e.level = static_cast<std::uint8_t>(p.issuer_level);
    if (p.issued) {
      e.flags |= entry_dated;
      e.lo = first_day(p.issued->value);
      e.hi = last_day(p.issued->value);
    }
    if (atlas.from_insert_only(p.provenance)) e.flags |= entry_insert_only;
    ix.all.push_back(e);
    ix.by_level[e.level].push_back(e.id);
    ix.by_city[p.scope.city].entries.push_back(e);
    for (std::size_t k = 0; k < p.cities.size(); ++k) {
      const std::string& c = p.cities[k];
      if (c == p.scope.city || std::find(p.cities.begin(), p.cities.begin() + static_cast<std::ptrdiff_t>(k), c) !=
                                   p.cities.begin() + static_cast<std::ptrdiff_t>(k))
        continue;
      ix.by_city[c].entries.push_back(e);
    }
  }
  for (auto& [key, city] : ix.by_city) {
    city.is_city = !key.empty() && atlas.find_city(key) != nullptr;
    for (const PolicyEntry& e : city.entries) {
      std::size_t inserts = e.flags & entry_insert_only ? 1 : 0;
      if (e.flags & entry_dated)
        city.dated[e.level][inserts].push_back(e);
      else
        ++city.undated[e.level][inserts];
    }
    for (auto& per_level : city.dated)
      for (auto& list : per_level)
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.lo < b.lo; });
  }
  for (const auto& kv : ix.by_city)
    if (kv.second.is_city) ix.cities.push_back(&kv);
  std::sort(ix.cities.begin(), ix.cities.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* kv : ix.cities) {
    std::array<std::uint32_t, 8> totals{};
    for (std::size_t level = 0; level < 4; ++level)
      for (std::size_t inserts = 0; inserts < 2; ++inserts)
        totals[level * 2 + inserts] =
            static_cast<std::uint32_t>(kv->second.dated[level][inserts].size()) + kv->second.undated[level][inserts];
    ix.city_totals.push_back(totals);
  }
  return ix;
}

InsertOnly build_insert_only(const Atlas& atlas) {
  InsertOnly out;
  auto flags = [&](auto records, std::vector<std::uint8_t>& into) {
    into.reserve(records.size());
    for (const auto& r : records) into.push_back(atlas.from_insert_only(r.provenance) ? 1 : 0);
  };
  flags(atlas.policies(), out.policies);
  flags(atlas.parks(), out.parks);
  flags(atlas.schemes(), out.schemes);
  flags(atlas.indicators(), out.indicators);
  flags(atlas.events(), out.events);
  flags(atlas.applications(), out.applications);
  return out;
}

CityOf build_city_of(const Atlas& atlas) {
  std::unordered_map<std::string_view, std::uint32_t> pos;
  auto cities = atlas.cities();
  for (std::size_t i = 0; i < cities.size(); ++i) pos.emplace(cities[i].id, static_cast<std::uint32_t>(i));
  auto at = [&](std::string_view id) {
    auto it = pos.find(id);
    return it == pos.end() ? CityOf::no_city : it->second;
  };
  auto scoped = [&](const Scope& s) {
    return s.level == ScopeLevel::city || s.level == ScopeLevel::district ? at(s.city) : CityOf::no_city;
  };
  auto named = [&](const std::optional<std::string>& id) { return id ? at(*id) : CityOf::no_city; };
  CityOf out;
  for (const auto& p : atlas.policies()) out.policies.push_back(scoped(p.scope));
  for (const auto& p : atlas.parks()) out.parks.push_back(named(p.city));
  for (const auto& s : atlas.schemes()) out.schemes.push_back(named(s.city));
  for (const auto& i : atlas.indicators()) out.indicators.push_back(scoped(i.scope));
  for (const auto& e : atlas.events()) out.events.push_back(named(e.city));
  for (const auto& a : atlas.applications()) out.applications.push_back(named(a.city));
  return out;
}

namespace {
using Postings = std::unordered_map<std::string, std::vector<std::uint32_t>>;

// The terms of documents [from, to), each document once per term, ascending.
Postings terms_of(std::span<const PolicyDocument> policies, std::size_t from, std::size_t to) {
  Postings out;
  std::vector<std::string> terms;
  for (std::size_t i = from; i < to; ++i) {
    const PolicyDocument& p = policies[i];
    if (!p.title && !p.description) continue;
    try {
      terms = search_terms(p.title.value_or("") + " " + p.description.value_or(""));
    } catch (const std::exception&) {
      continue;  // text that is not valid UTF-8 has no terms (find_policies never matches it)
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    for (auto& t : terms) out[std::move(t)].push_back(static_cast<std::uint32_t>(i));
  }
  return out;
}
}  // namespace

TermIndex build_policy_terms(const Atlas& atlas) {
  auto policies = atlas.policies();
  // Normalising text (OpenCC, ICU) is the cost: split it over the cores, then append the parts in order.
  std::size_t parts = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  if (policies.size() < 4096) parts = 1;
  std::vector<Postings> part(parts);
  {
    std::vector<std::jthread> workers;
    for (std::size_t t = 1; t < parts; ++t)
      workers.emplace_back(
          [&, t] { part[t] = terms_of(policies, policies.size() * t / parts, policies.size() * (t + 1) / parts); });
    part[0] = terms_of(policies, 0, policies.size() / parts);
  }
  TermIndex ix;
  ix.postings = std::move(part[0]);
  for (std::size_t t = 1; t < parts; ++t)
    for (auto& [term, ids] : part[t]) {
      auto& into = ix.postings[term];
      into.insert(into.end(), ids.begin(), ids.end());
    }
  return ix;
}

}  // namespace chaincity::detail
