// Printing for the chaincity program: tables aligned by display width, CSV, JSON. No domain logic.
#pragma once

#include <chaincity/chaincity.hpp>
#include <chaincity/incentives.hpp>
#include <chaincity/query.hpp>
#include <chaincity/text.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace chaincity::cli {

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// Cells wider than this are cut with "…" in tables (CSV and JSON keep everything).
constexpr std::size_t max_cell_width = 60;

inline void print_table(std::ostream& os, const Table& full) {
  Table t = full;
  for (auto& r : t.rows)
    for (auto& cell : r) cell = truncate_to_width(cell, max_cell_width);
  std::vector<std::size_t> width(t.header.size(), 0);
  for (std::size_t c = 0; c < t.header.size(); ++c) width[c] = display_width(t.header[c]);
  for (const auto& r : t.rows)
    for (std::size_t c = 0; c < r.size() && c < width.size(); ++c) width[c] = std::max(width[c], display_width(r[c]));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t c = 0; c < cells.size(); ++c)
      s += c + 1 == cells.size() ? cells[c] : pad_to_width(cells[c], width[c]) + "  ";
    while (!s.empty() && s.back() == ' ') s.pop_back();
    os << s << '\n';
  };
  line(t.header);
  std::vector<std::string> rule;
  for (std::size_t w : width) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& r : t.rows) line(r);
}

// RFC 4180 quoting; a cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
// return before one) is prefixed with an apostrophe; plain numbers such as -5 are left alone.
inline std::string csv_cell(const std::string& v) {
  std::string s = v;
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')) {
    bool number =
        s.size() > 1 && std::all_of(s.begin() + 1, s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    if (!number) s = "'" + s;
  }
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? "\"\"" : std::string(1, c);
  return out + "\"";
}

inline void print_csv(std::ostream& os, const Table& t) {
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) os << (c ? "," : "") << csv_cell(cells[c]);
    os << "\r\n";
  };
  line(t.header);
  for (const auto& r : t.rows) line(r);
}

inline void print(std::ostream& os, const Table& t, const std::string& format, const nlohmann::ordered_json& json) {
  if (format == "json")
    os << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  else if (format == "csv")
    print_csv(os, t);
  else
    print_table(os, t);
}

inline std::string scope_text(const Atlas& atlas, const Scope& s) {
  auto name = [&](const std::string& id) {
    const City* c = atlas.find_city(id);
    return c ? c->name_hans : id;
  };
  switch (s.level) {
    case ScopeLevel::city:
      return name(s.city);
    case ScopeLevel::district:
      return name(s.city) + " " + s.district;
    case ScopeLevel::province:
      return s.province;
    case ScopeLevel::region:
      return s.name;
    case ScopeLevel::nation:
      return "全国";
  }
  return {};
}

// "2021-06" for an observation date, "2020-03.." for a counting window (a * marks an inferred or derived date).
inline std::string when_text(const Indicator& i) {
  auto d = [](const RecordedDate& r) { return r.value.to_string() + (r.basis == DateBasis::stated ? "" : "*"); };
  if (i.as_of) return d(*i.as_of);
  if (i.window && (i.window->from || i.window->to))
    return (i.window->from ? d(*i.window->from) : "") + ".." + (i.window->to ? d(*i.window->to) : "");
  return "";
}

inline std::string score_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

