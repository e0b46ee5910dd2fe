// The atlas JSON format: strict reading with pointer-precise errors, canonical writing, atomic saves.
#include <chaincity/core/error.hpp>
#include <chaincity/io/json.hpp>
#include <chaincity/model/enums.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <simdjson.h>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "json_bulk.hpp"
#include "json_reader.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;
using detail::BasicObj;
using detail::fail;
using detail::Obj;
using detail::PathError;
using detail::shown;
using detail::type_name;

template <class B>
PartialDate read_partial_date(const typename B::Value& v, const typename B::Path& at) {
  if (!B::is_string(v)) fail(at, std::string("expected a date like 2017-06, got ") + B::type_name(v));
  std::string_view text = B::string(v);
  auto d = PartialDate::parse(text);
  // Only the canonical form is accepted in files, so that what is saved is what was loaded.
  if (!d || d->to_string() != text) fail(at, "expected a date like 2017, 2017-06 or 2017-06-05, got " + B::shown(v));
  return *d;
}

template <class B>
std::optional<RecordedDate> read_date(const BasicObj<B>& o, std::string_view key) {
  const auto* v = o.get(key);
  if (!v) return std::nullopt;
  auto at = o.at(key);
  if (B::is_string(*v)) return RecordedDate{read_partial_date<B>(*v, at), DateBasis::stated, {}};
  BasicObj<B> d(*v, at);
  d.allow({"value", "basis", "note"});
  RecordedDate r;
  r.value = read_partial_date<B>(d.need("value", "a date"), d.at("value"));
  r.basis = d.template enumeration<DateBasis>("basis", "inferred_year", DateBasis::stated);
  r.note = d.str_or_empty("note");
  return r;
}

template <class B>
Decimal read_decimal(const typename B::Value& v, const typename B::Path& at) {
  if (!B::is_string(v))
    fail(at, std::string("expected a decimal number as a string (e.g. \"12520000000\"), got ") + B::type_name(v));
  std::string_view s = B::string(v);
  auto d = Decimal::parse(s);
  if (!d || s.find(',') != std::string_view::npos || d->is_negative() ||
      s.find_first_of("+-") != std::string_view::npos)
    fail(at, "expected a decimal string like \"12520000000\" or \"44.52\" (no grouping, at most four decimals), got " +
                 B::shown(v));
  return *d;
}

template <class B>
Quantity read_quantity(const typename B::Value& v, const typename B::Path& at) {
  BasicObj<B> o(v, at);
  o.allow({"value", "upper", "unit", "qualifier", "text"});
  Quantity q;
  q.value = read_decimal<B>(o.need("value", "a decimal string"), o.at("value"));
  if (const auto* u = o.get("upper")) q.upper = read_decimal<B>(*u, o.at("upper"));
  q.unit = o.template enumeration<Unit>("unit", "CNY");
  q.qualifier = o.template enumeration<Qualifier>("qualifier", "up_to", Qualifier::exact);
  q.text = o.str_or_empty("text");
  return q;
}

template <class B>
std::optional<Quantity> read_opt_quantity(const BasicObj<B>& o, std::string_view key) {
  const auto* v = o.get(key);
  if (!v) return std::nullopt;
  return read_quantity<B>(*v, o.at(key));
}

template <class B>
std::vector<Provenance> read_provenance(const BasicObj<B>& o) {
  std::vector<Provenance> out;
  o.each("provenance", [&](const auto& v, const auto& at) {
    BasicObj<B> p(v, at);
    p.allow({"source", "quote"});
    out.push_back({p.str("source"), p.str("quote")});
  });
  return out;
}

template <class B>
Scope read_scope(const typename B::Value& v, const typename B::Path& at) {
  BasicObj<B> o(v, at);
  o.allow({"level", "city", "district", "province", "name"});
  Scope s;
  s.level = o.template enumeration<ScopeLevel>("level", "city");
  s.city = o.str_or_empty("city");
  s.district = o.str_or_empty("district");
  s.province = o.str_or_empty("province");
  s.name = o.str_or_empty("name");
  return s;
}

template <class B>
std::optional<FirstClaim> read_first(const BasicObj<B>& o) {
  const auto* v = o.get("first");
  if (!v) return std::nullopt;
  BasicObj<B> f(*v, o.at("first"));
  f.allow({"scope", "area", "claim"});
  return FirstClaim{f.template enumeration<FirstScope>("scope", "nation"), f.str_or_empty("area"), f.str("claim")};
}

