// Built-in metrics: single measures per city computed from the atlas's records, with their evidence.
#include <chaincity/core/error.hpp>
#include <chaincity/model/enums.hpp>
#include <chaincity/query.hpp>
#include <chaincity/rank/metric.hpp>
#include <chaincity/text.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include "atlas_index.hpp"
#include "rank_kernel.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

using Values = std::vector<MetricValue>;

struct Context {
  Context(const Atlas& a, const MetricOptions& o, bool with_evidence = true)
      : atlas(a), options(o), evidence(with_evidence) {
    auto cities = atlas.cities();
    pos.reserve(cities.size());
    for (std::size_t i = 0; i < cities.size(); ++i) pos.emplace(cities[i].id, i);
  }
  const Atlas& atlas;
  const MetricOptions& options;
  std::unordered_map<std::string_view, std::size_t> pos;  // city id -> position in atlas order
  bool evidence = true;  // list the records behind each value (the Monte-Carlo analysis needs only the values)

  // Whether a record counts: records that come only from flash-news inserts count when the options say so. The
  // atlas's flags are read by the record's position.
  template <class R>
  [[nodiscard]] bool keep(const R& r) const {
    if (options.include_inserts) return true;
    const detail::InsertOnly& f = detail::insert_only(atlas);
    if constexpr (std::is_same_v<R, PolicyDocument>) return !f.policies[&r - atlas.policies().data()];
    if constexpr (std::is_same_v<R, IndustrialPark>) return !f.parks[&r - atlas.parks().data()];
    if constexpr (std::is_same_v<R, IncentiveScheme>) return !f.schemes[&r - atlas.schemes().data()];
    if constexpr (std::is_same_v<R, Indicator>) return !f.indicators[&r - atlas.indicators().data()];
    if constexpr (std::is_same_v<R, Event>) return !f.events[&r - atlas.events().data()];
    if constexpr (std::is_same_v<R, Application>) return !f.applications[&r - atlas.applications().data()];
  }
  [[nodiscard]] bool in_window(const std::optional<RecordedDate>& d) const {
    if (!options.window.from && !options.window.to) return true;
    return d && options.window.classify(d->value) != RangeMatch::outside;
  }
  // The position of a city id, or npos when it names no city of the atlas.
  [[nodiscard]] std::size_t city(std::string_view id) const {
    auto it = pos.find(id);
    return it == pos.end() ? npos : it->second;
  }
  [[nodiscard]] std::size_t city(const std::string& id) const { return city(std::string_view(id)); }
  [[nodiscard]] std::size_t city(const std::optional<std::string>& id) const { return id ? city(*id) : npos; }
  // The position of the city a record belongs to (computed once per atlas), or npos. A city's own documents are
  // those whose jurisdiction is the city or one of its districts (a provincial document that names the city is the
  // province's, not the city's).
  template <class R>
  [[nodiscard]] std::size_t home(const R& r) const {
    const detail::CityOf& c = detail::city_of(atlas);
    std::uint32_t v = detail::CityOf::no_city;
    if constexpr (std::is_same_v<R, PolicyDocument>) v = c.policies[&r - atlas.policies().data()];
    if constexpr (std::is_same_v<R, IndustrialPark>) v = c.parks[&r - atlas.parks().data()];
    if constexpr (std::is_same_v<R, IncentiveScheme>) v = c.schemes[&r - atlas.schemes().data()];
    if constexpr (std::is_same_v<R, Indicator>) v = c.indicators[&r - atlas.indicators().data()];
    if constexpr (std::is_same_v<R, Event>) v = c.events[&r - atlas.events().data()];
    if constexpr (std::is_same_v<R, Application>) v = c.applications[&r - atlas.applications().data()];
    return v == detail::CityOf::no_city ? npos : v;
  }
  // One value per city, every value zero.
  [[nodiscard]] Values zeros() const {
    Values out;
    out.reserve(atlas.cities().size());
    for (const auto& c : atlas.cities()) out.push_back({c.id, Decimal(0), "0", {}});
    return out;
  }
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

// One value per city: a count of records that pass a predicate, each counted for the city it belongs to. One pass
// over the records, whatever the number of cities.
template <class Record, class Pred>
Values count_records(const Context& cx, std::span<const Record> records, RecordKind kind, Pred pred) {
  Values out = cx.zeros();
  std::vector<long long> n(out.size(), 0);
  for (const auto& r : records) {
    std::size_t c = cx.home(r);
    if (c == Context::npos || !pred(r)) continue;
    ++n[c];
    if (cx.evidence) out[c].evidence.push_back({kind, r.id});
  }
  for (std::size_t c = 0; c < out.size(); ++c) {
    out[c].value = Decimal(n[c]);
    out[c].stated = std::to_string(n[c]);
  }
  return out;
}

// One value per city from indicators of a metric with a city scope: the largest stated value (its lower bound for
// "more than"), with the indicator as evidence. Missing when the sources report none.
Values from_indicators(const Context& cx, Metric metric) {
  Values out;
  for (const auto& c : cx.atlas.cities()) out.push_back({c.id, std::nullopt, {}, {}});
  for (const auto& i : cx.atlas.indicators()) {
    if (i.metric != metric || i.scope.level != ScopeLevel::city || !cx.keep(i)) continue;
    if (!cx.in_window(i.as_of) && i.as_of) continue;
    std::size_t c = cx.home(i);
    if (c == Context::npos) continue;
    MetricValue& v = out[c];
    if (!v.value || i.value.value > *v.value) {
      v.value = i.value.value;
      v.stated = i.value.describe();
      if (cx.evidence) v.evidence = {{RecordKind::indicator, i.id}};
    }
  }
  return out;
}

// Calls f(city position, scheme) for every scheme kept by the options, in atlas order.
template <class F>
void for_each_scheme(const Context& cx, F f) {
  for (const auto& s : cx.atlas.schemes()) {
    std::size_t c = cx.home(s);
    if (c != Context::npos && cx.keep(s) && cx.in_window(s.issued)) f(c, s);
  }
}

// Incentive amounts in yuan per city: the largest, or the sum, of the stated caps of items of a money kind.
Values incentive_amounts(const Context& cx, MoneyKind kind, bool sum,
                         std::optional<IncentiveCategory> category = std::nullopt) {
  Values out = cx.zeros();
  for (auto& v : out) v.stated = "0 CNY";
  std::vector<Decimal> total(out.size());
  for_each_scheme(cx, [&](std::size_t c, const IncentiveScheme& s) {
    MetricValue& v = out[c];
    for (const auto& it : s.items) {
      if (money_kind(it.form) != kind || !it.amount || (category && it.category != *category)) continue;
      auto m = it.amount->money();
      if (!m || m->currency() != Currency::cny) continue;
      if (sum) {
        total[c] += m->amount();
        if (cx.evidence) v.evidence.push_back({RecordKind::incentive, it.id});
      } else if (m->amount() > *v.value) {
        v.value = m->amount();
        v.stated = it.amount->describe();
        if (cx.evidence) v.evidence = {{RecordKind::incentive, it.id}};
      }
    }
  });
  if (sum)
    for (std::size_t c = 0; c < out.size(); ++c) {
      out[c].value = total[c];
      out[c].stated = Money(total[c]).to_string();
    }
  return out;
}

// Events are about blockchain when their text says so (娄底's 2012 lending crisis is context, not a move).
bool about_blockchain(const Atlas& atlas, const RecordRef& ref) {
  if (ref.kind != RecordKind::event) return true;
  const Event* e = atlas.find_event(ref.id);
  if (!e) return false;
  std::string text = normalize(e->title + " " + e->description.value_or(""));
  return text.find("区块链") != std::string::npos || text.find("链") != std::string::npos;
}

struct Builtin {
  MetricDefinition def;
  std::function<Values(const Context&)> compute;
};

const std::vector<Builtin>& builtins() {
  using D = Direction;
  using A = Absence;
  static const std::vector<Builtin> list = [] {
    std::vector<Builtin> b;
    auto add = [&](std::string id, std::string name, std::string unit, D d, A a, std::string desc,
                   std::function<Values(const Context&)> f) {
      b.push_back({{std::move(id), std::move(name), std::move(unit), d, a, std::move(desc)}, std::move(f)});
    };
    auto policies = [](auto extra) {
      return [extra](const Context& cx) {
        return count_records(cx, cx.atlas.policies(), RecordKind::policy,
                             [&](const PolicyDocument& p) { return cx.keep(p) && cx.in_window(p.issued) && extra(p); });
      };
    };
    add("policies", "Policy documents", "count", D::higher_is_better, A::zero,
        "Policy documents of the city (its own, or naming it), issued in the window",
        policies([](const PolicyDocument&) { return true; }));
    add("dedicated_policies", "Blockchain-specific policies", "count", D::higher_is_better, A::zero,
        "Policy documents dedicated to blockchain (专项), issued in the window",
        policies([](const PolicyDocument& p) { return p.dedicated == true; }));
    add("policies_with_areas", "Policies naming application areas", "count", D::higher_is_better, A::zero,
        "Policy documents that name at least one application area",
        policies([](const PolicyDocument& p) { return !p.areas.empty(); }));
    add("policy_targets", "Quantitative targets", "count", D::higher_is_better, A::zero,
        "Quantitative targets with deadlines in the city's policy documents", [](const Context& cx) {
          Values out = cx.zeros();
          std::vector<long long> n(out.size(), 0);
          for (const auto& p : cx.atlas.policies()) {
            std::size_t c = cx.home(p);
            if (c == Context::npos || p.targets.empty() || !cx.keep(p) || !cx.in_window(p.issued)) continue;
            n[c] += static_cast<long long>(p.targets.size());
            if (cx.evidence) out[c].evidence.push_back({RecordKind::policy, p.id});
          }
          for (std::size_t c = 0; c < out.size(); ++c) {
            out[c].value = Decimal(n[c]);
            out[c].stated = std::to_string(n[c]);
          }
          return out;
        });
    add("reported_policy_count", "Reported policy items", "count", D::higher_is_better, A::missing,
        "Blockchain-related policy items the sources count for the city (e.g. since March 2020)",
        [](const Context& cx) { return from_indicators(cx, Metric::policy_count); });
    add("parks", "Parks", "count", D::higher_is_better, A::zero,
        "Blockchain parks, bases, incubators and innovation centres in the city (not labs, data centres or planned "
        "zones)",
        [](const Context& cx) {
          return count_records(cx, cx.atlas.parks(), RecordKind::park, [&](const IndustrialPark& p) {
            return is_industrial_park(p.kind) && cx.keep(p) && cx.in_window(p.opened);
          });
        });
    add("government_led_parks", "Government-led parks", "count", D::higher_is_better, A::zero,
        "Parks the sources call government-led or government-guided", [](const Context& cx) {
          return count_records(cx, cx.atlas.parks(), RecordKind::park, [&](const IndustrialPark& p) {
            return cx.keep(p) && cx.in_window(p.opened) &&
                   (p.governance == Governance::government_led || p.governance == Governance::government_guided);
          });
        });
    add("reported_park_count", "Reported parks", "count", D::higher_is_better, A::missing,
        "Parks the sources count for the city",
        [](const Context& cx) { return from_indicators(cx, Metric::park_count); });
    add("enterprises", "Blockchain enterprises", "count", D::higher_is_better, A::missing,
        "Blockchain enterprises the sources count in the city (largest report)",
        [](const Context& cx) { return from_indicators(cx, Metric::enterprise_count); });
    add("largest_grant", "Largest grant", "CNY", D::higher_is_better, A::zero,
        "The largest single award or subsidy (stated cap) of the city's incentive schemes",
        [](const Context& cx) { return incentive_amounts(cx, MoneyKind::grant, false); });
    add("total_grants", "Sum of grant caps", "CNY", D::higher_is_better, A::zero,
        "The sum of the stated caps of every award and subsidy item (loans and funds apart)",
        [](const Context& cx) { return incentive_amounts(cx, MoneyKind::grant, true); });
    add("largest_loan", "Largest loan or fund", "CNY", D::higher_is_better, A::zero,
        "The largest stated start-up loan, fund or equity amount",
        [](const Context& cx) { return incentive_amounts(cx, MoneyKind::loan, false); });
    add("incentive_items", "Incentive items", "count", D::higher_is_better, A::zero,
        "Items of the city's incentive schemes, with or without an amount", [](const Context& cx) {
          Values out = cx.zeros();
          std::vector<long long> n(out.size(), 0);
          for_each_scheme(cx, [&](std::size_t c, const IncentiveScheme& s) {
            for (const auto& it : s.items) {
              ++n[c];
              if (cx.evidence) out[c].evidence.push_back({RecordKind::incentive, it.id});
            }
          });
          for (std::size_t c = 0; c < out.size(); ++c) {
            out[c].value = Decimal(n[c]);
            out[c].stated = std::to_string(n[c]);
          }
          return out;
        });
    add("universities", "Universities", "count", D::higher_is_better, A::missing, "Universities the sources count",
        [](const Context& cx) { return from_indicators(cx, Metric::university_count); });
    add("students", "University students", "count", D::higher_is_better, A::missing,
        "Students enrolled in universities, as reported",
        [](const Context& cx) { return from_indicators(cx, Metric::student_count); });
    add("academicians", "Academicians", "count", D::higher_is_better, A::missing,
        "Academicians of the two academies, as reported",
        [](const Context& cx) { return from_indicators(cx, Metric::academician_count); });
    add("talent_demand_rank", "Talent demand rank", "rank", D::lower_is_better, A::missing,
        "The city's national rank in demand for blockchain staff, as reported",
        [](const Context& cx) { return from_indicators(cx, Metric::talent_demand_rank); });
    add("registered_company_rank", "Company registration rank", "rank", D::lower_is_better, A::missing,
        "The city's reported national rank in registered blockchain companies",
        [](const Context& cx) { return from_indicators(cx, Metric::registered_company_rank); });
    add("patent_rank", "Patent rank", "rank", D::lower_is_better, A::missing,
        "The city's reported national rank in blockchain patent applications",
        [](const Context& cx) { return from_indicators(cx, Metric::patent_rank); });
    add("salary_rank", "Salary rank", "rank", D::lower_is_better, A::missing,
        "The city's reported national rank in average blockchain salaries",
        [](const Context& cx) { return from_indicators(cx, Metric::salary_rank); });
    for (auto [id, name, category] :
         {std::tuple{"largest_listing_award", "Largest listing award", IncentiveCategory::listing},
          std::tuple{"largest_rnd_award", "Largest R&D platform award", IncentiveCategory::rnd_platform},
          std::tuple{"largest_talent_award", "Largest talent award", IncentiveCategory::talent},
          std::tuple{"largest_housing_subsidy", "Largest housing subsidy", IncentiveCategory::housing}}) {
      add(id, name, "CNY", D::higher_is_better, A::zero,
          std::string("The largest stated grant of category ") + std::string(to_string(category)),
          [category = category](const Context& cx) {
            return incentive_amounts(cx, MoneyKind::grant, false, category);
          });
    }
    add("applications", "Applications", "count", D::higher_is_better, A::zero,
        "Blockchain platforms and scenarios the city put into use (city chain, BSN node, e-invoices …)",
        [](const Context& cx) {
          return count_records(cx, cx.atlas.applications(), RecordKind::application,
                               [&](const Application& a) { return cx.keep(a) && cx.in_window(a.launched); });
        });
    add("application_areas", "Application areas named", "count", D::higher_is_better, A::zero,
        "Distinct application scenarios (government, finance, tax, traceability …; not industry or talent) named by "
        "the "
        "city's own policy documents",
        [](const Context& cx) {
          Values out = cx.zeros();
          std::vector<std::set<ApplicationArea>> areas(out.size());
          for (const auto& p : cx.atlas.policies()) {
            std::size_t c = cx.home(p);
            if (c == Context::npos || p.areas.empty() || !cx.keep(p) || !cx.in_window(p.issued)) continue;
            for (ApplicationArea ar : p.areas)
              if (ar != ApplicationArea::industry && ar != ApplicationArea::talent && ar != ApplicationArea::other)
                areas[c].insert(ar);
            if (cx.evidence) out[c].evidence.push_back({RecordKind::policy, p.id});
          }
          for (std::size_t c = 0; c < out.size(); ++c) {
            out[c].value = Decimal(static_cast<long long>(areas[c].size()));
            out[c].stated = std::to_string(areas[c].size());
          }
          return out;
        });
    add("first_claims", "First-mover claims", "points", D::higher_is_better, A::zero,
        "Distinct first-mover claims about the city: 1 point for a first in China (or the world), 0.5 for a first in a "
        "province or region, 0.25 for a first in the city",
        [](const Context& cx) {
          Values out;
          QueryOptions qo;
          qo.include_inserts = cx.options.include_inserts;
          auto answers = firsts(cx.atlas, qo);
          for (const auto& c : cx.atlas.cities()) {
            MetricValue v{c.id, Decimal(0), {}, {}};
            Decimal points;
            std::set<std::string> seen;  // one claim told by several records counts once
            for (const auto& a : answers) {
              if (!a.claimed || std::find(a.cities.begin(), a.cities.end(), c.id) == a.cities.end()) continue;
              if (cx.evidence) v.evidence.insert(v.evidence.end(), a.records.begin(), a.records.end());
              if (!seen.insert(normalize(a.question)).second) continue;
              FirstScope scope = a.claim ? a.claim->scope : FirstScope::nation;
              points += scope == FirstScope::nation || scope == FirstScope::world ? *Decimal::parse("1")
                        : scope == FirstScope::province                           ? *Decimal::parse("0.5")
                                                                                  : *Decimal::parse("0.25");
            }
            v.value = points;
            v.stated = points.to_string() + " (" + std::to_string(seen.size()) + " claims)";
            out.push_back(std::move(v));
          }
          return out;
        });
    add("earliest_move", "Year of the first move", "year", D::lower_is_better, A::missing,
        "The year of the city's earliest dated blockchain record: a policy, park or application, or an event whose "
        "title "
        "or description is about blockchain (区块链/链)",
        [](const Context& cx) {
          Values out;
          for (const auto& c : cx.atlas.cities()) out.push_back({c.id, std::nullopt, {}, {}});
          // Each city's first entry of its timeline (timeline(): date order, then policies, parks, schemes, events,
          // applications, each in atlas order) that is about blockchain, found in one pass: a record replaces a
          // city's current first only when its date sorts strictly before.
          std::vector<std::optional<PartialDate>> first(out.size());
          auto consider = [&](const auto& record, const std::optional<RecordedDate>& d, RecordKind kind,
                              std::initializer_list<std::size_t> direct, const std::vector<std::string>* named) {
            const std::string& id = record.id;
            if (!d || !cx.keep(record) || !cx.in_window(d)) return;
            std::optional<bool> about;  // decided once, when first needed
            auto take = [&](std::size_t c) {
              if (c == Context::npos || (first[c] && !(d->value < *first[c]))) return;
              if (!about) about = about_blockchain(cx.atlas, {kind, id});
              if (!*about) return;
              first[c] = d->value;
              out[c].value = Decimal(d->value.year());
              out[c].stated = d->value.to_string();
              if (cx.evidence) out[c].evidence = {{kind, id}};
            };
            for (std::size_t c : direct) take(c);
            if (named)
              for (const auto& n : *named) take(cx.city(n));
          };
          for (const auto& p : cx.atlas.policies()) {
            // record_city(): the scope's city, or the one city named; a policy naming several is each one's.
            std::size_t own = cx.home(p);
            if (own == Context::npos && p.cities.size() == 1) own = cx.city(p.cities[0]);
            consider(p, p.issued, RecordKind::policy, {own}, &p.cities);
          }
          for (const auto& p : cx.atlas.parks()) consider(p, p.opened, RecordKind::park, {cx.home(p)}, nullptr);
          for (const auto& sc : cx.atlas.schemes()) consider(sc, sc.issued, RecordKind::scheme, {cx.home(sc)}, nullptr);
          for (const auto& e : cx.atlas.events()) consider(e, e.date, RecordKind::event, {cx.home(e)}, nullptr);
          for (const auto& ap : cx.atlas.applications())
            consider(ap, ap.launched, RecordKind::application, {cx.home(ap)}, nullptr);
          return out;
        });
    add("events", "Events", "count", D::higher_is_better, A::zero,
        "Conferences, launches, signings and other dated events in the city", [](const Context& cx) {
          return count_records(cx, cx.atlas.events(), RecordKind::event,
                               [&](const Event& e) { return cx.keep(e) && cx.in_window(e.date); });
        });
    return b;
  }();
  return list;
}

}  // namespace

