// Printing for the chaincity program: tables aligned by display width, CSV, JSON. No domain logic.
#pragma once

#include <chaincity/chaincity.hpp>
#include <chaincity/query.hpp>
#include <chaincity/text.hpp>

#include <algorithm>
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

// RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
inline std::string csv_cell(const std::string& v) {
  std::string s = v;
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) {
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
    os << json.dump(2) << '\n';
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
    os << j.dump(2) << '\n';
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
    nlohmann::ordered_json ta = nlohmann::ordered_json::array();
    for (const auto& e : events)
      ta.push_back({{"date", e.date.to_string()}, {"what", e.what}, {"id", e.ref.id}, {"title", e.title}});
    j["timeline"] = ta;
    os << j.dump(2) << '\n';
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
  os << "\ntimeline (" << events.size() << ")\n";
  Table tt{{"date", "what", "title"}, {}};
  for (const auto& e : events) tt.rows.push_back({e.date.to_string(), e.what, e.title});
  print_table(os, tt);
}

}  // namespace chaincity::cli