template <class B>
Source read_source(const BasicObj<B>& o) {
  o.allow({"id", "kind", "file", "title", "outlet", "author", "published", "script", "note"});
  Source s;
  s.id = o.str("id");
  s.kind = o.template enumeration<SourceKind>("kind", "article", SourceKind::article);
  s.file = o.str("file");
  s.title = o.opt_str("title");
  s.outlet = o.opt_str("outlet");
  s.author = o.opt_str("author");
  s.published = read_date(o, "published");
  s.script = o.template enumeration<Script>("script", "simplified");
  s.note = o.opt_str("note");
  return s;
}

template <class B>
City read_city(const BasicObj<B>& o) {
  o.allow({"id", "name_hans", "name_hant", "pinyin", "name_en", "province", "admin_level", "tier", "districts",
           "aliases", "provenance"});
  City c;
  c.id = o.str("id");
  c.name_hans = o.str("name_hans");
  c.name_hant = o.str("name_hant");
  c.pinyin = o.str("pinyin");
  c.name_en = o.str("name_en");
  c.province = o.str("province");
  c.admin_level = o.template enumeration<AdminLevel>("admin_level", "prefecture");
  c.tier = o.template opt_enumeration<CityTier>("tier", "first");
  o.each("districts", [&](const auto& v, const auto& at) {
    BasicObj<B> d(v, at);
    d.allow({"name_hans", "name_hant", "pinyin"});
    c.districts.push_back({d.str("name_hans"), d.str_or_empty("name_hant"), d.str_or_empty("pinyin")});
  });
  c.aliases = o.strings("aliases");
  c.provenance = read_provenance(o);
  return c;
}

template <class B>
PolicyDocument read_policy(const BasicObj<B>& o) {
  o.allow({"id", "title", "description", "kind", "issuer", "issuer_level", "scope", "cities", "issued", "stance",
           "dedicated", "areas", "targets", "first", "provenance"});
  PolicyDocument p;
  p.id = o.str("id");
  p.title = o.opt_str("title");
  p.description = o.opt_str("description");
  p.kind = o.template enumeration<PolicyKind>("kind", "guiding_opinion", PolicyKind::other);
  p.issuer = o.opt_str("issuer");
  p.issuer_level = o.template enumeration<IssuerLevel>("issuer_level", "municipal");
  p.scope = read_scope<B>(o.need("scope", "a scope object"), o.at("scope"));
  p.cities = o.strings("cities");
  p.issued = read_date(o, "issued");
  p.stance = o.template enumeration<Stance>("stance", "support", Stance::unknown);
  p.dedicated = o.opt_bool("dedicated");
  o.each("areas", [&](const auto& v, const auto& at) {
    ApplicationArea a{};
    if (!B::is_string(v) || !from_string(B::string(v), a))
      fail(at, "expected an application area like \"e_invoice\", got " + B::shown(v));
    p.areas.push_back(a);
  });
  o.each("targets", [&](const auto& v, const auto& at) {
    BasicObj<B> t(v, at);
    t.allow({"metric", "value", "deadline", "provenance"});
    p.targets.push_back({t.str("metric"), read_quantity<B>(t.need("value", "a quantity"), t.at("value")),
                         read_date(t, "deadline"), read_provenance(t)});
  });
  p.first = read_first(o);
  p.provenance = read_provenance(o);
  return p;
}

template <class B>
IndustrialPark read_park(const BasicObj<B>& o) {
  o.allow({"id", "name", "kind", "city", "district", "host", "opened", "governance", "status", "operator", "tenants",
           "enterprise_count", "enterprise_count_as_of", "revenue", "revenue_period", "first", "provenance"});
  IndustrialPark p;
  p.id = o.str("id");
  p.name = o.str("name");
  p.kind = o.template enumeration<ParkKind>("kind", "park", ParkKind::park);
  p.city = o.opt_str("city");
  p.district = o.opt_str("district");
  p.host = o.opt_str("host");
  p.opened = read_date(o, "opened");
  p.governance = o.template enumeration<Governance>("governance", "government_led", Governance::unknown);
  p.status = o.template enumeration<ParkStatus>("status", "operating", ParkStatus::unknown);
  p.operator_name = o.opt_str("operator");
  p.tenants = o.strings("tenants");
  p.enterprise_count = read_opt_quantity(o, "enterprise_count");
  p.enterprise_count_as_of = read_date(o, "enterprise_count_as_of");
  p.revenue = read_opt_quantity(o, "revenue");
  p.revenue_period = read_date(o, "revenue_period");
  p.first = read_first(o);
  p.provenance = read_provenance(o);
  return p;
}