inline void print_summary(std::ostream& os, const AtlasSummary& s, const std::string& format) {
  nlohmann::ordered_json j = {{"name", s.name},
                              {"articles", s.articles},
                              {"inserts", s.inserts},
                              {"cities", s.cities},
                              {"policies", s.policies},
                              {"parks", s.parks},
                              {"schemes", s.schemes},
                              {"incentive_items", s.incentive_items},
                              {"indicators", s.indicators},
                              {"events", s.events},
                              {"applications", s.applications},
                              {"quotes", s.quotes},
                              {"insert_records", s.insert_records},
                              {"cities_covered", s.cities_covered},
                              {"earliest", s.earliest ? nlohmann::ordered_json(s.earliest->to_string()) : nullptr},
                              {"latest", s.latest ? nlohmann::ordered_json(s.latest->to_string()) : nullptr}};
  if (format == "json") {
    os << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  Table t{{"record type", "count"}, {}};
  for (const char* k : {"articles", "inserts", "cities", "policies", "parks", "schemes", "incentive_items",
                        "indicators", "events", "applications", "quotes"})
    t.rows.push_back({k, std::to_string(j[k].get<std::size_t>())});
  if (format == "csv") {
    print_csv(os, t);
    return;
  }
  os << "Atlas: " << s.name << '\n';
  print_table(os, t);
  os << "date span: " << (s.earliest ? s.earliest->to_string() : "-") << " .. "
     << (s.latest ? s.latest->to_string() : "-") << '\n';
  os << "cities covered (" << s.cities_covered.size() << "):";
  for (const auto& c : s.cities_covered) os << ' ' << c;
  os << '\n';
}

inline void print_city_card(std::ostream& os, const Atlas& atlas, const std::string& id, const std::string& format,
                            const QueryOptions& options) {
  const City& c = atlas.city(id);
  PolicyQuery pq;
  pq.city = id;
  pq.options = options;
  ParkQuery kq;
  kq.city = id;
  kq.options = options;
  IncentiveQuery iq;
  iq.city = id;
  iq.options = options;
  IndicatorQuery nq;
  nq.city = id;
  nq.options = options;
  auto policies = find_policies(atlas, pq);
  auto parks = find_parks(atlas, kq);
  auto items = find_incentives(atlas, iq);
  auto indicators = find_indicators(atlas, nq);
  auto events = timeline(atlas, id, options);
  EventQuery eq;
  eq.city = id;
  eq.options = options;
  ApplicationQuery aq;
  aq.city = id;
  aq.options = options;
  std::vector<const Event*> city_events;
  for (const auto& h : find_events(atlas, eq)) city_events.push_back(h.record);
  std::vector<const Application*> city_apps;
  for (const auto& h : find_applications(atlas, aq)) city_apps.push_back(h.record);
  if (format == "json") {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(to_json(atlas, RecordRef{RecordKind::city, id}));
    auto ids = [](const auto& hits) {
      nlohmann::ordered_json a = nlohmann::ordered_json::array();
      for (const auto& h : hits) a.push_back(h.record->id);
      return a;
    };
    j["policies"] = ids(policies);
    j["parks"] = ids(parks);
    nlohmann::ordered_json ia = nlohmann::ordered_json::array();
    for (const auto& h : items) ia.push_back(h.item->id);
    j["incentives"] = ia;
    j["indicators"] = ids(indicators);
    nlohmann::ordered_json ev = nlohmann::ordered_json::array(), ap = nlohmann::ordered_json::array();
    for (const auto* e : city_events) ev.push_back(e->id);
    for (const auto* a : city_apps) ap.push_back(a->id);
    j["events"] = ev;
    j["applications"] = ap;
    nlohmann::ordered_json ta = nlohmann::ordered_json::array();
    for (const auto& e : events)
      ta.push_back({{"date", e.date.to_string()}, {"what", e.what}, {"id", e.ref.id}, {"title", e.title}});
    j["timeline"] = ta;
    os << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  os << c.name_hans << " / " << c.name_hant << " / " << c.pinyin << " / " << c.name_en << '\n';
  os << "province: " << c.province << "   level: " << to_string(c.admin_level)
     << "   tier: " << (c.tier ? std::string(to_string(*c.tier)) : "-") << '\n';
  if (!c.districts.empty()) {
    os << "districts:";
    for (const auto& d : c.districts) os << ' ' << d.name_hans;
    os << '\n';
  }
  os << "\npolicies (" << policies.size() << ")\n";
  Table pt{{"issued", "level", "title"}, {}};
  for (const auto& h : policies)
    pt.rows.push_back({h.record->issued ? h.record->issued->value.to_string() : "",
                       std::string(to_string(h.record->issuer_level)),
                       h.record->title.value_or(h.record->description.value_or(""))});
  print_table(os, pt);
  os << "\nparks (" << parks.size() << ")\n";
  Table kt{{"opened", "district", "name"}, {}};
  for (const auto& h : parks)
    kt.rows.push_back(
        {h.record->opened ? h.record->opened->value.to_string() : "", h.record->district.value_or(""), h.record->name});
  print_table(os, kt);
  os << "\nincentives (" << items.size() << ")\n";
  Table it{{"category", "tier", "amount", "form", "per"}, {}};
  for (const auto& h : items)
    it.rows.push_back({std::string(to_string(h.item->category)),
                       h.item->tier ? std::string(to_string(*h.item->tier)) : "",
                       h.item->amount ? h.item->amount->describe() : "", std::string(to_string(h.item->form)),
                       std::string(to_string(h.item->per))});
  print_table(os, it);
  os << "\nindicators (" << indicators.size() << ")\n";
  Table nt{{"metric", "value", "as of", "subject"}, {}};
  for (const auto& h : indicators)
    nt.rows.push_back({std::string(to_string(h.record->metric)), h.record->value.describe(),
                       h.record->as_of ? h.record->as_of->value.to_string() : "", h.record->subject.value_or("")});
  print_table(os, nt);
  os << "\nevents (" << city_events.size() << ")\n";
  Table et{{"date", "kind", "title", "first"}, {}};
  for (const auto* e : city_events)
    et.rows.push_back({e->date ? e->date->value.to_string() : "", std::string(to_string(e->kind)), e->title,
                       e->first ? e->first->claim : ""});
  print_table(os, et);
  os << "\napplications (" << city_apps.size() << ")\n";
  Table at{{"launched", "kind", "name", "first"}, {}};
  for (const auto* a : city_apps)
    at.rows.push_back({a->launched ? a->launched->value.to_string() : "", std::string(to_string(a->kind)), a->name,
                       a->first ? a->first->claim : ""});
  print_table(os, at);
  os << "\ntimeline (" << events.size() << ")\n";
  Table tt{{"date", "what", "title"}, {}};
  for (const auto& e : events) tt.rows.push_back({e.date.to_string(), e.what, e.title});
  print_table(os, tt);
}

inline std::string fixed(double v, int digits = 2) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

inline std::string rank_text(double r) {
  return r == std::floor(r) ? fixed(r, 0) : fixed(r, 1);
}

inline std::string city_label(const Atlas& atlas, const std::string& id) {
  const City* c = atlas.find_city(id);
  return c ? c->name_hans : id;
}

inline nlohmann::ordered_json contribution_json(const Contribution& c) {
  nlohmann::ordered_json e = nlohmann::ordered_json::array();
  for (const auto& r : c.evidence) e.push_back({{"kind", std::string(to_string(r.kind))}, {"id", r.id}});
  return {{"pillar", c.pillar},
          {"metric", c.metric},
          {"raw", c.raw ? nlohmann::ordered_json(c.raw->to_string()) : nlohmann::ordered_json()},
          {"stated", c.stated},
          {"imputed", c.imputed},
          {"normalised", c.normalised},
          {"weight", c.weight},
          {"contribution", c.contribution},
          {"evidence", e}};
}

inline void print_ranking(std::ostream& os, const Atlas& atlas, const Ranking& r, const std::string& format) {
  if (format == "json") {
    nlohmann::ordered_json j;
    j["methodology"] = nlohmann::ordered_json::parse(to_json(r.methodology));
    nlohmann::ordered_json cities = nlohmann::ordered_json::array();
    for (const auto& c : r.cities) {
      nlohmann::ordered_json cj = {{"city", c.city}, {"name", city_label(atlas, c.city)},
                                   {"rank", c.rank}, {"score", c.score},
                                   {"tier", c.tier}, {"coverage", c.coverage}};
      nlohmann::ordered_json pillars = nlohmann::ordered_json::array();
      for (const auto& p : c.pillars) pillars.push_back({{"pillar", p.pillar}, {"score", p.score}, {"rank", p.rank}});
      cj["pillars"] = pillars;
      nlohmann::ordered_json cs = nlohmann::ordered_json::array();
      for (const auto& ct : c.contributions) cs.push_back(contribution_json(ct));
      cj["contributions"] = cs;
      cities.push_back(cj);
    }
    j["cities"] = cities;
    j["excluded"] = r.excluded;
    os << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  Table t{{"rank", "city", "score", "tier", "coverage"}, {}};
  for (const auto& p : r.methodology.pillars) t.header.push_back(p.id);
  for (const auto& c : r.cities) {
    std::vector<std::string> row{rank_text(c.rank), city_label(atlas, c.city), fixed(c.score), std::to_string(c.tier),
                                 fixed(c.coverage * 100, 0) + "%"};
    for (const auto& p : c.pillars) row.push_back(p.rank > 0 ? fixed(p.score, 1) : "-");
    t.rows.push_back(row);
  }
  if (format == "csv") {
    print_csv(os, t);
    return;
  }
  os << r.methodology.name << " (" << to_string(r.methodology.normalisation) << ", "
     << to_string(r.methodology.weighting) << " weights, " << to_string(r.methodology.aggregation) << ")\n";
  print_table(os, t);
  if (!r.excluded.empty()) {
    os << "not ranked (no data in the atlas):";
    for (const auto& c : r.excluded) os << ' ' << city_label(atlas, c);
    os << '\n';
  }
}

inline void print_explanation(std::ostream& os, const Atlas& atlas, const Explanation& e, const CityResult& all,
                              const std::string& format) {
  auto list = [](const std::vector<Contribution>& v) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& c : v) a.push_back(contribution_json(c));
    return a;
  };
  if (format == "json") {
    nlohmann::ordered_json gaps = nlohmann::ordered_json::object();
    for (const auto& [p, g] : e.gap_by_pillar) gaps[p] = g;
    os << nlohmann::ordered_json{{"city", e.city},
                                 {"rank", e.rank},
                                 {"score", e.score},
                                 {"strongest", list(e.strongest)},
                                 {"weakest", list(e.weakest)},
                                 {"above", e.above ? nlohmann::ordered_json(*e.above) : nullptr},
                                 {"gap_to_above", e.gap_to_above},
                                 {"gap_by_pillar", gaps}}
              .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
       << '\n';
    return;
  }
  os << city_label(atlas, e.city) << ": rank " << rank_text(e.rank) << ", score " << fixed(e.score) << "\n\n";
  auto table = [&](const char* title, const std::vector<Contribution>& v) {
    os << title << '\n';
    Table t{{"pillar", "metric", "stated", "normalised", "weight", "contribution", "evidence"}, {}};
    for (const auto& c : v) {
      std::string ev;
      for (const auto& r : c.evidence) ev += (ev.empty() ? "" : " ") + r.id;
      t.rows.push_back(
          {c.pillar, c.metric, c.stated, fixed(c.normalised, 1), fixed(c.weight, 3), fixed(c.contribution), ev});
    }
    print_table(os, t);
    os << '\n';
  };
  table("strongest", e.strongest);
  table("weakest", e.weakest);
  table("every metric (contributions sum to the score)", all.contributions);
  if (e.above) {
    os << "gap to " << city_label(atlas, *e.above) << " (above): " << fixed(e.gap_to_above) << '\n';
    Table t{{"pillar", "gap"}, {}};
    for (const auto& [p, g] : e.gap_by_pillar) t.rows.push_back({p, fixed(g)});
    print_table(os, t);
  }
}

inline void print_sensitivity(std::ostream& os, const Atlas& atlas, const std::vector<RankInterval>& v,
                              const std::string& format) {
  Table t{{"city", "nominal", "median", "5%", "95%", "share first"}, {}};
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& r : v) {
    t.rows.push_back({city_label(atlas, r.city), rank_text(r.nominal), rank_text(r.median), rank_text(r.p05),
                      rank_text(r.p95), fixed(r.share_first * 100, 1) + "%"});
    j.push_back({{"city", r.city},
                 {"nominal", r.nominal},
                 {"median", r.median},
                 {"p05", r.p05},
                 {"p95", r.p95},
                 {"share_first", r.share_first}});
  }
  print(os, t, format, j);
}

