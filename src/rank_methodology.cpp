// The index framework and methodology: the default ChainCity Index, validation, JSON in and out, names.
#include <chaincity/core/error.hpp>
#include <chaincity/rank/methodology.hpp>

#include <array>
#include <cmath>

#include "enum_table.hpp"
#include "json_reader.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

template <class E, std::size_t N>
using Names = detail::EnumTable<E, N>;

constexpr Names<Imputation, 4> imputation_names{{{Imputation::leave_out, "leave_out"},
                                                 {Imputation::mean, "mean"},
                                                 {Imputation::group_mean, "group_mean"},
                                                 {Imputation::minimum, "minimum"}}};
constexpr Names<OutlierTreatment, 3> outlier_names{
    {{OutlierTreatment::none, "none"}, {OutlierTreatment::winsorise, "winsorise"}, {OutlierTreatment::log, "log"}}};
constexpr Names<Normalisation, 7> normalisation_names{{{Normalisation::min_max, "min_max"},
                                                       {Normalisation::z_score, "z_score"},
                                                       {Normalisation::rank, "rank"},
                                                       {Normalisation::percentile_rank, "percentile_rank"},
                                                       {Normalisation::distance_to_best, "distance_to_best"},
                                                       {Normalisation::goalposts, "goalposts"},
                                                       {Normalisation::benchmark, "benchmark"}}};
constexpr Names<Weighting, 5> weighting_names{{{Weighting::equal, "equal"},
                                               {Weighting::given, "given"},
                                               {Weighting::budget, "budget"},
                                               {Weighting::entropy, "entropy"},
                                               {Weighting::pca, "pca"}}};
constexpr Names<Aggregation, 6> aggregation_names{{{Aggregation::arithmetic, "arithmetic"},
                                                   {Aggregation::geometric, "geometric"},
                                                   {Aggregation::harmonic, "harmonic"},
                                                   {Aggregation::copeland, "copeland"},
                                                   {Aggregation::topsis, "topsis"},
                                                   {Aggregation::vikor, "vikor"}}};
constexpr Names<TiePolicy, 3> tie_names{
    {{TiePolicy::competition, "competition"}, {TiePolicy::dense, "dense"}, {TiePolicy::fractional, "fractional"}}};

using detail::fail;
using detail::Obj;
using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

double number(const Obj& o, std::string_view key, double fallback) {
  const json* v = o.get(key);
  if (!v) return fallback;
  if (!v->is_number()) fail(o.at(key), std::string("expected a number, got ") + detail::type_name(*v));
  return v->get<double>();
}

template <class E, std::size_t N>
E choice(const Obj& o, std::string_view key, const Names<E, N>& names, E fallback) {
  const json* v = o.get(key);
  if (!v) return fallback;
  E out{};
  if (!v->is_string() || !detail::enum_value(names, v->get<std::string>(), out)) {
    std::string list;
    for (const auto& [e, n] : names) list += (list.empty() ? "" : ", ") + std::string(n);
    fail(o.at(key), "expected one of " + list + ", got " + detail::shown(*v));
  }
  return out;
}

PartialDate date(const Obj& o, std::string_view key) {
  std::string s = o.str(key);
  auto d = PartialDate::parse(s);
  if (!d) fail(o.at(key), "expected a date like 2020-03, got \"" + s + "\"");
  return *d;
}