template <class B>
IncentiveScheme read_scheme(const BasicObj<B>& o) {
  o.allow(
      {"id", "name", "city", "district", "issuer", "issuer_level", "policy", "issued", "cap", "items", "provenance"});
  IncentiveScheme s;
  s.id = o.str("id");
  s.name = o.str("name");
  s.city = o.opt_str("city");
  s.district = o.opt_str("district");
  s.issuer = o.opt_str("issuer");
  s.issuer_level = o.template opt_enumeration<IssuerLevel>("issuer_level", "municipal");
  s.policy = o.opt_str("policy");
  s.issued = read_date(o, "issued");
  s.cap = read_opt_quantity(o, "cap");
  o.each("items", [&](const auto& v, const auto& at) {
    BasicObj<B> i(v, at);
    i.allow({"id", "category", "description", "tier", "amount", "form", "frequency", "per", "provenance"});
    Incentive it;
    it.id = i.str("id");
    it.category = i.template enumeration<IncentiveCategory>("category", "listing");
    it.description = i.opt_str("description");
    it.tier = i.template opt_enumeration<IncentiveTier>("tier", "national");
    it.amount = read_opt_quantity(i, "amount");
    it.form = i.template enumeration<IncentiveForm>("form", "grant", IncentiveForm::unknown);
    it.frequency = i.template enumeration<Frequency>("frequency", "one_time", Frequency::unknown);
    it.per = i.template enumeration<Per>("per", "company", Per::unknown);
    it.provenance = read_provenance(i);
    s.items.push_back(std::move(it));
  });
  s.provenance = read_provenance(o);
  return s;
}

template <class B>
Indicator read_indicator(const BasicObj<B>& o) {
  o.allow({"id", "scope", "metric", "subject", "value", "as_of", "window", "provenance"});
  Indicator i;
  i.id = o.str("id");
  i.scope = read_scope<B>(o.need("scope", "a scope object"), o.at("scope"));
  i.metric = o.template enumeration<Metric>("metric", "policy_count");
  i.subject = o.opt_str("subject");
  i.value = read_quantity<B>(o.need("value", "a quantity"), o.at("value"));
  i.as_of = read_date(o, "as_of");
  if (const auto* w = o.get("window")) {
    BasicObj<B> wo(*w, o.at("window"));
    wo.allow({"from", "to"});
    i.window = Window{read_date(wo, "from"), read_date(wo, "to")};
  }
  i.provenance = read_provenance(o);
  return i;
}

template <class B>
Event read_event(const BasicObj<B>& o) {
  o.allow({"id", "title", "kind", "date", "city", "district", "organisers", "description", "first", "provenance"});
  Event e;
  e.id = o.str("id");
  e.title = o.str("title");
  e.kind = o.template enumeration<EventKind>("kind", "conference", EventKind::other);
  e.date = read_date(o, "date");
  e.city = o.opt_str("city");
  e.district = o.opt_str("district");
  e.organisers = o.strings("organisers");
  e.description = o.opt_str("description");
  e.first = read_first(o);
  e.provenance = read_provenance(o);
  return e;
}

template <class B>
Application read_application(const BasicObj<B>& o) {
  o.allow({"id", "name", "kind", "city", "region", "launched", "operator", "description", "first", "provenance"});
  Application a;
  a.id = o.str("id");
  a.name = o.str("name");
  a.kind = o.template enumeration<ApplicationKind>("kind", "city_chain", ApplicationKind::other);
  a.city = o.opt_str("city");
  a.region = o.opt_str("region");
  a.launched = read_date(o, "launched");
  a.operator_name = o.opt_str("operator");
  a.description = o.opt_str("description");
  a.first = read_first(o);
  a.provenance = read_provenance(o);
  return a;
}

template <class B>
Atlas read_atlas(const typename B::Value& root) {
  BasicObj<B> o(root, typename B::Path{});
  o.allow({"schema_version", "name", "sources", "cities", "policies", "parks", "schemes", "indicators", "events",
           "applications"});
  const auto& version = o.need("schema_version", "the schema version (1)");
  if (!B::is_integer(version) || B::integer(version) != atlas_schema_version)
    fail(o.at("schema_version"),
         "expected schema version " + std::to_string(atlas_schema_version) + ", got " + B::shown(version));
  AtlasBuilder b;
  b.name(o.str_or_empty("name"));
  auto collection = [&](std::string_view key, auto reader) {
    if constexpr (B::parallel) {
      // The bulk loader reads the records of a collection on every core, then adds them in order.
      const auto* v = o.get(key);
      if (!v) return;
      if (!B::is_array(*v)) fail(o.at(key), "expected an array");
      std::vector<typename B::Value> elements;
      B::each_element(*v, [&](const auto& e, std::size_t) { elements.push_back(e); });
      std::vector<decltype(reader(std::declval<BasicObj<B>>()))> records(elements.size());
      B::parallel_for(elements.size(), [&](std::size_t i) { records[i] = reader(BasicObj<B>(elements[i], {})); });
      for (auto& r : records) b.add(std::move(r));
    } else {
      o.each(key, [&](const auto& v, const auto& at) { b.add(reader(BasicObj<B>(v, at))); });
    }
  };
  collection("sources", read_source<B>);
  collection("cities", read_city<B>);
  collection("policies", read_policy<B>);
  collection("parks", read_park<B>);
  collection("schemes", read_scheme<B>);
  collection("indicators", read_indicator<B>);
  collection("events", read_event<B>);
  collection("applications", read_application<B>);
  return b.build();
}