inline void print_drop_one(std::ostream& os, const Atlas& atlas, const Ranking& full,
                           const std::vector<DropOnePillar>& v, const std::string& format) {
  Table t{{"city", "full"}, {}};
  for (const auto& d : v) t.header.push_back("without " + d.pillar);
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& d : v) {
    nlohmann::ordered_json ranks = nlohmann::ordered_json::object();
    for (const auto& [c, r] : d.ranks) ranks[c] = r;
    j.push_back({{"pillar", d.pillar}, {"spearman", d.spearman}, {"ranks", ranks}});
  }
  for (const auto& c : full.cities) {
    std::vector<std::string> row{city_label(atlas, c.city), rank_text(c.rank)};
    for (const auto& d : v) {
      auto it = std::find_if(d.ranks.begin(), d.ranks.end(), [&](const auto& p) { return p.first == c.city; });
      row.push_back(it == d.ranks.end() ? "-" : rank_text(it->second));
    }
    t.rows.push_back(row);
  }
  std::vector<std::string> rho{"spearman", ""};
  for (const auto& d : v) rho.push_back(fixed(d.spearman, 3));
  t.rows.push_back(rho);
  print(os, t, format, j);
}

inline void print_comparison(std::ostream& os, const Atlas& atlas, const Comparison& c, const std::string& format) {
  Table t{{"city", "before", "after", "move"}, {}};
  nlohmann::ordered_json changes = nlohmann::ordered_json::array();
  for (const auto& ch : c.changes) {
    double up = ch.moved_up();
    std::string move = !ch.before  ? "new"
                       : !ch.after ? "gone"
                       : up > 0    ? "↑" + rank_text(up)
                       : up < 0    ? "↓" + rank_text(-up)
                                   : "=";
    t.rows.push_back({city_label(atlas, ch.city), ch.before ? rank_text(*ch.before) : "-",
                      ch.after ? rank_text(*ch.after) : "-", move});
    changes.push_back({{"city", ch.city},
                       {"before", ch.before ? nlohmann::ordered_json(*ch.before) : nullptr},
                       {"after", ch.after ? nlohmann::ordered_json(*ch.after) : nullptr},
                       {"moved_up", up}});
  }
  nlohmann::ordered_json j = {{"changes", changes}, {"spearman", c.spearman}, {"kendall", c.kendall}};
  if (format == "table") {
    print_table(os, t);
    os << "spearman " << fixed(c.spearman, 3) << ", kendall " << fixed(c.kendall, 3) << '\n';
    return;
  }
  print(os, t, format, j);
}