Methodology read(const json& root) {
  Obj o(root, "");
  o.allow({"name", "pillars", "window", "include_inserts", "imputation", "coverage_threshold", "outliers", "winsor_low",
           "winsor_high", "normalisation", "range_low", "range_high", "benchmark_city", "weighting", "aggregation",
           "zero_guard", "vikor_v", "ties", "tiers"});
  Methodology m;
  m.pillars.clear();
  m.name = o.opt_str("name").value_or("custom index");
  o.each("pillars", [&](const json& v, const std::string& at) {
    Obj p(v, at);
    p.allow({"id", "name", "weight", "metrics", "rationale"});
    Pillar pillar;
    pillar.id = p.str("id");
    pillar.name = p.opt_str("name").value_or(pillar.id);
    pillar.weight = number(p, "weight", 1);
    pillar.rationale = p.str_or_empty("rationale");
    p.each("metrics", [&](const json& mv, const std::string& mat) {
      MetricWeight mw;
      if (mv.is_string()) {
        mw.metric = mv.get<std::string>();
      } else {
        Obj mo(mv, mat);
        mo.allow({"metric", "weight", "goalpost_low", "goalpost_high"});
        mw.metric = mo.str("metric");
        mw.weight = number(mo, "weight", 1);
        if (mo.get("goalpost_low")) mw.goalpost_low = number(mo, "goalpost_low", 0);
        if (mo.get("goalpost_high")) mw.goalpost_high = number(mo, "goalpost_high", 0);
      }
      if (!find_metric(mw.metric))
        fail(mv.is_string() ? mat : mat + "/metric",
             "expected a built-in metric id (chaincity rank --list-metrics), got unknown metric \"" + mw.metric + "\"");
      pillar.metrics.push_back(mw);
    });
    m.pillars.push_back(std::move(pillar));
  });
  if (const json* w = o.get("window")) {
    Obj wo(*w, o.at("window"));
    wo.allow({"from", "to"});
    if (wo.get("from")) m.metric_options.window.from = date(wo, "from");
    if (wo.get("to")) m.metric_options.window.to = date(wo, "to");
  }
  m.metric_options.include_inserts = o.opt_bool("include_inserts").value_or(false);
  m.imputation = choice(o, "imputation", imputation_names, m.imputation);
  m.coverage_threshold = number(o, "coverage_threshold", m.coverage_threshold);
  m.outliers = choice(o, "outliers", outlier_names, m.outliers);
  m.winsor_low = number(o, "winsor_low", m.winsor_low);
  m.winsor_high = number(o, "winsor_high", m.winsor_high);
  m.normalisation = choice(o, "normalisation", normalisation_names, m.normalisation);
  m.range_low = number(o, "range_low", m.range_low);
  m.range_high = number(o, "range_high", m.range_high);
  m.benchmark_city = o.str_or_empty("benchmark_city");
  m.weighting = choice(o, "weighting", weighting_names, m.weighting);
  m.aggregation = choice(o, "aggregation", aggregation_names, m.aggregation);
  m.zero_guard = number(o, "zero_guard", m.zero_guard);
  m.vikor_v = number(o, "vikor_v", m.vikor_v);
  m.ties = choice(o, "ties", tie_names, m.ties);
  double tiers = number(o, "tiers", static_cast<double>(m.tiers));
  if (tiers < 1 || tiers != std::floor(tiers)) fail("/tiers", "expected a whole number of tiers, at least 1");
  m.tiers = static_cast<std::size_t>(tiers);
  m.validate();
  return m;
}

}  // namespace

Methodology Methodology::default_index() {
  auto mw = [](const char* metric, double weight) { return MetricWeight{metric, weight, std::nullopt, std::nullopt}; };
  Methodology m;
  m.pillars = {
      {"policy",
       "Policy support",
       0.25,
       {mw("dedicated_policies", 0.35), mw("policies", 0.2), mw("policies_with_areas", 0.25),
        mw("policy_targets", 0.2)},
       "Article 003: what puts Beijing and Guangzhou in the upper circle is blockchain-specific policy and policy that "
       "names application areas, not the number of documents; article 004: Chongqing's targets with deadlines."},
      {"industry",
       "Industry and parks",
       0.2,
       {mw("parks", 0.4), mw("government_led_parks", 0.2), mw("enterprises", 0.4)},
       "Article 002: parks are the main instrument for gathering firms; article 003: registered blockchain companies."},
      {"talent",
       "Talent",
       0.1,
       {mw("universities", 1), mw("students", 1), mw("academicians", 1), mw("talent_demand_rank", 1),
        mw("salary_rank", 1)},
       "Article 000: Nanjing's universities and students; article 003: demand for blockchain staff. Few cities have "
       "talent figures in the articles, so the pillar is light and missing data is left out."},
      {"incentives",
       "Incentives",
       0.2,
       {mw("largest_grant", 0.4), mw("total_grants", 0.4), mw("largest_loan", 0.2)},
       "Articles 001, 002, 004: the early movers compete with awards, subsidies and loans; grants and loans are kept "
       "apart."},
      {"scenarios",
       "Open application scenarios",
       0.15,
       {mw("applications", 0.5), mw("application_areas", 0.5)},
       "Articles 000 and 001: opening real scenarios (city chains, e-certificates, government chains) is what turns "
       "policy into use; Loudi competes with scenarios rather than money."},
      {"early",
       "Early moves",
       0.1,
       {mw("first_claims", 0.6), mw("earliest_move", 0.4)},
       "Every article asks who moved first: Guiyang's whitepaper and work report, Shanghai's earliest parks, "
       "Hangzhou's first government-hosted summit."},
  };
  return m;
}