// ---- writing ----

void put(ojson& j, const char* key, const std::optional<std::string>& v) {
  if (v) j[key] = *v;
}
void put_nonempty(ojson& j, const char* key, const std::string& v) {
  if (!v.empty()) j[key] = v;
}
ojson date_json(const RecordedDate& d) {
  if (d.basis == DateBasis::stated && d.note.empty()) return d.value.to_string();
  ojson j;
  j["value"] = d.value.to_string();
  j["basis"] = std::string(to_string(d.basis));
  if (!d.note.empty()) j["note"] = d.note;
  return j;
}
void put(ojson& j, const char* key, const std::optional<RecordedDate>& d) {
  if (d) j[key] = date_json(*d);
}
ojson quantity_json(const Quantity& q) {
  ojson j;
  j["value"] = q.value.to_string();
  if (q.upper) j["upper"] = q.upper->to_string();
  j["unit"] = std::string(to_string(q.unit));
  j["qualifier"] = std::string(to_string(q.qualifier));
  if (!q.text.empty()) j["text"] = q.text;
  return j;
}
void put(ojson& j, const char* key, const std::optional<Quantity>& q) {
  if (q) j[key] = quantity_json(*q);
}
void put_strings(ojson& j, const char* key, const std::vector<std::string>& v) {
  if (!v.empty()) j[key] = v;
}
void put_provenance(ojson& j, const std::vector<Provenance>& p) {
  ojson arr = ojson::array();
  for (const auto& e : p) arr.push_back(ojson{{"source", e.source}, {"quote", e.quote}});
  j["provenance"] = std::move(arr);
}
ojson scope_json(const Scope& s) {
  ojson j;
  j["level"] = std::string(to_string(s.level));
  put_nonempty(j, "city", s.city);
  put_nonempty(j, "district", s.district);
  put_nonempty(j, "province", s.province);
  put_nonempty(j, "name", s.name);
  return j;
}
void put_first(ojson& j, const std::optional<FirstClaim>& f) {
  if (!f) return;
  ojson o;
  o["scope"] = std::string(to_string(f->scope));
  put_nonempty(o, "area", f->area);
  o["claim"] = f->claim;
  j["first"] = std::move(o);
}
template <class E>
void put_enum(ojson& j, const char* key, E e) {
  j[key] = std::string(to_string(e));
}
template <class E>
void put_enum(ojson& j, const char* key, const std::optional<E>& e) {
  if (e) put_enum(j, key, *e);
}
void put_bool(ojson& j, const char* key, const std::optional<bool>& b) {
  if (b) j[key] = *b;
}

ojson source_json(const Source& s) {
  ojson j;
  j["id"] = s.id;
  put_enum(j, "kind", s.kind);
  j["file"] = s.file;
  put(j, "title", s.title);
  put(j, "outlet", s.outlet);
  put(j, "author", s.author);
  put(j, "published", s.published);
  put_enum(j, "script", s.script);
  put(j, "note", s.note);
  return j;
}

ojson city_json(const City& c) {
  ojson j;
  j["id"] = c.id;
  j["name_hans"] = c.name_hans;
  j["name_hant"] = c.name_hant;
  j["pinyin"] = c.pinyin;
  j["name_en"] = c.name_en;
  j["province"] = c.province;
  put_enum(j, "admin_level", c.admin_level);
  put_enum(j, "tier", c.tier);
  if (!c.districts.empty()) {
    ojson arr = ojson::array();
    for (const auto& d : c.districts) {
      ojson dj;
      dj["name_hans"] = d.name_hans;
      put_nonempty(dj, "name_hant", d.name_hant);
      put_nonempty(dj, "pinyin", d.pinyin);
      arr.push_back(std::move(dj));
    }
    j["districts"] = std::move(arr);
  }
  put_strings(j, "aliases", c.aliases);
  put_provenance(j, c.provenance);
  return j;
}

