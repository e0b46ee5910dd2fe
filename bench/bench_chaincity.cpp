// ChainCity beside its peers, in one run: loading an atlas (nlohmann/json DOM, simdjson), policy queries and keyword
// search (SQLite in memory with covering indexes, FTS5 trigram), name resolution, ranking and sensitivity.
// Every pair is checked to give the same answer before it is timed. Data: CHAINCITY_BENCH_ATLAS (bench/make_atlas.py).
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <simdjson.h>
#include <chaincity/chaincity.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace chaincity;

struct Data {
  std::string path;
  std::string text;
  simdjson::padded_string padded;
  Atlas atlas;
  sqlite3* db = nullptr;
  std::string top_city;
  long from_day = 0, to_day = 0;
  std::vector<std::string> names;
};

[[noreturn]] void die(const std::string& why) {
  std::fprintf(stderr, "chaincity_bench: %s\n", why.c_str());
  std::exit(2);
}

void exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) die("sqlite: " + std::string(err ? err : ""));
}

long day(const boost::gregorian::date& d) { return static_cast<long>(d.day_number()); }

// The cities a policy concerns, as PolicyQuery::city reads them: its scope's city and its list of cities.
std::vector<std::string> policy_cities(const PolicyDocument& p) {
  std::vector<std::string> out;
  for (const auto& c : p.cities)
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  if (!p.scope.city.empty() && std::find(out.begin(), out.end(), p.scope.city) == out.end())
    out.push_back(p.scope.city);
  return out;
}

