// The chaincity command line: argument parsing and printing only; every number comes from a library call.
#include <chaincity/chaincity.hpp>
#include <chaincity/incentives.hpp>
#include <chaincity/query.hpp>
#include <chaincity/text.hpp>

#include <unistd.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "output.hpp"

namespace {

using chaincity::Atlas;
using nlohmann::ordered_json;
namespace out = chaincity::cli;

// Exit codes (docs/cli.md): 0 success, 1 no match, 2 usage error (CLI11), 3 bad data or unreadable file.
constexpr int exit_ok = 0;
constexpr int exit_no_match = 1;
constexpr int exit_usage = 2;
constexpr int exit_bad_data = 3;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Globals {
  std::string data;
  std::string format = "table";
  bool include_inserts = false;
  std::string as_of;
  chaincity::ReadLimits limits;  // hostile-input limits for every file read
};

Atlas load_base(const Globals& g) {
  return g.data.empty() ? chaincity::embedded_atlas() : chaincity::load_atlas(g.data, g.limits);
}

Atlas load(const Globals& g) {
  Atlas atlas = load_base(g);
  if (!g.as_of.empty()) {
    auto d = chaincity::PartialDate::parse(g.as_of);
    if (!d) throw UsageError("--as-of: expected a date like 2018 or 2018-03, got \"" + g.as_of + "\"");
    atlas = atlas.as_of(*d);
  }
  return atlas;
}

chaincity::DateRange range_option(const std::string& from, const std::string& to);

std::optional<chaincity::PartialDate> date_option(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  auto d = chaincity::PartialDate::parse(text);
  if (!d)
    throw UsageError(std::string(option) + ": expected a date like 2020, 2020-03 or 2020-03-27, got \"" + text + "\"");
  return d;
}

chaincity::DateRange range_option(const std::string& from, const std::string& to) {
  chaincity::DateRange r{date_option(from, "--from"), date_option(to, "--to")};
  if (!r.ok()) throw UsageError("--from " + from + " is after --to " + to + ": expected a range that is not empty");
  return r;
}

template <class E>
std::optional<E> enum_option(const std::string& text, const char* option, const char* example) {
  if (text.empty()) return std::nullopt;
  E e{};
  if (!chaincity::from_string(text, e))
    throw UsageError(std::string(option) + ": expected a name like \"" + example +
                     "\" (see docs/atlas-format.md), got \"" + text + "\"");
  return e;
}

// A city option: any script; an unknown name is a usage error that lists the candidates.
std::optional<std::string> city_option(const Atlas& atlas, const std::string& text, const char* option = "--city") {
  if (text.empty()) return std::nullopt;
  chaincity::Resolution r = chaincity::resolve_name(atlas, text);
  if (r && !r.match->city.empty()) return r.match->city;
  std::string msg = std::string(option) + ": no single city is called \"" + text + "\"";
  if (!r.candidates.empty()) {
    msg += "; did you mean:";
    for (const auto& c : r.candidates) msg += " " + c.label;
  }
  throw UsageError(msg);
}

std::optional<std::string> province_option(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::string p = chaincity::normalize(text);
  for (const char* suffix : {"省", "市", "自治区"}) {
    std::string s(suffix);
    if (p.size() > s.size() && p.compare(p.size() - s.size(), s.size(), s) == 0) p.resize(p.size() - s.size());
  }
  return p;
}

std::string date_text(const std::optional<chaincity::RecordedDate>& d) {
  if (!d) return "";
  return d->value.to_string() + (d->basis == chaincity::DateBasis::stated ? "" : "*");
}

std::string city_name(const Atlas& atlas, const std::optional<std::string>& id) {
  if (!id || id->empty()) return "";
  const chaincity::City* c = atlas.find_city(*id);
  return c ? c->name_hans : *id;
}

std::string amount_text(const std::optional<chaincity::Quantity>& q) { return q ? q->describe() : ""; }

ordered_json record_json(const Atlas& atlas, chaincity::RecordKind kind, const std::string& id) {
  return ordered_json::parse(chaincity::to_json(atlas, chaincity::RecordRef{kind, id}));
}

// Progress on stderr. auto: only when stderr is a terminal, as one line rewritten in place; always: also into a file
// or pipe, one line per step; never: nothing.
chaincity::ProgressCallback stderr_progress(const std::string& mode) {
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  if (mode == "never" || (mode == "auto" && !tty)) return {};
  return [tty](std::string_view stage, std::size_t done, std::size_t total) {
    if (total > 1 && done != total && done % std::max<std::size_t>(1, total / 100) != 0) return;
    if (tty) {
      std::cerr << "\r\033[K" << stage << ": " << done << "/" << total << std::flush;
      if (done == total) std::cerr << '\n';
    } else {
      std::cerr << stage << ": " << done << "/" << total << '\n';
    }
  };
}

int write_report(const Globals& g, const std::string& out_path, const std::string& methodology_file,
                 const std::vector<std::string>& compare, const std::string& lang, const std::string& title,
                 std::size_t runs, std::uint64_t seed, std::size_t radars, const std::string& progress_mode) {
  chaincity::ProgressCallback progress = stderr_progress(progress_mode);
  if (progress && !g.data.empty()) progress("loading " + g.data, 0, 1);
  Atlas atlas = load_base(g);
  if (progress && !g.data.empty()) progress("loading " + g.data, 1, 1);
  chaincity::ReportOptions o;
  if (!methodology_file.empty()) o.methodology = chaincity::load_methodology(methodology_file, g.limits);
  o.methodology.metric_options.include_inserts = g.include_inserts;
  o.as_of = date_option(g.as_of, "--as-of");
  o.language = lang == "en" ? chaincity::ReportLanguage::en : chaincity::ReportLanguage::zh;
  o.sensitivity.runs = runs;
  o.sensitivity.seed = seed;
  o.radar_cities = radars;
  for (const auto& name : compare) o.compare.push_back(*city_option(atlas, name, "--compare"));
  o.title = title;
  o.data_label = g.data.empty() ? std::string() : std::filesystem::path(g.data).filename().string();
  o.progress = progress;
  chaincity::save_report(atlas, o, out_path);
  if (progress) std::cerr << "wrote " << out_path << '\n';
  return exit_ok;
}

int finish(const out::Table& table, const std::string& format, const ordered_json& json) {
  out::print(std::cout, table, format, json);
  return table.rows.empty() ? exit_no_match : exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"chaincity — which city is winning the race to become China's blockchain capital, and why"};
  app.set_version_flag("--version", std::string(chaincity::version_string));
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the command: `policies --city 廣州 --format json`
  Globals g;
  app.add_option("--data", g.data, "An atlas JSON file to use instead of the embedded atlas");
  app.add_option("--format", g.format, "Output format")->check(CLI::IsMember({"table", "json", "csv"}));
  app.add_flag("--include-inserts", g.include_inserts, "Include records that come only from flash-news inserts");
  app.add_option("--as-of", g.as_of, "Only what was known by this date (e.g. 2018-03)");
  app.add_option("--max-input-bytes", g.limits.max_bytes, "Reject input files larger than this (default 4 GiB)");
  app.add_option("--max-depth", g.limits.max_depth, "Reject JSON nested deeper than this (default 64)");
  app.add_option("--max-string-bytes", g.limits.max_string_bytes,
                 "Reject JSON strings longer than this, in bytes (default 1 MiB)");