ojson policy_json(const PolicyDocument& p) {
  ojson j;
  j["id"] = p.id;
  put(j, "title", p.title);
  put(j, "description", p.description);
  put_enum(j, "kind", p.kind);
  put(j, "issuer", p.issuer);
  put_enum(j, "issuer_level", p.issuer_level);
  j["scope"] = scope_json(p.scope);
  put_strings(j, "cities", p.cities);
  put(j, "issued", p.issued);
  put_enum(j, "stance", p.stance);
  put_bool(j, "dedicated", p.dedicated);
  if (!p.areas.empty()) {
    ojson arr = ojson::array();
    for (auto a : p.areas) arr.push_back(std::string(to_string(a)));
    j["areas"] = std::move(arr);
  }
  if (!p.targets.empty()) {
    ojson arr = ojson::array();
    for (const auto& t : p.targets) {
      ojson tj;
      tj["metric"] = t.metric;
      tj["value"] = quantity_json(t.value);
      put(tj, "deadline", t.deadline);
      put_provenance(tj, t.provenance);
      arr.push_back(std::move(tj));
    }
    j["targets"] = std::move(arr);
  }
  put_first(j, p.first);
  put_provenance(j, p.provenance);
  return j;
}

ojson park_json(const IndustrialPark& p) {
  ojson j;
  j["id"] = p.id;
  j["name"] = p.name;
  put_enum(j, "kind", p.kind);
  put(j, "city", p.city);
  put(j, "district", p.district);
  put(j, "host", p.host);
  put(j, "opened", p.opened);
  put_enum(j, "governance", p.governance);
  put_enum(j, "status", p.status);
  put(j, "operator", p.operator_name);
  put_strings(j, "tenants", p.tenants);
  put(j, "enterprise_count", p.enterprise_count);
  put(j, "enterprise_count_as_of", p.enterprise_count_as_of);
  put(j, "revenue", p.revenue);
  put(j, "revenue_period", p.revenue_period);
  put_first(j, p.first);
  put_provenance(j, p.provenance);
  return j;
}

ojson scheme_json(const IncentiveScheme& s) {
  ojson j;
  j["id"] = s.id;
  j["name"] = s.name;
  put(j, "city", s.city);
  put(j, "district", s.district);
  put(j, "issuer", s.issuer);
  put_enum(j, "issuer_level", s.issuer_level);
  put(j, "policy", s.policy);
  put(j, "issued", s.issued);
  put(j, "cap", s.cap);
  ojson items = ojson::array();
  for (const auto& it : s.items) {
    ojson ij;
    ij["id"] = it.id;
    put_enum(ij, "category", it.category);
    put(ij, "description", it.description);
    put_enum(ij, "tier", it.tier);
    put(ij, "amount", it.amount);
    put_enum(ij, "form", it.form);
    put_enum(ij, "frequency", it.frequency);
    put_enum(ij, "per", it.per);
    put_provenance(ij, it.provenance);
    items.push_back(std::move(ij));
  }
  j["items"] = std::move(items);
  put_provenance(j, s.provenance);
  return j;
}

ojson indicator_json(const Indicator& i) {
  ojson j;
  j["id"] = i.id;
  j["scope"] = scope_json(i.scope);
  put_enum(j, "metric", i.metric);
  put(j, "subject", i.subject);
  j["value"] = quantity_json(i.value);
  put(j, "as_of", i.as_of);
  if (i.window) {
    ojson w = ojson::object();
    put(w, "from", i.window->from);
    put(w, "to", i.window->to);
    j["window"] = std::move(w);
  }
  put_provenance(j, i.provenance);
  return j;
}

ojson event_json(const Event& e) {
  ojson j;
  j["id"] = e.id;
  j["title"] = e.title;
  put_enum(j, "kind", e.kind);
  put(j, "date", e.date);
  put(j, "city", e.city);
  put(j, "district", e.district);
  put_strings(j, "organisers", e.organisers);
  put(j, "description", e.description);
  put_first(j, e.first);
  put_provenance(j, e.provenance);
  return j;
}

ojson application_json(const Application& a) {
  ojson j;
  j["id"] = a.id;
  j["name"] = a.name;
  put_enum(j, "kind", a.kind);
  put(j, "city", a.city);
  put(j, "region", a.region);
  put(j, "launched", a.launched);
  put(j, "operator", a.operator_name);
  put(j, "description", a.description);
  put_first(j, a.first);
  put_provenance(j, a.provenance);
  return j;
}

template <class T, class F>
ojson array_of(std::span<const T> records, F f) {
  ojson arr = ojson::array();
  for (const auto& r : records) arr.push_back(f(r));
  return arr;
}

