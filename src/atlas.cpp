#include <chaincity/atlas.hpp>
#include <chaincity/core/error.hpp>

#include <algorithm>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "atlas_index.hpp"
#include "utf8.hpp"

namespace chaincity {
inline namespace v1 {

Error::Error(const std::string& message) : std::runtime_error(message) {}

std::string to_string(const Location& where) {
  std::string out = where.file;
  if (where.line) {
    out += (out.empty() ? "line " : ":") + std::to_string(where.line);
    if (where.column) out += ":" + std::to_string(where.column);
  }
  if (!where.json_pointer.empty()) out += (out.empty() ? "" : ": ") + where.json_pointer;
  return out;
}

namespace {
std::string join_location(const Location& where, const std::string& detail) {
  std::string loc = to_string(where);
  return loc.empty() ? detail : loc + ": " + detail;
}
std::string join_problems(const std::vector<Problem>& problems) {
  std::string out = std::to_string(problems.size()) + " problem(s)";
  for (const auto& p : problems) out += "\n  " + join_location(p.where, p.message);
  return out;
}
}  // namespace

ParseError::ParseError(Location where, const std::string& what_expected)
    : Error(join_location(where, what_expected)), where_(std::move(where)), detail_(what_expected) {}

ValidationError::ValidationError(std::vector<Problem> problems)
    : Error(join_problems(problems)), problems_(std::move(problems)) {}

namespace {
struct AtlasData {
  std::string name;
  std::vector<Source> sources;
  std::vector<City> cities;
  std::vector<PolicyDocument> policies;
  std::vector<IndustrialPark> parks;
  std::vector<IncentiveScheme> schemes;
  std::vector<Indicator> indicators;
  std::vector<Event> events;
  std::vector<Application> applications;
  // Indexes: id -> position.
  std::unordered_map<std::string_view, std::size_t> source_ix, city_ix, policy_ix, park_ix, scheme_ix, indicator_ix,
      event_ix, application_ix;
  std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> incentive_ix;
};
}  // namespace

// A value built on first use, once, whichever thread asks first.
template <class T>
struct Lazy {
  mutable std::once_flag once;
  mutable std::unique_ptr<T> value;
  template <class Build>
  const T& get(Build build) const {
    std::call_once(once, [&] { value = std::make_unique<T>(build()); });
    return *value;
  }
};

struct Atlas::Impl : AtlasData {
  // Built on first use, shared by every copy (the records never change, so neither do these).
  Lazy<detail::PolicyIndex> policy_index;
  Lazy<detail::TermIndex> policy_terms;
  Lazy<detail::InsertOnly> insert_only;
  Lazy<detail::CityOf> city_of;
};

struct AtlasInternals {
  static const Atlas::Impl& impl(const Atlas& atlas) { return *atlas.impl_; }
};

}  // namespace v1

const detail::PolicyIndex& detail::policy_index(const Atlas& atlas) {
  return AtlasInternals::impl(atlas).policy_index.get([&] { return build_policy_index(atlas); });
}
const detail::TermIndex& detail::policy_terms(const Atlas& atlas) {
  return AtlasInternals::impl(atlas).policy_terms.get([&] { return build_policy_terms(atlas); });
}
const detail::InsertOnly& detail::insert_only(const Atlas& atlas) {
  return AtlasInternals::impl(atlas).insert_only.get([&] { return build_insert_only(atlas); });
}
const detail::CityOf& detail::city_of(const Atlas& atlas) {
  return AtlasInternals::impl(atlas).city_of.get([&] { return build_city_of(atlas); });
}

inline namespace v1 {

namespace {

template <class T>
const T* lookup(const std::unordered_map<std::string_view, std::size_t>& ix, const std::vector<T>& v,
                std::string_view id) noexcept {
  auto it = ix.find(id);
  return it == ix.end() ? nullptr : &v[it->second];
}
}  // namespace

Atlas::Atlas() : impl_(std::make_shared<const Impl>()) {}
const std::string& Atlas::name() const noexcept { return impl_->name; }
std::span<const Source> Atlas::sources() const noexcept { return impl_->sources; }
std::span<const City> Atlas::cities() const noexcept { return impl_->cities; }
std::span<const PolicyDocument> Atlas::policies() const noexcept { return impl_->policies; }
std::span<const IndustrialPark> Atlas::parks() const noexcept { return impl_->parks; }
std::span<const IncentiveScheme> Atlas::schemes() const noexcept { return impl_->schemes; }
std::span<const Indicator> Atlas::indicators() const noexcept { return impl_->indicators; }
std::span<const Event> Atlas::events() const noexcept { return impl_->events; }
std::span<const Application> Atlas::applications() const noexcept { return impl_->applications; }

const Source* Atlas::find_source(std::string_view id) const noexcept {
  return lookup(impl_->source_ix, impl_->sources, id);
}
const City* Atlas::find_city(std::string_view id) const noexcept { return lookup(impl_->city_ix, impl_->cities, id); }
const PolicyDocument* Atlas::find_policy(std::string_view id) const noexcept {
  return lookup(impl_->policy_ix, impl_->policies, id);
}
const IndustrialPark* Atlas::find_park(std::string_view id) const noexcept {
  return lookup(impl_->park_ix, impl_->parks, id);
}
const IncentiveScheme* Atlas::find_scheme(std::string_view id) const noexcept {
  return lookup(impl_->scheme_ix, impl_->schemes, id);
}
const Incentive* Atlas::find_incentive(std::string_view id) const noexcept {
  auto it = impl_->incentive_ix.find(id);
  if (it == impl_->incentive_ix.end()) return nullptr;
  return &impl_->schemes[it->second.first].items[it->second.second];
}
const Indicator* Atlas::find_indicator(std::string_view id) const noexcept {
  return lookup(impl_->indicator_ix, impl_->indicators, id);
}
const Event* Atlas::find_event(std::string_view id) const noexcept {
  return lookup(impl_->event_ix, impl_->events, id);
}
const Application* Atlas::find_application(std::string_view id) const noexcept {
  return lookup(impl_->application_ix, impl_->applications, id);
}

const City& Atlas::city(std::string_view id) const {
  if (const City* c = find_city(id)) return *c;
  throw NotFoundError("no city with id \"" + std::string(id) + "\" in atlas \"" + impl_->name + "\"");
}

bool Atlas::from_insert_only(std::span<const Provenance> provenance) const noexcept {
  if (provenance.empty()) return false;
  return std::all_of(provenance.begin(), provenance.end(), [&](const Provenance& p) {
    const Source* s = find_source(p.source);
    return s && s->kind == SourceKind::insert;
  });
}

std::size_t Atlas::record_count() const noexcept {
  std::size_t items = 0;
  for (const auto& s : impl_->schemes) items += s.items.size();
  return impl_->sources.size() + impl_->cities.size() + impl_->policies.size() + impl_->parks.size() +
         impl_->schemes.size() + items + impl_->indicators.size() + impl_->events.size() + impl_->applications.size();
}

bool Atlas::operator==(const Atlas& o) const {
  if (impl_ == o.impl_) return true;
  const Impl& a = *impl_;
  const Impl& b = *o.impl_;
  return a.name == b.name && a.sources == b.sources && a.cities == b.cities && a.policies == b.policies &&
         a.parks == b.parks && a.schemes == b.schemes && a.indicators == b.indicators && a.events == b.events &&
         a.applications == b.applications;
}

// ---- builder and validation ----

struct AtlasBuilder::State {
  AtlasData impl;
};

AtlasBuilder::AtlasBuilder() : state_(std::make_unique<State>()) {}
AtlasBuilder::~AtlasBuilder() = default;
AtlasBuilder::AtlasBuilder(AtlasBuilder&&) noexcept = default;
AtlasBuilder& AtlasBuilder::operator=(AtlasBuilder&&) noexcept = default;
AtlasBuilder& AtlasBuilder::name(std::string name) {
  state_->impl.name = std::move(name);
  return *this;
}
AtlasBuilder& AtlasBuilder::add(Source r) { return state_->impl.sources.push_back(std::move(r)), *this; }
AtlasBuilder& AtlasBuilder::add(City r) { return state_->impl.cities.push_back(std::move(r)), *this; }
AtlasBuilder& AtlasBuilder::add(PolicyDocument r) { return state_->impl.policies.push_back(std::move(r)), *this; }
AtlasBuilder& AtlasBuilder::add(IndustrialPark r) { return state_->impl.parks.push_back(std::move(r)), *this; }
AtlasBuilder& AtlasBuilder::add(IncentiveScheme r) { return state_->impl.schemes.push_back(std::move(r)), *this; }
AtlasBuilder& AtlasBuilder::add(Indicator r) { return state_->impl.indicators.push_back(std::move(r)), *this; }
AtlasBuilder& AtlasBuilder::add(Event r) { return state_->impl.events.push_back(std::move(r)), *this; }
AtlasBuilder& AtlasBuilder::add(Application r) { return state_->impl.applications.push_back(std::move(r)), *this; }

namespace {

class Validator {
 public:
  explicit Validator(AtlasData& impl) : a_(impl) {}

  std::vector<Problem> run() {
    index("sources", a_.sources, a_.source_ix);
    index("cities", a_.cities, a_.city_ix);
    index("policies", a_.policies, a_.policy_ix);
    index("parks", a_.parks, a_.park_ix);
    index("schemes", a_.schemes, a_.scheme_ix);
    index("indicators", a_.indicators, a_.indicator_ix);
    index("events", a_.events, a_.event_ix);
    index("applications", a_.applications, a_.application_ix);
    for (std::size_t s = 0; s < a_.schemes.size(); ++s) {
      for (std::size_t k = 0; k < a_.schemes[s].items.size(); ++k) {
        const auto& id = a_.schemes[s].items[k].id;
        std::string at = ptr("schemes", s) + "/items/" + std::to_string(k);
        if (id.empty())
          add(at + "/id", "expected a non-empty id");
        else if (!a_.incentive_ix.emplace(id, std::pair{s, k}).second)
          add(at + "/id", "expected a unique incentive item id, got \"" + id + "\" again");
      }
    }
    for (std::size_t i = 0; i < a_.sources.size(); ++i) {
      if (a_.sources[i].file.empty()) add(ptr("sources", i) + "/file", "expected the source's file name");
    }
    for (std::size_t i = 0; i < a_.cities.size(); ++i) check_city(a_.cities[i], ptr("cities", i));
    for (std::size_t i = 0; i < a_.policies.size(); ++i) check_policy(a_.policies[i], ptr("policies", i));
    for (std::size_t i = 0; i < a_.parks.size(); ++i) check_park(a_.parks[i], ptr("parks", i));
    for (std::size_t i = 0; i < a_.schemes.size(); ++i) check_scheme(a_.schemes[i], ptr("schemes", i));
    for (std::size_t i = 0; i < a_.indicators.size(); ++i) check_indicator(a_.indicators[i], ptr("indicators", i));
    for (std::size_t i = 0; i < a_.events.size(); ++i) {
      const auto& e = a_.events[i];
      std::string at = ptr("events", i);
      need_text(e.title, at + "/title", "a title");
      city_ref(e.city, at + "/city");
      provenance(e.provenance, at);
    }
    for (std::size_t i = 0; i < a_.applications.size(); ++i) {
      const auto& e = a_.applications[i];
      std::string at = ptr("applications", i);
      need_text(e.name, at + "/name", "a name");
      city_ref(e.city, at + "/city");
      provenance(e.provenance, at);
    }
    return std::move(problems_);
  }

 private:
  static std::string ptr(const char* coll, std::size_t i) {
    std::string out = "/";  // appended, not concatenated: GCC 12 warns falsely (-Wrestrict) on "/" + s at -O2
    out.append(coll).append("/").append(std::to_string(i));
    return out;
  }
  void add(std::string pointer, std::string message) {
    problems_.push_back(Problem{Location{{}, std::move(pointer), 0, 0}, std::move(message)});
  }
  template <class T>
  void index(const char* coll, const std::vector<T>& v, std::unordered_map<std::string_view, std::size_t>& ix) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v[i].id.empty())
        add(ptr(coll, i) + "/id", "expected a non-empty id");
      else if (!ix.emplace(v[i].id, i).second)
        add(ptr(coll, i) + "/id", "expected a unique id, got \"" + v[i].id + "\" again");
    }
  }
  void need_text(const std::string& s, const std::string& at, const char* what) {
    if (s.empty()) add(at, std::string("expected ") + what);
  }
  void city_ref(const std::optional<std::string>& id, const std::string& at) {
    if (id && !a_.city_ix.count(*id))
      add(at, "expected the id of a city in the atlas, got unknown city \"" + *id + "\"");
  }
  void provenance(const std::vector<Provenance>& p, const std::string& at) {
    if (p.empty()) {
      add(at + "/provenance", "expected at least one provenance entry (source and quote)");
      return;
    }
    for (std::size_t k = 0; k < p.size(); ++k) {
      std::string here = at + "/provenance/" + std::to_string(k);
      if (!a_.source_ix.count(p[k].source))
        add(here + "/source", "expected the id of a source in the atlas, got unknown source \"" + p[k].source + "\"");
      std::size_t n = detail::count_code_points(p[k].quote);
      if (p[k].quote.empty())
        add(here + "/quote", "expected a non-empty verbatim quote");
      else if (n == std::string_view::npos)
        add(here + "/quote", "expected UTF-8 text");
      else if (n > 80)
        add(here + "/quote", "expected a quote of at most 80 characters, got " + std::to_string(n));
    }
  }
  void scope(const Scope& s, const std::string& at) {
    switch (s.level) {
      case ScopeLevel::city:
      case ScopeLevel::district:
        if (!a_.city_ix.count(s.city))
          add(at + "/city", "expected the id of a city in the atlas, got unknown city \"" + s.city + "\"");
        if (s.level == ScopeLevel::district && s.district.empty()) add(at + "/district", "expected a district name");
        break;
      case ScopeLevel::province:
        if (s.province.empty()) add(at + "/province", "expected a province name");
        break;
      case ScopeLevel::region:
        if (s.name.empty()) add(at + "/name", "expected a region name");
        break;
      case ScopeLevel::nation:
        break;
    }
  }
  void quantity(const Quantity& q, const std::string& at) {
    if (q.qualifier == Qualifier::between && (!q.upper || *q.upper < q.value))
      add(at, "expected a range whose upper bound is at least its value");
    if (q.qualifier != Qualifier::between && q.upper) add(at + "/upper", "expected no upper bound unless between");
  }
  void check_city(const City& c, const std::string& at) {
    need_text(c.name_hans, at + "/name_hans", "the Simplified name");
    need_text(c.name_hant, at + "/name_hant", "the Traditional name");
    need_text(c.pinyin, at + "/pinyin", "the pinyin");
    need_text(c.name_en, at + "/name_en", "the English name");
    need_text(c.province, at + "/province", "the province");
    provenance(c.provenance, at);
  }
  void check_policy(const PolicyDocument& p, const std::string& at) {
    if (!p.title && !p.description) add(at + "/title", "expected a title or a description");
    scope(p.scope, at + "/scope");
    for (std::size_t k = 0; k < p.cities.size(); ++k)
      if (!a_.city_ix.count(p.cities[k]))
        add(at + "/cities/" + std::to_string(k),
            "expected the id of a city in the atlas, got unknown city \"" + p.cities[k] + "\"");
    for (std::size_t k = 0; k < p.targets.size(); ++k) {
      std::string here = at + "/targets/" + std::to_string(k);
      quantity(p.targets[k].value, here + "/value");
      provenance(p.targets[k].provenance, here);
    }
    provenance(p.provenance, at);
  }
  void check_park(const IndustrialPark& p, const std::string& at) {
    need_text(p.name, at + "/name", "a name");
    city_ref(p.city, at + "/city");
    if (p.enterprise_count) quantity(*p.enterprise_count, at + "/enterprise_count");
    if (p.revenue) quantity(*p.revenue, at + "/revenue");
    provenance(p.provenance, at);
  }
  void check_scheme(const IncentiveScheme& s, const std::string& at) {
    need_text(s.name, at + "/name", "a name");
    city_ref(s.city, at + "/city");
    if (s.policy && !a_.policy_ix.count(*s.policy))
      add(at + "/policy", "expected the id of a policy in the atlas, got unknown policy \"" + *s.policy + "\"");
    if (s.cap) quantity(*s.cap, at + "/cap");
    for (std::size_t k = 0; k < s.items.size(); ++k) {
      std::string here = at + "/items/" + std::to_string(k);
      if (s.items[k].amount) quantity(*s.items[k].amount, here + "/amount");
      provenance(s.items[k].provenance, here);
    }
    provenance(s.provenance, at);
  }
  void check_indicator(const Indicator& i, const std::string& at) {
    scope(i.scope, at + "/scope");
    quantity(i.value, at + "/value");
    if (i.window && !i.window->range().ok()) add(at + "/window", "expected a window whose start is not after its end");
    provenance(i.provenance, at);
  }