Methodology Methodology::single_metric(std::string_view metric) {
  const MetricDefinition* d = find_metric(metric);
  if (!d) throw NotFoundError("no metric \"" + std::string(metric) + "\"");
  Methodology m;
  m.name = d->name;
  m.pillars = {{d->id, d->name, 1, {MetricWeight{d->id, 1, std::nullopt, std::nullopt}}, d->description}};
  return m;
}

void Methodology::validate() const {
  std::vector<Problem> problems;
  auto bad = [&](std::string at, std::string msg) {
    problems.push_back({Location{{}, std::move(at), 0, 0}, std::move(msg)});
  };
  if (pillars.empty()) bad("/pillars", "expected at least one pillar");
  double pillar_sum = 0;
  for (std::size_t i = 0; i < pillars.size(); ++i) {
    const auto& p = pillars[i];
    std::string at = "/pillars/" + std::to_string(i);
    if (p.id.empty()) bad(at + "/id", "expected a pillar id");
    for (std::size_t j = 0; j < i; ++j)
      if (!p.id.empty() && pillars[j].id == p.id)
        bad(at + "/id", "expected a unique pillar id, got \"" + p.id + "\" again");
    if (!(p.weight >= 0) || !std::isfinite(p.weight)) bad(at + "/weight", "expected a non-negative weight");
    pillar_sum += p.weight;
    if (p.metrics.empty()) bad(at + "/metrics", "expected at least one metric");
    double metric_sum = 0;
    for (std::size_t k = 0; k < p.metrics.size(); ++k) {
      const auto& mw = p.metrics[k];
      std::string mat = at + "/metrics/" + std::to_string(k);
      if (!find_metric(mw.metric))
        bad(mat + "/metric", "expected a built-in metric id, got unknown metric \"" + mw.metric + "\"");
      if (!(mw.weight >= 0) || !std::isfinite(mw.weight)) bad(mat + "/weight", "expected a non-negative weight");
      metric_sum += mw.weight;
      if (mw.goalpost_low && mw.goalpost_high && *mw.goalpost_low == *mw.goalpost_high)
        bad(mat, "expected two different goalposts");
    }
    if (!p.metrics.empty() && metric_sum <= 0) bad(at + "/metrics", "expected metric weights with a positive sum");
  }
  if (!pillars.empty() && pillar_sum <= 0) bad("/pillars", "expected pillar weights with a positive sum");
  if (!metric_options.window.ok())
    bad("/window", "expected a window whose start is not after its end, got from " +
                       metric_options.window.from->to_string() + " and to " + metric_options.window.to->to_string());
  if (coverage_threshold < 0 || coverage_threshold > 1) bad("/coverage_threshold", "expected a share from 0 to 1");
  if (!(winsor_low >= 0 && winsor_low < winsor_high && winsor_high <= 100))
    bad("/winsor_low", "expected 0 <= winsor_low < winsor_high <= 100");
  if (!(range_low < range_high)) bad("/range_low", "expected range_low < range_high");
  if (normalisation == Normalisation::benchmark && benchmark_city.empty())
    bad("/benchmark_city", "expected the benchmark city's id for benchmark normalisation");
  if (!(zero_guard > 0 && zero_guard < 1)) bad("/zero_guard", "expected a share between 0 and 1");
  if (!(vikor_v >= 0 && vikor_v <= 1)) bad("/vikor_v", "expected a value from 0 to 1");
  if (tiers < 1) bad("/tiers", "expected at least one tier");
  if (!problems.empty()) throw ValidationError(std::move(problems));
}