// ---- the bulk loader: simdjson ----

// Any surprise on the fast path: give up and let the nlohmann reader find and report it.
struct GiveUp {};

struct NoPath {};
[[noreturn]] void fail(NoPath, const std::string&) { throw GiveUp{}; }

// simdjson's DOM through the readers' eyes. No pointers are kept (errors are the nlohmann reader's job); keys are
// looked up in a small table of the object's fields, and a duplicate key, a string over the limit or an object of
// more fields than any record has gives up.
struct SimdBackend {
  using Value = simdjson::dom::element;
  using Path = NoPath;
  static constexpr std::size_t max_fields = 20;
  struct Fields {
    std::array<std::string_view, max_fields> keys;
    std::array<simdjson::dom::element, max_fields> values;
    std::size_t size = 0;
  };
  static inline thread_local std::uint64_t max_string_bytes = 0;
  using type = simdjson::dom::element_type;
  static bool is_object(const Value& v) { return v.type() == type::OBJECT; }
  static bool is_array(const Value& v) { return v.type() == type::ARRAY; }
  static bool is_string(const Value& v) { return v.type() == type::STRING; }
  static bool is_boolean(const Value& v) { return v.type() == type::BOOL; }
  static bool is_null(const Value& v) { return v.type() == type::NULL_VALUE; }
  static bool is_integer(const Value& v) { return v.type() == type::INT64 || v.type() == type::UINT64; }
  static long long integer(const Value& v) {
    std::int64_t i = 0;
    if (v.get_int64().get(i) != simdjson::SUCCESS) throw GiveUp{};
    return i;
  }
  static std::string_view string(const Value& v) {
    std::string_view s = v.get_string().value_unsafe();
    if (s.size() > max_string_bytes) throw GiveUp{};
    return s;
  }
  static bool boolean(const Value& v) { return v.get_bool().value_unsafe(); }
  static std::string shown(const Value&) { return {}; }
  static const char* type_name(const Value&) { return ""; }
  static void fields(const Value& v, Fields& f) {
    simdjson::dom::object object = v.get_object().value_unsafe();  // a copy: the result it comes in is temporary
    for (auto field : object) {
      if (f.size == max_fields || field.key.size() > max_string_bytes) throw GiveUp{};
      for (std::size_t i = 0; i < f.size; ++i)
        if (f.keys[i] == field.key) throw GiveUp{};  // a duplicate key
      f.keys[f.size] = field.key;
      f.values[f.size++] = field.value;
    }
  }
  template <class F>
  static void each_key(const Fields& f, F&& fn) {
    for (std::size_t i = 0; i < f.size; ++i) fn(f.keys[i]);
  }
  static const Value* find(const Fields& f, std::string_view key) {
    for (std::size_t i = 0; i < f.size; ++i)
      if (f.keys[i] == key) return &f.values[i];
    return nullptr;
  }
  template <class F>
  static void each_element(const Value& v, F&& fn) {
    std::size_t i = 0;
    simdjson::dom::array array = v.get_array().value_unsafe();
    for (auto e : array) fn(e, i++);
  }
  static Path child(const Path&, std::string_view) { return {}; }
  static Path index(const Path&, std::size_t) { return {}; }
  static constexpr bool parallel = true;
  // Calls f(i) for i in [0, n) on every core (in chunks); the first exception is rethrown.
  template <class F>
  static void parallel_for(std::size_t n, F&& f) {
    const std::size_t workers = n < 2048 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::uint64_t limit = max_string_bytes;
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(workers);
    auto work = [&](std::size_t w) {
      max_string_bytes = limit;
      try {
        constexpr std::size_t chunk = 1024;
        for (std::size_t from; (from = next.fetch_add(chunk)) < n;)
          for (std::size_t i = from; i < std::min(n, from + chunk); ++i) f(i);
      } catch (...) {
        errors[w] = std::current_exception();
        next = n;  // the others stop too
      }
    };
    {
      std::vector<std::jthread> threads;
      for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work, w);
      work(0);
    }
    for (auto& e : errors)
      if (e) std::rethrow_exception(e);
  }
};

// Reads an atlas with simdjson straight into records, or returns nothing when anything is unusual: a syntax error,
// a limit, a duplicate key, a type or name the format does not allow, an atlas that does not validate. The caller
// then reads the text again with the nlohmann reader, which reports the problem with file, line and pointer.
// `padded`: the text is followed by at least SIMDJSON_PADDING readable bytes.
std::optional<Atlas> read_fast(std::string_view text, const ReadLimits& limits, bool padded) {
  if (text.size() > limits.max_bytes) return std::nullopt;
  try {
    static thread_local simdjson::dom::parser parser;
    if (parser.allocate(text.size(), std::min<std::size_t>(limits.max_depth, 1024)) != simdjson::SUCCESS)
      return std::nullopt;
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size(), !padded).get(root) != simdjson::SUCCESS) return std::nullopt;
    SimdBackend::max_string_bytes = limits.max_string_bytes;
    return read_atlas<SimdBackend>(root);
  } catch (...) {
    return std::nullopt;
  }
}