  AtlasData& a_;
  std::vector<Problem> problems_;
};

}  // namespace

Atlas AtlasBuilder::build() {
  auto impl = std::make_shared<Atlas::Impl>();
  static_cast<AtlasData&>(*impl) = std::move(state_->impl);
  state_->impl = AtlasData{};
  std::vector<Problem> problems = Validator(*impl).run();
  if (!problems.empty()) throw ValidationError(std::move(problems));
  Atlas out;
  out.impl_ = std::move(impl);
  return out;
}

// ---- as-of views ----

Atlas Atlas::as_of(const PartialDate& date) const {
  const auto last = date.latest();
  auto known = [&](const std::vector<Provenance>& prov) {
    for (const auto& p : prov) {
      const Source* s = find_source(p.source);
      if (s && (!s->published || s->published->value.earliest() <= last)) return true;
    }
    return false;
  };
  auto not_after = [&](const std::optional<RecordedDate>& d) { return !d || d->value.earliest() <= last; };
  AtlasBuilder b;
  b.name(impl_->name + " (as of " + date.to_string() + ")");
  for (const auto& s : impl_->sources) b.add(s);
  for (const auto& c : impl_->cities) b.add(c);
  std::set<std::string> policies;
  for (const auto& p : impl_->policies)
    if (known(p.provenance) && not_after(p.issued)) {
      policies.insert(p.id);
      b.add(p);
    }
  for (const auto& p : impl_->parks)
    if (known(p.provenance) && not_after(p.opened)) b.add(p);
  for (auto s : impl_->schemes) {
    if (!known(s.provenance) || !not_after(s.issued)) continue;
    if (s.policy && !policies.count(*s.policy)) s.policy.reset();
    b.add(std::move(s));
  }
  for (const auto& i : impl_->indicators)
    if (known(i.provenance) && not_after(i.as_of)) b.add(i);
  for (const auto& e : impl_->events)
    if (known(e.provenance) && not_after(e.date)) b.add(e);
  for (const auto& a : impl_->applications)
    if (known(a.provenance) && not_after(a.launched)) b.add(a);
  return b.build();
}