const std::vector<MetricDefinition>& builtin_metrics() {
  static const std::vector<MetricDefinition> defs = [] {
    std::vector<MetricDefinition> d;
    for (const auto& b : builtins()) d.push_back(b.def);
    return d;
  }();
  return defs;
}

const MetricDefinition* find_metric(std::string_view id) {
  for (const auto& d : builtin_metrics())
    if (d.id == id) return &d;
  return nullptr;
}

std::vector<MetricValue> compute_metric(const Atlas& atlas, std::string_view id, const MetricOptions& options) {
  return detail::compute_metric_values(atlas, id, options, true);
}

std::vector<double> ranks_of(const std::vector<double>& scores, TiePolicy ties) {
  std::vector<double> ranks(scores.size());
  detail::Ranker().rank(scores.data(), scores.size(), ties, ranks.data());  // the kernel's ranker, ties and all
  return ranks;
}

std::vector<RankedValue> rank_by(const std::vector<MetricValue>& values, Direction direction, TiePolicy ties) {
  std::vector<RankedValue> with, without;
  std::vector<double> keys;
  for (const auto& v : values) {
    if (!v.value) {
      without.push_back({v.city, 0, v});
      continue;
    }
    // Exact comparison: rank on the scaled integer (no rounding), as a double key only for ordering.
    double key = static_cast<double>(v.value->scaled().convert_to<long double>());
    keys.push_back(direction == Direction::higher_is_better ? key : -key);
    with.push_back({v.city, 0, v});
  }
  std::vector<double> r = ranks_of(keys, ties);
  for (std::size_t i = 0; i < with.size(); ++i) with[i].rank = r[i];
  std::stable_sort(with.begin(), with.end(), [](const auto& a, const auto& b) { return a.rank < b.rank; });
  with.insert(with.end(), without.begin(), without.end());
  return with;
}

std::string_view to_string(Direction d) noexcept {
  return d == Direction::higher_is_better ? "higher_is_better" : "lower_is_better";
}

std::string_view to_string(TiePolicy t) noexcept {
  switch (t) {
    case TiePolicy::competition:
      return "competition";
    case TiePolicy::dense:
      return "dense";
    case TiePolicy::fractional:
      return "fractional";
  }
  return "?";
}

}  // namespace v1

std::vector<MetricValue> detail::compute_metric_values(const Atlas& atlas, std::string_view id,
                                                       const MetricOptions& options, bool evidence) {
  for (const auto& b : builtins())
    if (b.def.id == id) return b.compute(Context{atlas, options, evidence});
  throw NotFoundError("no metric \"" + std::string(id) + "\"; see chaincity rank --list-metrics");
}
}  // namespace chaincity