Atlas read_checked(std::string_view text, const std::string& file, const ReadLimits& limits) {
  return detail::parse_located(
      text, file, [](const json& root) { return read_atlas<detail::NlohmannBackend>(root); }, limits);
}

Atlas parse_text(std::string_view text, const std::string& file, const ReadLimits& limits, bool padded = false) {
  if (auto atlas = read_fast(text, limits, padded)) return std::move(*atlas);
  return read_checked(text, file, limits);
}

std::string errno_text() { return std::strerror(errno); }

}  // namespace

Atlas load_atlas_from_string(std::string_view json_text, std::string_view name_for_errors) {
  return parse_text(json_text, std::string(name_for_errors), ReadLimits{});
}

Atlas load_atlas_from_string(std::string_view json_text, std::string_view name_for_errors, const ReadLimits& limits) {
  return parse_text(json_text, std::string(name_for_errors), limits);
}

Atlas load_atlas(const std::filesystem::path& path) { return load_atlas(path, ReadLimits{}); }

Atlas load_atlas(const std::filesystem::path& path, const ReadLimits& limits) {
  // The file is read with simdjson's padding after it, so the bulk loader parses it in place.
  return parse_text(detail::read_text_file(path.string(), limits.max_bytes, simdjson::SIMDJSON_PADDING), path.string(),
                    limits, true);
}

std::string to_json(const Atlas& atlas) {
  ojson j;
  j["schema_version"] = atlas_schema_version;
  j["name"] = atlas.name();
  j["sources"] = array_of(atlas.sources(), source_json);
  j["cities"] = array_of(atlas.cities(), city_json);
  j["policies"] = array_of(atlas.policies(), policy_json);
  j["parks"] = array_of(atlas.parks(), park_json);
  j["schemes"] = array_of(atlas.schemes(), scheme_json);
  j["indicators"] = array_of(atlas.indicators(), indicator_json);
  j["events"] = array_of(atlas.events(), event_json);
  j["applications"] = array_of(atlas.applications(), application_json);
  return j.dump(2, ' ', false) + "\n";
}

std::string to_json(const Atlas& atlas, const RecordRef& ref) {
  auto missing = [&]() -> std::string {
    throw NotFoundError("no " + std::string(to_string(ref.kind)) + " with id \"" + ref.id + "\"");
  };
  switch (ref.kind) {
    case RecordKind::source:
      if (auto* r = atlas.find_source(ref.id)) return source_json(*r).dump();
      return missing();
    case RecordKind::city:
      if (auto* r = atlas.find_city(ref.id)) return city_json(*r).dump();
      return missing();
    case RecordKind::policy:
      if (auto* r = atlas.find_policy(ref.id)) return policy_json(*r).dump();
      return missing();
    case RecordKind::park:
      if (auto* r = atlas.find_park(ref.id)) return park_json(*r).dump();
      return missing();
    case RecordKind::scheme:
      if (auto* r = atlas.find_scheme(ref.id)) return scheme_json(*r).dump();
      return missing();
    case RecordKind::incentive:
      for (const auto& s : atlas.schemes()) {
        IncentiveScheme one;
        for (const auto& it : s.items)
          if (it.id == ref.id) one.items.push_back(it);
        if (!one.items.empty()) return scheme_json(one)["items"][0].dump();
      }
      return missing();
    case RecordKind::indicator:
      if (auto* r = atlas.find_indicator(ref.id)) return indicator_json(*r).dump();
      return missing();
    case RecordKind::event:
      if (auto* r = atlas.find_event(ref.id)) return event_json(*r).dump();
      return missing();
    case RecordKind::application:
      if (auto* r = atlas.find_application(ref.id)) return application_json(*r).dump();
      return missing();
  }
  return missing();
}

std::string record_to_json(const Source& r) { return source_json(r).dump(); }
std::string record_to_json(const City& r) { return city_json(r).dump(); }
std::string record_to_json(const PolicyDocument& r) { return policy_json(r).dump(); }
std::string record_to_json(const IndustrialPark& r) { return park_json(r).dump(); }
std::string record_to_json(const IncentiveScheme& r) { return scheme_json(r).dump(); }
std::string record_to_json(const Indicator& r) { return indicator_json(r).dump(); }
std::string record_to_json(const Event& r) { return event_json(r).dump(); }
std::string record_to_json(const Application& r) { return application_json(r).dump(); }