// ---- summary ----

AtlasSummary summarize(const Atlas& atlas) {
  AtlasSummary s;
  s.name = atlas.name();
  for (const auto& src : atlas.sources()) (src.kind == SourceKind::article ? s.articles : s.inserts)++;
  s.cities = atlas.cities().size();
  s.policies = atlas.policies().size();
  s.parks = atlas.parks().size();
  s.schemes = atlas.schemes().size();
  s.indicators = atlas.indicators().size();
  s.events = atlas.events().size();
  s.applications = atlas.applications().size();
  std::unordered_set<std::string_view> covered;
  const detail::InsertOnly& flags = detail::insert_only(atlas);
  auto date = [&](const std::optional<RecordedDate>& d) {
    if (!d) return;
    if (!s.earliest || d->value.earliest() < s.earliest->earliest()) s.earliest = d->value;
    if (!s.latest || d->value.latest() > s.latest->latest()) s.latest = d->value;
  };
  // Counts a record's quotes, and the record when it comes from inserts only (flags computed once per atlas).
  auto record = [&](const auto& r, std::span<const std::remove_cvref_t<decltype(r)>> all,
                    const std::vector<std::uint8_t>& insert_only) {
    s.quotes += r.provenance.size();
    if (insert_only[static_cast<std::size_t>(&r - all.data())]) ++s.insert_records;
  };
  auto cover = [&](const std::optional<std::string>& city) {
    if (city) covered.insert(*city);
  };
  auto cover_scope = [&](const Scope& sc) {
    if (sc.level == ScopeLevel::city || sc.level == ScopeLevel::district) covered.insert(sc.city);
  };
  for (const auto& c : atlas.cities()) {
    s.quotes += c.provenance.size();
    if (atlas.from_insert_only(c.provenance)) ++s.insert_records;
  }
  for (const auto& p : atlas.policies()) {
    record(p, atlas.policies(), flags.policies);
    date(p.issued);
    cover_scope(p.scope);
    covered.insert(p.cities.begin(), p.cities.end());
    for (const auto& t : p.targets) s.quotes += t.provenance.size();
  }
  for (const auto& p : atlas.parks()) {
    record(p, atlas.parks(), flags.parks);
    date(p.opened);
    cover(p.city);
  }
  for (const auto& sc : atlas.schemes()) {
    record(sc, atlas.schemes(), flags.schemes);
    date(sc.issued);
    cover(sc.city);
    s.incentive_items += sc.items.size();
    for (const auto& it : sc.items) s.quotes += it.provenance.size();
  }
  for (const auto& i : atlas.indicators()) {
    record(i, atlas.indicators(), flags.indicators);
    date(i.as_of);
    cover_scope(i.scope);
  }
  for (const auto& e : atlas.events()) {
    record(e, atlas.events(), flags.events);
    date(e.date);
    cover(e.city);
  }
  for (const auto& a : atlas.applications()) {
    record(a, atlas.applications(), flags.applications);
    date(a.launched);
    cover(a.city);
  }
  s.cities_covered.assign(covered.begin(), covered.end());
  std::sort(s.cities_covered.begin(), s.cities_covered.end());
  return s;
}

}  // namespace v1
}  // namespace chaincity