Methodology methodology_from_json(std::string_view text, std::string_view name_for_errors) {
  return methodology_from_json(text, name_for_errors, ReadLimits{});
}

Methodology methodology_from_json(std::string_view text, std::string_view name_for_errors, const ReadLimits& limits) {
  return detail::parse_located(
      text, std::string(name_for_errors), [](const json& root) { return read(root); }, limits);
}

Methodology load_methodology(const std::filesystem::path& path) { return load_methodology(path, ReadLimits{}); }

Methodology load_methodology(const std::filesystem::path& path, const ReadLimits& limits) {
  return methodology_from_json(detail::read_text_file(path.string(), limits.max_bytes), path.string(), limits);
}

std::string to_json(const Methodology& m) {
  ojson j;
  j["name"] = m.name;
  ojson pillars = ojson::array();
  for (const auto& p : m.pillars) {
    ojson pj;
    pj["id"] = p.id;
    pj["name"] = p.name;
    pj["weight"] = p.weight;
    ojson metrics = ojson::array();
    for (const auto& mw : p.metrics) {
      ojson mj;
      mj["metric"] = mw.metric;
      mj["weight"] = mw.weight;
      if (mw.goalpost_low) mj["goalpost_low"] = *mw.goalpost_low;
      if (mw.goalpost_high) mj["goalpost_high"] = *mw.goalpost_high;
      metrics.push_back(std::move(mj));
    }
    pj["metrics"] = std::move(metrics);
    if (!p.rationale.empty()) pj["rationale"] = p.rationale;
    pillars.push_back(std::move(pj));
  }
  j["pillars"] = std::move(pillars);
  if (m.metric_options.window.from || m.metric_options.window.to) {
    ojson w = ojson::object();
    if (m.metric_options.window.from) w["from"] = m.metric_options.window.from->to_string();
    if (m.metric_options.window.to) w["to"] = m.metric_options.window.to->to_string();
    j["window"] = std::move(w);
  }
  j["include_inserts"] = m.metric_options.include_inserts;
  j["imputation"] = std::string(to_string(m.imputation));
  j["coverage_threshold"] = m.coverage_threshold;
  j["outliers"] = std::string(to_string(m.outliers));
  j["winsor_low"] = m.winsor_low;
  j["winsor_high"] = m.winsor_high;
  j["normalisation"] = std::string(to_string(m.normalisation));
  j["range_low"] = m.range_low;
  j["range_high"] = m.range_high;
  if (!m.benchmark_city.empty()) j["benchmark_city"] = m.benchmark_city;
  j["weighting"] = std::string(to_string(m.weighting));
  j["aggregation"] = std::string(to_string(m.aggregation));
  j["zero_guard"] = m.zero_guard;
  j["vikor_v"] = m.vikor_v;
  j["ties"] = std::string(to_string(m.ties));
  j["tiers"] = m.tiers;
  return j.dump(2) + "\n";
}

std::string_view to_string(Imputation v) noexcept { return detail::enum_name(imputation_names, v); }
std::string_view to_string(OutlierTreatment v) noexcept { return detail::enum_name(outlier_names, v); }
std::string_view to_string(Normalisation v) noexcept { return detail::enum_name(normalisation_names, v); }
std::string_view to_string(Weighting v) noexcept { return detail::enum_name(weighting_names, v); }
std::string_view to_string(Aggregation v) noexcept { return detail::enum_name(aggregation_names, v); }
bool from_string(std::string_view n, Imputation& out) noexcept { return detail::enum_value(imputation_names, n, out); }
bool from_string(std::string_view n, OutlierTreatment& out) noexcept {
  return detail::enum_value(outlier_names, n, out);
}
bool from_string(std::string_view n, Normalisation& out) noexcept {
  return detail::enum_value(normalisation_names, n, out);
}
bool from_string(std::string_view n, Weighting& out) noexcept { return detail::enum_value(weighting_names, n, out); }
bool from_string(std::string_view n, Aggregation& out) noexcept {
  return detail::enum_value(aggregation_names, n, out);
}
bool from_string(std::string_view n, TiePolicy& out) noexcept { return detail::enum_value(tie_names, n, out); }

}  // namespace v1
}  // namespace chaincity