namespace {
template <class R, class Reader>
void read_one(std::string_view text, R& out, Reader reader) {
  out = detail::parse_located(text, "", [&](const json& root) { return reader(Obj(root, "")); });
}
}  // namespace

void record_from_json(std::string_view j, Source& out) { read_one(j, out, read_source<detail::NlohmannBackend>); }
void record_from_json(std::string_view j, City& out) { read_one(j, out, read_city<detail::NlohmannBackend>); }
void record_from_json(std::string_view j, PolicyDocument& out) {
  read_one(j, out, read_policy<detail::NlohmannBackend>);
}
void record_from_json(std::string_view j, IndustrialPark& out) { read_one(j, out, read_park<detail::NlohmannBackend>); }
void record_from_json(std::string_view j, IncentiveScheme& out) {
  read_one(j, out, read_scheme<detail::NlohmannBackend>);
}
void record_from_json(std::string_view j, Indicator& out) { read_one(j, out, read_indicator<detail::NlohmannBackend>); }
void record_from_json(std::string_view j, Event& out) { read_one(j, out, read_event<detail::NlohmannBackend>); }
void record_from_json(std::string_view j, Application& out) {
  read_one(j, out, read_application<detail::NlohmannBackend>);
}

void save_atlas(const Atlas& atlas, const std::filesystem::path& path) {
  detail::write_file_atomically(path, to_json(atlas));
}

}  // namespace v1

std::optional<Atlas> detail::read_atlas_bulk(std::string_view text, const ReadLimits& limits) {
  return read_fast(text, limits, false);
}

Atlas detail::read_atlas_checked(std::string_view text, const std::string& file, const ReadLimits& limits) {
  return read_checked(text, file, limits);
}

std::string detail::read_text_file(const std::string& path, std::uint64_t max_bytes, std::size_t padding) {
  auto too_big = [&](std::uintmax_t size) {
    return ParseError(Location{path, "", 0, 0}, "expected at most " + std::to_string(max_bytes) +
                                                    " bytes (ReadLimits::max_bytes), got a file of " +
                                                    std::to_string(size));
  };
  std::error_code ec;
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) throw too_big(size);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw IoError(path + ": cannot open for reading: " + std::strerror(errno));
  // One read into a buffer of the file's size (and the padding a bulk parser may read past the end); a file that
  // is not regular (a pipe) or grows while read is read on in chunks.
  std::string out;
  out.reserve(static_cast<std::size_t>(ec ? 0 : size) + padding);
  std::size_t chunk = ec ? std::size_t{1} << 16 : static_cast<std::size_t>(size) + 1;
  for (;;) {
    std::size_t have = out.size();
    out.resize(have + chunk);
    std::size_t got = std::fread(out.data() + have, 1, chunk, f.get());
    out.resize(have + got);
    if (out.size() > max_bytes) throw too_big(out.size());
    if (got < chunk) break;
    chunk = std::max<std::size_t>(chunk, std::size_t{1} << 16);
  }
  if (std::ferror(f.get())) throw IoError(path + ": read failed: " + std::strerror(errno));
  if (out.capacity() < out.size() + padding) out.reserve(out.size() + padding);
  return out;
}

void detail::write_file_atomically(const std::filesystem::path& path, std::string_view text) {
  std::filesystem::path dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::string tmpl = (dir / (path.filename().string() + ".XXXXXX.tmp")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemps(name.data(), 4);
  if (fd < 0)
    throw IoError(path.string() + ": cannot create a temporary file in " + dir.string() + ": " + errno_text());
  std::string tmp(name.data());
  auto give_up = [&](const std::string& what) {
    std::string reason = errno_text();
    ::close(fd);
    ::unlink(tmp.c_str());
    throw IoError(path.string() + ": " + what + ": " + reason);
  };
  for (std::size_t done = 0; done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      give_up("write failed");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) give_up("cannot set permissions");
  if (::fsync(fd) != 0) give_up("flush to disk failed");
  if (::close(fd) != 0) {
    std::string reason = errno_text();
    ::unlink(tmp.c_str());
    throw IoError(path.string() + ": close failed: " + reason);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string reason = errno_text();
    ::unlink(tmp.c_str());
    throw IoError(path.string() + ": cannot replace the file: " + reason);
  }
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    ::fsync(dfd);  // make the rename durable; failure here does not undo the save
    ::close(dfd);
  }
}

}  // namespace chaincity