Data& data() {
  static Data d = [] {
    Data x;
    const char* path = std::getenv("CHAINCITY_BENCH_ATLAS");
    if (!path) die("set CHAINCITY_BENCH_ATLAS to an atlas file (bench/make_atlas.py)");
    x.path = path;
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    x.text = ss.str();
    x.padded = simdjson::padded_string(x.text);
    x.atlas = load_atlas_from_string(x.text, x.path);
    // SQLite: one row per (policy, city) with the issue date's first and last day and the issuer level; a covering
    // index for each query; an FTS5 trigram table of titles and descriptions.
    if (sqlite3_open(":memory:", &x.db) != SQLITE_OK) die("sqlite open");
    exec(x.db, "CREATE TABLE pc(policy INTEGER, city TEXT, lo INTEGER, hi INTEGER, level TEXT)");
    exec(x.db, "CREATE VIRTUAL TABLE ft USING fts5(body, tokenize='trigram')");
    exec(x.db, "CREATE TABLE docs(body TEXT)");
    exec(x.db, "BEGIN");
    sqlite3_stmt* ins = nullptr;
    sqlite3_stmt* fts = nullptr;
    sqlite3_prepare_v2(x.db, "INSERT INTO pc VALUES(?,?,?,?,?)", -1, &ins, nullptr);
    sqlite3_prepare_v2(x.db, "INSERT INTO ft(rowid, body) VALUES(?,?)", -1, &fts, nullptr);
    sqlite3_stmt* doc = nullptr;
    sqlite3_prepare_v2(x.db, "INSERT INTO docs(rowid, body) VALUES(?,?)", -1, &doc, nullptr);
    std::map<std::string, std::size_t> per_city;
    std::int64_t row = 0;
    for (const auto& p : x.atlas.policies()) {
      ++row;
      if (x.atlas.from_insert_only(p.provenance)) continue;
      std::string body = p.title.value_or("") + "\n" + p.description.value_or("");
      sqlite3_bind_int64(fts, 1, row);
      sqlite3_bind_text(fts, 2, body.c_str(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
      if (sqlite3_step(fts) != SQLITE_DONE) die(std::string("sqlite fts insert: ") + sqlite3_errmsg(x.db));
      sqlite3_reset(fts);
      sqlite3_bind_int64(doc, 1, row);
      sqlite3_bind_text(doc, 2, body.c_str(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
      if (sqlite3_step(doc) != SQLITE_DONE) die(std::string("sqlite insert: ") + sqlite3_errmsg(x.db));
      sqlite3_reset(doc);
      // Undated documents have NULL dates: date filters leave them out, counts without one keep them.
      for (const auto& c : policy_cities(p)) {
        ++per_city[c];
        std::string level(to_string(p.issuer_level));
        sqlite3_bind_int64(ins, 1, row);
        sqlite3_bind_text(ins, 2, c.c_str(), -1, SQLITE_TRANSIENT);
        if (p.issued) {
          sqlite3_bind_int64(ins, 3, day(p.issued->value.earliest()));
          sqlite3_bind_int64(ins, 4, day(p.issued->value.latest()));
        } else {
          sqlite3_bind_null(ins, 3);
          sqlite3_bind_null(ins, 4);
        }
        sqlite3_bind_text(ins, 5, level.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(ins) != SQLITE_DONE) die(std::string("sqlite insert: ") + sqlite3_errmsg(x.db));
        sqlite3_reset(ins);
      }
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(fts);
    sqlite3_finalize(doc);
    exec(x.db, "COMMIT");
    exec(x.db, "CREATE INDEX pc_city_date ON pc(city, lo, hi, policy)");
    exec(x.db, "CREATE INDEX pc_date_city ON pc(lo, city, policy)");
    exec(x.db, "CREATE INDEX pc_level_city ON pc(level, city, policy)");
    exec(x.db, "ANALYZE");
    std::size_t best = 0;
    for (const auto& [c, n] : per_city)
      if (n > best) best = n, x.top_city = c;
    // ChainCity builds its query indexes on first use; build them here, outside the timings, and say how long.
    auto t0 = std::chrono::steady_clock::now();
    PolicyQuery warm;
    warm.keyword = "区块链";
    (void)find_policies(x.atlas, warm);
    std::fprintf(stderr, "chaincity_bench: query indexes built in %.0f ms\n",
                 std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    x.from_day = day(PartialDate::from_string("2018-01").earliest());
    x.to_day = day(PartialDate::from_string("2020-12").latest());
    // 1,000,000 names in every script the index reads: Simplified and Traditional with and without 市, pinyin with
    // tones, toneless and capitalised, English, aliases, districts (Simplified, Traditional, without 区) — cycled
    // over the cities in a fixed shuffle.
    std::vector<std::string> forms;
    for (const auto& c : x.atlas.cities()) {
      for (const std::string* n : {&c.name_hans, &c.name_hant, &c.pinyin, &c.name_en, &c.id})
        if (!n->empty()) forms.push_back(*n);
      forms.push_back(c.name_hans + "市");
      forms.push_back(c.name_hant + "市");
      for (const auto& a : c.aliases) forms.push_back(a);
      for (const auto& district : c.districts) {
        forms.push_back(district.name_hans);
        if (!district.name_hant.empty()) forms.push_back(district.name_hant);
      }
    }
    std::uint64_t z = 2026;
    x.names.reserve(1000000);
    for (std::size_t i = 0; i < 1000000; ++i) {
      z = z * 6364136223846793005ULL + 1442695040888963407ULL;
      x.names.push_back(forms[(z >> 33) % forms.size()]);
    }
    return x;
  }();
  return d;
}

std::int64_t sqlite_count(const std::string& sql, const std::vector<std::string>& text_args,
                          const std::vector<std::int64_t>& int_args) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(data().db, sql.c_str(), -1, &st, nullptr);
  int i = 1;
  for (const auto& t : text_args) sqlite3_bind_text(st, i++, t.c_str(), -1, SQLITE_TRANSIENT);
  for (auto v : int_args) sqlite3_bind_int64(st, i++, v);
  std::int64_t n = 0;
  while (sqlite3_step(st) == SQLITE_ROW) n += sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

void expect_equal(const char* what, std::int64_t a, std::int64_t b) {
  if (a != b)
    die(std::string(what) + ": ChainCity and its peer disagree (" + std::to_string(a) + " vs " + std::to_string(b) +
        ")");
}

// ---- load ----------------------------------------------------------------------------------------------------

void BM_Load_ChainCity(benchmark::State& s) {
  const Data& d = data();
  for (auto _ : s) benchmark::DoNotOptimize(load_atlas_from_string(d.text, d.path).record_count());
  s.SetBytesProcessed(static_cast<std::int64_t>(s.iterations() * d.text.size()));
}

void BM_Load_NlohmannDom(benchmark::State& s) {
  const Data& d = data();
  expect_equal("load (policies)", static_cast<std::int64_t>(nlohmann::json::parse(d.text).at("policies").size()),
               static_cast<std::int64_t>(d.atlas.policies().size()));
  for (auto _ : s) benchmark::DoNotOptimize(nlohmann::json::parse(d.text).size());
  s.SetBytesProcessed(static_cast<std::int64_t>(s.iterations() * d.text.size()));
}

void BM_Load_Simdjson(benchmark::State& s) {
  const Data& d = data();
  simdjson::dom::parser parser;
  simdjson::dom::array policies = parser.parse(d.padded)["policies"].get_array();
  expect_equal("load (policies)", static_cast<std::int64_t>(policies.size()),
               static_cast<std::int64_t>(d.atlas.policies().size()));
  for (auto _ : s) {
    auto doc = parser.parse(d.padded);
    benchmark::DoNotOptimize(doc.error());
  }
  s.SetBytesProcessed(static_cast<std::int64_t>(s.iterations() * d.text.size()));
}

// ---- policy queries --------------------------------------------------------------------------------------------

PolicyQuery city_range_query() {
  PolicyQuery q;
  q.city = data().top_city;
  q.issued = DateRange{PartialDate::from_string("2018-01"), PartialDate::from_string("2020-12")};
  q.options.include_possibly = false;
  return q;
}

void BM_Query_CityDateRange_ChainCity(benchmark::State& s) {
  PolicyQuery q = city_range_query();
  for (auto _ : s) benchmark::DoNotOptimize(find_policies(data().atlas, q).size());
}

const char* city_range_sql = "SELECT count(DISTINCT policy) FROM pc WHERE city=? AND lo>=? AND hi<=?";

void BM_Query_CityDateRange_SQLite(benchmark::State& s) {
  const Data& d = data();
  expect_equal("city + date range", static_cast<std::int64_t>(find_policies(d.atlas, city_range_query()).size()),
               sqlite_count(city_range_sql, {d.top_city}, {d.from_day, d.to_day}));
  for (auto _ : s) benchmark::DoNotOptimize(sqlite_count(city_range_sql, {d.top_city}, {d.from_day, d.to_day}));
}

std::int64_t total_of(const std::vector<CityCount>& counts, std::size_t first = static_cast<std::size_t>(-1)) {
  std::int64_t total = 0;
  for (std::size_t i = 0; i < counts.size() && i < first; ++i) total += static_cast<std::int64_t>(counts[i].count);
  return total;
}

PolicyQuery since_query() {
  PolicyQuery q;
  q.issued.from = PartialDate::from_string("2020-01");
  q.options.include_possibly = false;
  return q;
}

std::int64_t chaincity_counts_since() { return total_of(count_policies_by_city(data().atlas, since_query())); }

const char* since_sql = "SELECT count(DISTINCT policy) FROM pc WHERE lo>=? GROUP BY city";

void BM_Query_PerCitySince_ChainCity(benchmark::State& s) {
  for (auto _ : s) benchmark::DoNotOptimize(count_policies_by_city(data().atlas, since_query()).size());
}

void BM_Query_PerCitySince_SQLite(benchmark::State& s) {
  std::int64_t from = day(PartialDate::from_string("2020-01").earliest());
  expect_equal("per-city counts since 2020-01", chaincity_counts_since(), sqlite_count(since_sql, {}, {from}));
  for (auto _ : s) benchmark::DoNotOptimize(sqlite_count(since_sql, {}, {from}));
}

PolicyQuery provincial_query() {
  PolicyQuery q;
  q.issuer_level = IssuerLevel::provincial;
  return q;
}

std::int64_t chaincity_top_provincial() {
  return total_of(count_policies_by_city(data().atlas, provincial_query()), 10);
}

const char* provincial_sql =
    "SELECT n FROM (SELECT count(*) AS n FROM pc WHERE level='provincial' GROUP BY city ORDER BY n DESC LIMIT 10)";

void BM_Query_TopProvincial_ChainCity(benchmark::State& s) {
  for (auto _ : s) benchmark::DoNotOptimize(count_policies_by_city(data().atlas, provincial_query()).front().count);
}

void BM_Query_TopProvincial_SQLite(benchmark::State& s) {
  expect_equal("top-10 cities by provincial documents", chaincity_top_provincial(),
               sqlite_count(provincial_sql, {}, {}));
  for (auto _ : s) benchmark::DoNotOptimize(sqlite_count(provincial_sql, {}, {}));
}

// ---- keyword search in titles and descriptions ----------------------------------------------------------------
// Two characters (白皮): FTS5's trigram index cannot answer substrings shorter than three characters (it returns no
// rows), so SQLite's best is a LIKE scan of a plain table. Three characters (白皮书): FTS5 trigram with LIKE.

std::int64_t chaincity_keyword(const std::string& word) {
  PolicyQuery q;
  q.keyword = word;
  return static_cast<std::int64_t>(find_policies(data().atlas, q).size());
}

void BM_Search_TwoChars_ChainCity(benchmark::State& s) {
  for (auto _ : s) benchmark::DoNotOptimize(chaincity_keyword("白皮"));
}

void BM_Search_TwoChars_SQLiteScan(benchmark::State& s) {
  const std::string sql = "SELECT count(*) FROM docs WHERE body LIKE '%白皮%'";
  expect_equal("keyword 白皮", chaincity_keyword("白皮"), sqlite_count(sql, {}, {}));
  for (auto _ : s) benchmark::DoNotOptimize(sqlite_count(sql, {}, {}));
}

void BM_Search_ThreeChars_ChainCity(benchmark::State& s) {
  for (auto _ : s) benchmark::DoNotOptimize(chaincity_keyword("白皮书"));
}

void BM_Search_ThreeChars_FTS5(benchmark::State& s) {
  const std::string sql = "SELECT count(*) FROM ft WHERE body LIKE '%白皮书%'";
  expect_equal("keyword 白皮书", chaincity_keyword("白皮书"), sqlite_count(sql, {}, {}));
  for (auto _ : s) benchmark::DoNotOptimize(sqlite_count(sql, {}, {}));
}

// ---- names, ranking, sensitivity ------------------------------------------------------------------------------

// Resolving 1,000,000 mixed-script names with one NameIndex (built outside the timing).
void BM_ResolveNames_ChainCity(benchmark::State& s) {
  NameIndex index(data().atlas);
  const auto& names = data().names;
  std::size_t resolved = 0;
  for (auto _ : s) {
    resolved = 0;
    for (const auto& n : names) resolved += index.resolve(n).match.has_value() ? 1 : 0;
    benchmark::DoNotOptimize(resolved);
  }
  // Every city name in every script resolves; a district name shared by two cities is rightly ambiguous.
  if (resolved < names.size() * 9 / 10) die("names: only " + std::to_string(resolved) + " of 1,000,000 resolved");
  s.SetItemsProcessed(static_cast<std::int64_t>(s.iterations() * names.size()));
}

void BM_RankDefaultIndex_ChainCity(benchmark::State& s) {
  Methodology m = Methodology::default_index();
  for (auto _ : s) benchmark::DoNotOptimize(rank(data().atlas, m).cities.size());
}

// The Monte-Carlo benchmark's index: 5 pillars of 10 metrics (the 31 built-in ones, some twice, with unequal
// weights), missing values imputed with the mean, so every city has all 50 normalised values.
Methodology fifty_metrics() {
  Methodology m = Methodology::default_index();
  m.name = "bench-50";
  m.imputation = Imputation::mean;
  m.weighting = Weighting::given;
  m.pillars.clear();
  const auto& defs = builtin_metrics();
  for (std::size_t p = 0; p < 5; ++p) {
    Pillar pillar;
    pillar.id = "p" + std::to_string(p);
    pillar.name = pillar.id;
    pillar.weight = 1.0 + static_cast<double>(p % 3);
    for (std::size_t j = 0; j < 10; ++j) {
      MetricWeight mw;
      mw.metric = defs[(p * 10 + j) % defs.size()].id;
      mw.weight = 1.0 + static_cast<double>((p + j) % 4);
      pillar.metrics.push_back(mw);
    }
    m.pillars.push_back(pillar);
  }
  return m;
}

SensitivityOptions monte_carlo(std::size_t runs) {
  SensitivityOptions o;
  o.runs = runs;
  o.seed = 2026;
  return o;
}

void BM_RankFiftyMetrics_ChainCity(benchmark::State& s) {
  Methodology m = fifty_metrics();
  for (auto _ : s) benchmark::DoNotOptimize(rank(data().atlas, m).cities.size());
}

// The whole call, metrics computed from the atlas included (the peer starts from the normalised matrix).
void BM_Sensitivity_ChainCity(benchmark::State& s) {
  Methodology m = fifty_metrics();
  for (auto _ : s) benchmark::DoNotOptimize(sensitivity(data().atlas, m, monte_carlo(10000)).size());
  s.SetItemsProcessed(static_cast<std::int64_t>(s.iterations() * 10000));
}

// The same call without Monte-Carlo runs: metrics computed from the atlas and the nominal ranking. bench/table.py
// subtracts it from Sensitivity to compare the runs alone with numpy (which starts from the normalised matrix).
void BM_SensitivityNoRuns_ChainCity(benchmark::State& s) {
  Methodology m = fifty_metrics();
  for (auto _ : s) benchmark::DoNotOptimize(sensitivity(data().atlas, m, monte_carlo(0)).size());
}

// For the numpy peer (bench/sensitivity_numpy.py): the normalised matrix, the index's structure and weights, the
// draws' seed and spread, and ChainCity's intervals to check against. CHAINCITY_BENCH_EXPORT=PREFIX writes
// PREFIX.json and PREFIX.bin (cities × metrics, float64, row-major).
void export_for_numpy(const char* prefix) {
  const Methodology m = fifty_metrics();
  const SensitivityOptions o = monte_carlo(10000);
  Ranking r = rank(data().atlas, m);
  std::vector<RankInterval> intervals = sensitivity(data().atlas, m, o);
  std::string bin = std::string(prefix) + ".bin";
  std::ofstream z(bin, std::ios::binary);
  for (const auto& c : r.cities)
    for (const auto& ct : c.contributions) {
      if (ct.weight <= 0) die("export: city " + c.city + " lacks " + ct.metric + " (the matrix must be dense)");
      z.write(reinterpret_cast<const char*>(&ct.normalised), sizeof(double));
    }
  nlohmann::json meta;
  meta["cities"] = r.cities.size();
  meta["metrics"] = r.cities.front().contributions.size();
  meta["runs"] = o.runs;
  meta["seed"] = o.seed;
  meta["spread"] = o.weight_spread;
  for (std::size_t p = 0; p < m.pillars.size(); ++p) {
    meta["pillar_weight"].push_back(m.pillars[p].weight);
    for (const auto& mw : m.pillars[p].metrics) {
      meta["pillar_of"].push_back(p);
      meta["metric_weight"].push_back(mw.weight);
    }
  }
  for (const auto& ri : intervals) {
    meta["chaincity"]["p05"].push_back(ri.p05);
    meta["chaincity"]["median"].push_back(ri.median);
    meta["chaincity"]["p95"].push_back(ri.p95);
  }
  std::ofstream(std::string(prefix) + ".json") << meta.dump();
}

}  // namespace

BENCHMARK(BM_Load_ChainCity)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Load_NlohmannDom)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Load_Simdjson)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Query_CityDateRange_ChainCity)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Query_CityDateRange_SQLite)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Query_PerCitySince_ChainCity)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Query_PerCitySince_SQLite)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Query_TopProvincial_ChainCity)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Query_TopProvincial_SQLite)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Search_TwoChars_ChainCity)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Search_TwoChars_SQLiteScan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Search_ThreeChars_ChainCity)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Search_ThreeChars_FTS5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ResolveNames_ChainCity)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RankDefaultIndex_ChainCity)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RankFiftyMetrics_ChainCity)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Sensitivity_ChainCity)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SensitivityNoRuns_ChainCity)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  (void)data();  // load and set up the peers before any timing
  if (const char* prefix = std::getenv("CHAINCITY_BENCH_EXPORT")) export_for_numpy(prefix);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