inline std::string line_amount(const OfferLine& l) {
  if (!l.amount) return "(no amount stated)";
  return (l.is_cap ? "up to " : "") + l.amount->to_string();
}

inline nlohmann::ordered_json ceilings_json(const Offer& o) {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (const auto& c : o.ceilings)
    a.push_back({{"scheme", c.scheme->id},
                 {"before", c.before.amount().to_string()},
                 {"ceiling", c.ceiling.amount().to_string()}});
  return a;
}

inline void print_offers(std::ostream& os, const Atlas& atlas, const CompanyProfile& profile,
                         const std::vector<Offer>& offers, const std::string& format, bool detail) {
  auto line_json = [](const OfferLine& l) {
    return nlohmann::ordered_json{
        {"scheme", l.scheme->id},
        {"item", l.item->id},
        {"category", std::string(to_string(l.item->category))},
        {"count", l.count},
        {"amount", l.amount ? nlohmann::ordered_json(l.amount->amount().to_string()) : nullptr},
        {"currency", "CNY"},
        {"is_cap", l.is_cap},
        {"money", l.money == MoneyKind::grant  ? "grant"
                  : l.money == MoneyKind::loan ? "loan"
                                               : "other"},
        {"condition", l.condition}};
  };
  if (format == "json") {
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const auto& o : offers) {
      nlohmann::ordered_json lines = nlohmann::ordered_json::array(), unq = nlohmann::ordered_json::array(),
                             unmet = nlohmann::ordered_json::array();
      for (const auto& l : o.lines) lines.push_back(line_json(l));
      for (const auto& l : o.unquantified) unq.push_back(line_json(l));
      for (const auto& u : o.unmet)
        unmet.push_back({{"scheme", u.scheme->id}, {"item", u.item->id}, {"needs", u.needs}});
      j.push_back({{"city", o.city},
                   {"rank", o.rank},
                   {"grants", o.grants.amount().to_string()},
                   {"grants_are_caps", o.grants_are_caps},
                   {"loans", o.loans.amount().to_string()},
                   {"loans_are_caps", o.loans_are_caps},
                   {"ceilings", ceilings_json(o)},
                   {"currency", "CNY"},
                   {"lines", lines},
                   {"unquantified", unq},
                   {"unmet", unmet},
                   {"notes", o.notes}});
    }
    os << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return;
  }
  Table t{{"rank", "city", "grants", "loans and funds", "items", "unquantified"}, {}};
  for (const auto& o : offers)
    t.rows.push_back({rank_text(o.rank), city_label(atlas, o.city),
                      (o.grants_are_caps ? "up to " : "") + o.grants.to_string(), o.loans.to_string(),
                      std::to_string(o.lines.size()), std::to_string(o.unquantified.size())});
  if (format == "csv") {
    print_csv(os, t);
    return;
  }
  os << "Offers for " << (profile.name.empty() ? "the profile" : profile.name) << '\n';
  print_table(os, t);
  if (!detail) return;
  for (const auto& o : offers) {
    os << '\n' << city_label(atlas, o.city) << '\n';
    Table d{{"scheme", "item", "amount", "money", "condition met"}, {}};
    for (const auto& l : o.lines)
      d.rows.push_back({l.scheme->name, l.item->description.value_or(l.item->id), line_amount(l),
                        l.money == MoneyKind::grant ? "grant" : std::string(to_string(l.item->form)), l.condition});
    for (const auto& l : o.unquantified)
      d.rows.push_back({l.scheme->name, l.item->description.value_or(l.item->id), line_amount(l), "-", l.condition});
    print_table(os, d);
    if (!o.unmet.empty()) {
      os << "\nnot met\n";
      Table u{{"scheme", "item", "would need"}, {}};
      for (const auto& m : o.unmet)
        u.rows.push_back({m.scheme->name, m.item->description.value_or(m.item->id), m.needs});
      print_table(os, u);
    }
    for (const auto& c : o.ceilings)
      os << "ceiling: " << c.scheme->name << " pays at most " << c.ceiling.to_string() << " of " << c.before.to_string()
         << " in grants\n";
    for (const auto& n : o.notes)
      if (n.find("ceiling") == std::string::npos) os << "note: " << n << '\n';
  }
}

}  // namespace chaincity::cli