  // Filters shared by several commands.
  std::string city, province, from, to, level, stance, dedicated, area, kind, governance, status, category, tier, money,
      min_cap, max_cap, metric;
  bool strict = false;
  auto date_filters = [&](CLI::App* c, const char* what) {
    c->add_option("--from", from, std::string("Earliest ") + what + " date (e.g. 2020-03)");
    c->add_option("--to", to, std::string("Latest ") + what + " date");
    c->add_flag("--strict", strict, "Leave out dates only possibly inside the range (e.g. 2017 against 2017-06..)");
  };

  auto* summary = app.add_subcommand("summary", "Counts per record type, cities covered and the date span");
  auto* cities = app.add_subcommand("cities", "Every city with its names in every script, sorted by pinyin");
  auto* city_cmd = app.add_subcommand("city", "Everything the atlas holds about one city (name in any script)");
  std::string city_name_arg;
  city_cmd->add_option("name", city_name_arg, "贵阳, 貴陽, guiyang …")->required();
  auto* policies = app.add_subcommand("policies", "Policy documents, filtered");
  policies->add_option("--city", city, "City, in any script");
  policies->add_option("--province", province, "Province (广东, 廣東 …)");
  policies->add_option("--level", level, "Issuer level: national, provincial, municipal, district");
  policies->add_option("--stance", stance, "support, regulation, mixed, unknown");
  policies->add_option("--dedicated", dedicated, "yes: blockchain-specific documents; no: the others")
      ->check(CLI::IsMember({"yes", "no"}));
  policies->add_option("--area", area, "Application area: 政务, 金融, 电子发票 … or government, finance …");
  policies->add_option("--kind", kind, "whitepaper, guiding_opinion, measures, regulation, notice …");
  std::string keyword;
  policies->add_option("--keyword", keyword, "Words in the title or description, any script");
  date_filters(policies, "issue");
  auto* parks = app.add_subcommand("parks", "Industrial parks, filtered");
  parks->add_option("--city", city, "City, in any script");
  parks->add_option("--province", province, "Province");
  parks->add_option("--governance", governance, "government-led (led or guided) or market")
      ->check(CLI::IsMember({"government-led", "market"}));
  parks->add_option("--status", status, "operating, planned, unknown");
  parks->add_option("--kind", kind,
                    "park, base, incubator, innovation_centre, cluster, platform, lab, data_centre, zone");
  date_filters(parks, "opening");
  auto* incentives = app.add_subcommand("incentives", "Incentive items, filtered");
  incentives->add_option("--city", city, "City, in any script");
  incentives->add_option("--category", category, "listing, rnd_platform, talent, housing, startup_loan …");
  incentives->add_option("--tier", tier, "national, provincial, joint, main_board …");
  incentives->add_option("--money", money, "grant (grants, subsidies) or loan (loans, funds, equity)")
      ->check(CLI::IsMember({"grant", "loan"}));
  incentives->add_option("--min-cap", min_cap, "Stated amount at least (e.g. 500万元)");
  incentives->add_option("--max-cap", max_cap, "Stated amount at most");
  auto* indicators = app.add_subcommand("indicators", "Observed values, filtered");
  indicators->add_option("--city", city, "City, in any script");
  indicators->add_option("--province", province, "Province");
  indicators->add_option("--metric", metric, "policy_count, park_count, enterprise_count …");
  date_filters(indicators, "observation");
  auto* firsts = app.add_subcommand("firsts", "First-mover claims and the earliest record of each kind");
  auto* timeline = app.add_subcommand("timeline", "Dated records in order");
  timeline->add_option("--city", city, "Only this city");
  auto* search = app.add_subcommand("search", "Keyword search in any script, ranked");
  std::vector<std::string> words;
  search->add_option("words", words, "Words to find")->required();
  std::size_t limit = 20;
  search->add_option("--limit", limit, "At most this many results");
  auto* rank_cmd = app.add_subcommand("rank", "Rank the cities: the ChainCity Index, or one metric");
  std::string rank_metric, methodology_file, explain_city, compare_file, compare_as_of, ties_name;
  std::size_t runs = 0;
  std::uint64_t seed = 1;
  double spread = 0.5;
  bool vary_norm = false, vary_agg = false, drop_one = false, list_metrics = false, print_methodology = false;
  rank_cmd->add_option("--metric", rank_metric, "Rank by one metric (see --list-metrics)");
  rank_cmd->add_option("--methodology", methodology_file, "A methodology JSON file (docs/methodology.md)");
  rank_cmd->add_option("--explain", explain_city,
                       "Explain one city's place: contributions, strengths, gap to the city above");
  rank_cmd->add_option("--sensitivity", runs, "Monte-Carlo runs over weights (and --vary-* choices)");
  rank_cmd->add_option("--seed", seed, "Random seed for --sensitivity");
  rank_cmd->add_option("--spread", spread, "Weight perturbation: factors in [1-spread, 1+spread]");
  rank_cmd->add_flag("--vary-normalisation", vary_norm, "Also draw the normalisation in each run");
  rank_cmd->add_flag("--vary-aggregation", vary_agg, "Also draw the aggregation in each run");
  rank_cmd->add_flag("--drop-one-pillar", drop_one, "Rank without each pillar in turn");
  rank_cmd->add_option("--compare", compare_file, "Compare with the ranking under another methodology file");
  rank_cmd->add_option("--compare-as-of", compare_as_of, "Compare with the ranking as of this date (e.g. 2018-03)");
  rank_cmd->add_option("--ties", ties_name, "competition (1224), dense (1223) or fractional (1 2.5 2.5 4)");
  rank_cmd->add_flag("--list-metrics", list_metrics, "List the built-in metrics");
  rank_cmd->add_flag("--print-methodology", print_methodology, "Print the methodology as JSON and exit");
  date_filters(rank_cmd, "record");
  auto* offer_cmd = app.add_subcommand("offer", "What each city's incentive schemes offer a company profile");
  std::string profile_file;
  offer_cmd->add_option("--profile", profile_file, "A company profile JSON file (docs/profile-format.md)")->required();
  offer_cmd->add_option("--city", city, "Only this city, with every item");
  auto* report_cmd = app.add_subcommand("report", "Write a self-contained HTML report with charts (docs/cli.md)");
  std::string report_out, report_lang = "zh", report_title;
  std::vector<std::string> report_compare;
  std::size_t report_runs = 1000, report_radars = 3;
  std::string report_progress = "auto";
  report_cmd->add_option("-o,--out", report_out, "The HTML file to write")->required();
  report_cmd->add_option("--methodology", methodology_file, "A methodology JSON file (default: the ChainCity Index)");
  report_cmd->add_option("--compare", report_compare, "Two cities to draw side by side (any script)")->expected(2);
  report_cmd->add_option("--lang", report_lang, "Label language")->check(CLI::IsMember({"zh", "en"}));
  report_cmd->add_option("--sensitivity", report_runs, "Monte-Carlo runs behind the rank intervals")
      ->check(CLI::PositiveNumber);
  report_cmd->add_option("--seed", seed, "Random seed for the sensitivity runs");
  report_cmd->add_option("--radars", report_radars, "How many top cities get a pillar radar");
  report_cmd->add_option("--title", report_title, "The page title");
  report_cmd->add_option("--progress", report_progress, "Progress on stderr: auto (when a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  auto* validate = app.add_subcommand("validate", "Load and validate an atlas file; print every problem");
  std::string validate_path;
  validate->add_option("file", validate_path, "The atlas file")->required();
  auto* exporter = app.add_subcommand("export", "Write the atlas as canonical JSON (atomically) or to stdout");
  std::string out_path;
  exporter->add_option("-o,--output", out_path, "The file to write (default: stdout)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other parse failure is a usage error (2), whatever CLI11's own code.
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  }
  chaincity::QueryOptions options;
  options.include_inserts = g.include_inserts;
  options.include_possibly = !strict;
  try {
    if (*validate) {
      Atlas atlas = chaincity::load_atlas(validate_path, g.limits);
      std::cout << validate_path << ": ok, " << atlas.record_count() << " records\n";
      return exit_ok;
    }
    if (*report_cmd)
      return write_report(g, report_out, methodology_file, report_compare, report_lang, report_title, report_runs, seed,
                          report_radars, report_progress);
    Atlas atlas = load(g);
    if (*exporter) {
      if (out_path.empty())
        std::cout << chaincity::to_json(atlas);
      else
        chaincity::save_atlas(atlas, out_path);
      return exit_ok;
    }
    if (*summary) {
      out::print_summary(std::cout, chaincity::summarize(atlas), g.format);
      return exit_ok;
    }
    if (*cities) {
      out::Table t{{"id", "简体", "繁體", "pinyin", "English", "province", "level", "tier"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto* c : chaincity::cities_by_pinyin(atlas)) {
        t.rows.push_back({c->id, c->name_hans, c->name_hant, c->pinyin, c->name_en, c->province,
                          std::string(chaincity::to_string(c->admin_level)),
                          c->tier ? std::string(chaincity::to_string(*c->tier)) : ""});
        j.push_back(record_json(atlas, chaincity::RecordKind::city, c->id));
      }
      return finish(t, g.format, j);
    }
    if (*city_cmd) {
      chaincity::Resolution r = chaincity::resolve_name(atlas, city_name_arg);
      if (!r || r.match->city.empty()) {
        std::cerr << "chaincity: no single city is called \"" << chaincity::to_valid_utf8(city_name_arg) << "\"";
        if (!r.candidates.empty()) {
          std::cerr << "; closest:";
          for (const auto& c : r.candidates) std::cerr << ' ' << c.label;
        }
        std::cerr << '\n';
        return exit_no_match;
      }
      out::print_city_card(std::cout, atlas, r.match->city, g.format, options);
      return exit_ok;
    }
    if (*policies) {
      chaincity::PolicyQuery q;
      q.city = city_option(atlas, city);
      q.province = province_option(province);
      q.issuer_level = enum_option<chaincity::IssuerLevel>(level, "--level", "municipal");
      q.stance = enum_option<chaincity::Stance>(stance, "--stance", "support");
      if (!dedicated.empty()) q.dedicated = dedicated == "yes";
      if (!area.empty()) {
        q.area = chaincity::parse_application_area(area);
        if (!q.area)
          throw UsageError("--area: expected an application area like 政务 or government, got \"" + area + "\"");
      }
      q.kind = enum_option<chaincity::PolicyKind>(kind, "--kind", "guiding_opinion");
      if (!keyword.empty()) q.keyword = keyword;
      q.issued = range_option(from, to);
      q.options = options;
      out::Table t{{"issued", "level", "city", "dedicated", "title", "id"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto& h : chaincity::find_policies(atlas, q)) {
        const auto& p = *h.record;
        std::string c = chaincity::record_city(atlas, {chaincity::RecordKind::policy, p.id});
        t.rows.push_back({date_text(p.issued) + (h.date_match == chaincity::RangeMatch::possibly_inside ? "?" : ""),
                          std::string(chaincity::to_string(p.issuer_level)), city_name(atlas, c),
                          p.dedicated ? (*p.dedicated ? "yes" : "no") : "",
                          p.title.value_or(p.description.value_or("")), p.id});
        ordered_json rec = record_json(atlas, chaincity::RecordKind::policy, p.id);
        rec["date_match"] = std::string(chaincity::to_string(h.date_match));
        j.push_back(rec);
      }
      return finish(t, g.format, j);
    }
    if (*parks) {
      chaincity::ParkQuery q;
      q.city = city_option(atlas, city);
      q.province = province_option(province);
      if (!governance.empty()) q.government_led = governance == "government-led";
      q.status = enum_option<chaincity::ParkStatus>(status, "--status", "operating");
      q.kind = enum_option<chaincity::ParkKind>(kind, "--kind", "park");
      q.opened = range_option(from, to);
      q.options = options;
      out::Table t{{"opened", "city", "district", "kind", "governance", "name", "id"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto& h : chaincity::find_parks(atlas, q)) {
        const auto& p = *h.record;
        t.rows.push_back({date_text(p.opened), city_name(atlas, p.city), p.district.value_or(""),
                          std::string(chaincity::to_string(p.kind)), std::string(chaincity::to_string(p.governance)),
                          p.name, p.id});
        ordered_json rec = record_json(atlas, chaincity::RecordKind::park, p.id);
        rec["date_match"] = std::string(chaincity::to_string(h.date_match));
        j.push_back(rec);
      }
      return finish(t, g.format, j);
    }
    if (*incentives) {
      chaincity::IncentiveQuery q;
      q.city = city_option(atlas, city);
      q.category = enum_option<chaincity::IncentiveCategory>(category, "--category", "listing");
      q.tier = enum_option<chaincity::IncentiveTier>(tier, "--tier", "national");
      if (!money.empty()) q.money = money == "grant" ? chaincity::MoneyKind::grant : chaincity::MoneyKind::loan;
      auto money_arg = [](const std::string& text, const char* option) -> std::optional<chaincity::Money> {
        if (text.empty()) return std::nullopt;
        auto m = chaincity::Money::parse(text);
        if (!m) throw UsageError(std::string(option) + ": expected an amount like 500万元, got \"" + text + "\"");
        return m;
      };
      q.cap_at_least = money_arg(min_cap, "--min-cap");
      q.cap_at_most = money_arg(max_cap, "--max-cap");
      q.options = options;
      out::Table t{{"city", "category", "tier", "amount", "form", "per", "scheme", "id"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto& h : chaincity::find_incentives(atlas, q)) {
        const auto& i = *h.item;
        t.rows.push_back({city_name(atlas, h.scheme->city), std::string(chaincity::to_string(i.category)),
                          i.tier ? std::string(chaincity::to_string(*i.tier)) : "", amount_text(i.amount),
                          std::string(chaincity::to_string(i.form)), std::string(chaincity::to_string(i.per)),
                          h.scheme->name, i.id});
        ordered_json rec = record_json(atlas, chaincity::RecordKind::incentive, i.id);
        rec["scheme"] = h.scheme->id;
        rec["city"] = h.scheme->city.value_or("");
        j.push_back(rec);
      }
      return finish(t, g.format, j);
    }
    if (*indicators) {
      chaincity::IndicatorQuery q;
      q.city = city_option(atlas, city);
      q.province = province_option(province);
      q.metric = enum_option<chaincity::Metric>(metric, "--metric", "policy_count");
      q.as_of = range_option(from, to);
      q.options = options;
      out::Table t{{"scope", "metric", "value", "as of / window", "subject", "id"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto& h : chaincity::find_indicators(atlas, q)) {
        const auto& i = *h.record;
        t.rows.push_back({out::scope_text(atlas, i.scope), std::string(chaincity::to_string(i.metric)),
                          i.value.describe(), out::when_text(i), i.subject.value_or(""), i.id});
        j.push_back(record_json(atlas, chaincity::RecordKind::indicator, i.id));
      }
      return finish(t, g.format, j);
    }
    if (*firsts) {
      out::Table t{{"question", "how", "date", "cities", "records"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto& f : chaincity::firsts(atlas, options)) {
        std::string cs, rs;
        ordered_json rj = ordered_json::array();
        for (const auto& c : f.cities) cs += (cs.empty() ? "" : " ") + city_name(atlas, c);
        for (const auto& r : f.records) {
          rs += (rs.empty() ? "" : " ") + r.id;
          rj.push_back({{"kind", std::string(chaincity::to_string(r.kind))}, {"id", r.id}});
        }
        t.rows.push_back({f.question, f.claimed ? "claimed" : "computed", f.date ? f.date->to_string() : "", cs, rs});
        j.push_back({{"question", f.question},
                     {"claimed", f.claimed},
                     {"date", f.date ? ordered_json(f.date->to_string()) : ordered_json()},
                     {"cities", f.cities},
                     {"records", rj}});
      }
      return finish(t, g.format, j);
    }
    if (*timeline) {
      std::optional<std::string> c = city_option(atlas, city);
      out::Table t{{"date", "city", "what", "title", "id"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto& e : chaincity::timeline(atlas, c.value_or(""), options)) {
        t.rows.push_back({e.date.to_string() + (e.basis == chaincity::DateBasis::stated ? "" : "*"),
                          city_name(atlas, e.city), e.what, e.title, e.ref.id});
        j.push_back({{"date", e.date.to_string()},
                     {"basis", std::string(chaincity::to_string(e.basis))},
                     {"city", e.city},
                     {"what", e.what},
                     {"kind", std::string(chaincity::to_string(e.ref.kind))},
                     {"id", e.ref.id},
                     {"title", e.title}});
      }
      return finish(t, g.format, j);
    }
    if (*rank_cmd) {
      if (list_metrics) {
        out::Table t{{"metric", "unit", "direction", "absence", "description"}, {}};
        ordered_json j = ordered_json::array();
        for (const auto& d : chaincity::builtin_metrics()) {
          t.rows.push_back({d.id, d.unit, std::string(chaincity::to_string(d.direction)),
                            d.absence == chaincity::Absence::zero ? "zero" : "missing", d.description});
          j.push_back({{"id", d.id},
                       {"name", d.name},
                       {"unit", d.unit},
                       {"direction", std::string(chaincity::to_string(d.direction))},
                       {"description", d.description}});
        }
        return finish(t, g.format, j);
      }
      chaincity::Methodology m = !methodology_file.empty() ? chaincity::load_methodology(methodology_file, g.limits)
                                 : !rank_metric.empty()    ? chaincity::Methodology::single_metric(rank_metric)
                                                           : chaincity::Methodology::default_index();
      if (!ties_name.empty() && !chaincity::from_string(ties_name, m.ties))
        throw UsageError("--ties: expected competition, dense or fractional, got \"" + ties_name + "\"");
      if (!from.empty()) m.metric_options.window.from = date_option(from, "--from");
      if (!to.empty()) m.metric_options.window.to = date_option(to, "--to");
      m.metric_options.include_inserts = g.include_inserts;
      if (print_methodology) {
        std::cout << chaincity::to_json(m);
        return exit_ok;
      }
      chaincity::Ranking r = chaincity::rank(atlas, m);
      if (!explain_city.empty()) {
        std::optional<std::string> c = city_option(atlas, explain_city, "--explain");
        out::print_explanation(std::cout, atlas, chaincity::explain(r, *c), *r.find(*c), g.format);
        return exit_ok;
      }
      if (rank_cmd->count("--sensitivity") && runs == 0) throw UsageError("--sensitivity: expected at least 1 run");
      if (runs > 0) {
        chaincity::SensitivityOptions so;
        so.runs = runs;
        so.seed = seed;
        so.weight_spread = spread;
        so.vary_normalisation = vary_norm;
        so.vary_aggregation = vary_agg;
        out::print_sensitivity(std::cout, atlas, chaincity::sensitivity(atlas, m, so), g.format);
        return exit_ok;
      }
      if (drop_one) {
        out::print_drop_one(std::cout, atlas, r, chaincity::drop_one_pillar(atlas, m), g.format);
        return exit_ok;
      }
      if (!compare_file.empty() || !compare_as_of.empty()) {
        chaincity::Ranking other =
            !compare_file.empty()
                ? chaincity::rank(atlas, chaincity::load_methodology(compare_file, g.limits))
                : chaincity::rank(load_base(g).as_of(*date_option(compare_as_of, "--compare-as-of")), m);
        out::print_comparison(std::cout, atlas, chaincity::compare(other, r), g.format);
        return exit_ok;
      }
      out::print_ranking(std::cout, atlas, r, g.format);
      return r.cities.empty() ? exit_no_match : exit_ok;
    }
    if (*offer_cmd) {
      chaincity::CompanyProfile profile = chaincity::load_profile(profile_file, g.limits);
      if (g.include_inserts) profile.include_inserts = true;
      std::optional<std::string> only = city_option(atlas, city);
      std::vector<chaincity::Offer> all = chaincity::offers(atlas, profile);
      if (only)
        all.erase(std::remove_if(all.begin(), all.end(), [&](const auto& o) { return o.city != *only; }), all.end());
      out::print_offers(std::cout, atlas, profile, all, g.format, only.has_value());
      return all.empty() ? exit_no_match : exit_ok;
    }
    if (*search) {
      std::string query;
      for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
      out::Table t{{"score", "kind", "title", "matched", "id"}, {}};
      ordered_json j = ordered_json::array();
      for (const auto& h : chaincity::search(atlas, query, options, limit)) {
        t.rows.push_back(
            {out::score_text(h.score), std::string(chaincity::to_string(h.ref.kind)), h.title, h.snippet, h.ref.id});
        j.push_back({{"kind", std::string(chaincity::to_string(h.ref.kind))},
                     {"id", h.ref.id},
                     {"title", h.title},
                     {"snippet", h.snippet},
                     {"score", h.score}});
      }
      return finish(t, g.format, j);
    }
  } catch (const UsageError& e) {
    std::cerr << "chaincity: " << chaincity::to_valid_utf8(e.what()) << '\n';
    return exit_usage;
  } catch (const chaincity::Error& e) {
    std::cerr << "chaincity: " << chaincity::to_valid_utf8(e.what()) << '\n';
    return exit_bad_data;
  }
  return exit_ok;
}
