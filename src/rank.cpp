// The composite-index engine: imputation, outliers, normalisation, weights, aggregation, explanation, sensitivity.
#include <chaincity/atlas.hpp>
#include <chaincity/core/error.hpp>
#include <chaincity/rank/ranking.hpp>
#include <chaincity/report.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <span>
#include <thread>
#include <unordered_map>

#include "rank_kernel.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

using Cell = std::optional<double>;

struct Column {
  std::size_t pillar = 0;
  const MetricWeight* spec = nullptr;
  const MetricDefinition* def = nullptr;
  std::vector<MetricValue> values;  // one per city, atlas order
};

struct RawData {
  std::vector<std::string> cities;
  std::vector<AdminLevel> groups;
  std::vector<bool> has_records;  // the atlas holds some record about the city beyond the city itself
  std::vector<Column> columns;
};

double to_double(const Decimal& d) { return static_cast<double>(d.scaled().convert_to<long double>() / 10000.0L); }

RawData collect(const Atlas& atlas, const Methodology& m, bool evidence = true) {
  RawData raw;
  AtlasSummary summary = summarize(atlas);
  for (const auto& c : atlas.cities()) {
    raw.cities.push_back(c.id);
    raw.groups.push_back(c.admin_level);
    raw.has_records.push_back(std::binary_search(summary.cities_covered.begin(), summary.cities_covered.end(), c.id));
  }
  std::map<std::string, std::vector<MetricValue>> cache;
  for (std::size_t p = 0; p < m.pillars.size(); ++p) {
    for (const auto& mw : m.pillars[p].metrics) {
      auto it = cache.find(mw.metric);
      if (it == cache.end())
        it =
            cache.emplace(mw.metric, detail::compute_metric_values(atlas, mw.metric, m.metric_options, evidence)).first;
      raw.columns.push_back({p, &mw, find_metric(mw.metric), it->second});
    }
  }
  return raw;
}

double percentile(std::vector<double> v, double pct) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return 0;
  double pos = pct / 100.0 * static_cast<double>(v.size() - 1);
  auto lo = static_cast<std::size_t>(std::floor(pos));
  std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

std::vector<double> entropy_weights(const std::vector<std::vector<Cell>>& cols) {
  std::vector<double> d;
  for (const auto& col : cols) {
    std::vector<double> v;
    for (const auto& c : col)
      if (c) v.push_back(*c);
    if (v.size() < 2) {
      d.push_back(0);
      continue;
    }
    double mn = *std::min_element(v.begin(), v.end());
    double sum = 0;
    for (double& x : v) sum += (x -= mn);
    if (sum <= 0) {
      d.push_back(0);
      continue;
    }
    double e = 0;
    for (double x : v)
      if (x > 0) e -= (x / sum) * std::log(x / sum);
    e /= std::log(static_cast<double>(v.size()));
    d.push_back(1 - e);
  }
  double total = std::accumulate(d.begin(), d.end(), 0.0);
  if (total <= 0) return std::vector<double>(cols.size(), 1.0 / static_cast<double>(cols.size()));
  for (double& x : d) x /= total;
  return d;
}

std::vector<double> pca_weights(const std::vector<std::vector<Cell>>& cols) {
  std::size_t k = cols.size();
  if (k == 1) return {1.0};
  std::size_t n = cols.empty() ? 0 : cols[0].size();
  std::vector<std::vector<double>> z(k, std::vector<double>(n, 0));
  for (std::size_t j = 0; j < k; ++j) {
    std::vector<double> v;
    for (const auto& c : cols[j])
      if (c) v.push_back(*c);
    double mean = v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    double var = 0;
    for (double x : v) var += (x - mean) * (x - mean);
    double sd = v.size() > 1 ? std::sqrt(var / static_cast<double>(v.size())) : 0;
    for (std::size_t i = 0; i < n; ++i) z[j][i] = sd > 0 && cols[j][i] ? (*cols[j][i] - mean) / sd : 0;
  }
  std::vector<std::vector<double>> cov(k, std::vector<double>(k, 0));
  for (std::size_t a = 0; a < k; ++a)
    for (std::size_t b = 0; b < k; ++b)
      for (std::size_t i = 0; i < n; ++i)
        cov[a][b] += z[a][i] * z[b][i] / static_cast<double>(std::max<std::size_t>(n, 1));
  std::vector<double> v(k, 1.0);
  for (int it = 0; it < 500; ++it) {
    std::vector<double> nv(k, 0);
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b) nv[a] += cov[a][b] * v[b];
    double norm = std::sqrt(std::inner_product(nv.begin(), nv.end(), nv.begin(), 0.0));
    if (norm <= 0) return std::vector<double>(k, 1.0 / static_cast<double>(k));
    for (auto& x : nv) x /= norm;
    v = nv;
  }
  double total = 0;
  for (double& x : v) total += (x = std::abs(x));
  if (total <= 0) return std::vector<double>(k, 1.0 / static_cast<double>(k));
  for (double& x : v) x /= total;
  return v;
}

// Everything of a ranking that does not depend on the weights: which cities take part, imputed, treated and
// normalised cells.
struct Prepared {
  std::vector<std::size_t> in;
  std::vector<double> coverage;
  std::vector<std::string> excluded;
  std::vector<std::vector<Cell>> z;
  std::vector<std::vector<bool>> imputed;
  double guard = 0;
};

Prepared prepare(const RawData& raw, const Methodology& m) {
  const std::size_t n = raw.cities.size();
  const std::size_t k = raw.columns.size();
  Prepared pr;

  // Values, with missing cells.
  std::vector<std::vector<Cell>> x(n, std::vector<Cell>(k));
  for (std::size_t j = 0; j < k; ++j)
    for (std::size_t i = 0; i < n; ++i)
      if (raw.columns[j].values[i].value) x[i][j] = to_double(*raw.columns[j].values[i].value);

  // Which cities take part.
  std::vector<std::size_t>& in = pr.in;
  std::vector<double>& coverage = pr.coverage;
  coverage.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t have = 0;
    for (std::size_t j = 0; j < k; ++j) have += x[i][j] ? 1 : 0;
    coverage[i] = k ? static_cast<double>(have) / static_cast<double>(k) : 0;
    if (!raw.has_records[i] || (have == 0 && m.imputation == Imputation::leave_out) ||
        coverage[i] < m.coverage_threshold)
      pr.excluded.push_back(raw.cities[i]);
    else
      in.push_back(i);
  }
  if (in.empty()) throw Error("no city has data for the metrics of \"" + m.name + "\"");
  std::size_t bench = n;
  if (m.normalisation == Normalisation::benchmark) {
    auto it = std::find(raw.cities.begin(), raw.cities.end(), m.benchmark_city);
    if (it == raw.cities.end())
      throw ValidationError({{Location{{}, "/benchmark_city", 0, 0}, "unknown city \"" + m.benchmark_city + "\""}});
    bench = static_cast<std::size_t>(it - raw.cities.begin());
  }

  // Imputation.
  std::vector<std::vector<bool>>& imputed = pr.imputed;
  imputed.assign(n, std::vector<bool>(k, false));
  if (m.imputation != Imputation::leave_out) {
    for (std::size_t j = 0; j < k; ++j) {
      bool higher = raw.columns[j].def->direction == Direction::higher_is_better;
      std::vector<double> have;
      std::map<AdminLevel, std::vector<double>> by_group;
      for (std::size_t i : in)
        if (x[i][j]) {
          have.push_back(*x[i][j]);
          by_group[raw.groups[i]].push_back(*x[i][j]);
        }
      if (have.empty()) continue;
      auto mean = [](const std::vector<double>& v) {
        return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
      };
      for (std::size_t i : in) {
        if (x[i][j]) continue;
        double fill = mean(have);
        if (m.imputation == Imputation::group_mean && !by_group[raw.groups[i]].empty())
          fill = mean(by_group[raw.groups[i]]);
        if (m.imputation == Imputation::minimum)
          fill = higher ? *std::min_element(have.begin(), have.end()) : *std::max_element(have.begin(), have.end());
        x[i][j] = fill;
        imputed[i][j] = true;
      }
    }
  }

  // Outliers.
  for (std::size_t j = 0; j < k; ++j) {
    std::vector<double> have;
    for (std::size_t i : in)
      if (x[i][j]) have.push_back(*x[i][j]);
    if (have.empty()) continue;
    if (m.outliers == OutlierTreatment::winsorise) {
      double lo = percentile(have, m.winsor_low), hi = percentile(have, m.winsor_high);
      for (std::size_t i : in)
        if (x[i][j]) x[i][j] = std::clamp(*x[i][j], lo, hi);
    } else if (m.outliers == OutlierTreatment::log &&
               std::all_of(have.begin(), have.end(), [](double v) { return v >= 0; })) {
      for (std::size_t i : in)
        if (x[i][j]) x[i][j] = std::log1p(*x[i][j]);
    }
  }

  // Normalisation, oriented so that higher is better.
  const double scale = m.normalisation == Normalisation::min_max ? m.range_high - m.range_low : 100.0;
  std::vector<std::vector<Cell>>& z = pr.z;
  z.assign(n, std::vector<Cell>(k));
  for (std::size_t j = 0; j < k; ++j) {
    const Column& col = raw.columns[j];
    bool higher = col.def->direction == Direction::higher_is_better;
    std::vector<std::size_t> who;
    std::vector<double> v;
    for (std::size_t i : in)
      if (x[i][j]) {
        who.push_back(i);
        v.push_back(*x[i][j]);
      }
    if (v.empty()) continue;
    std::vector<double> o = v;
    if (!higher)
      for (double& t : o) t = -t;
    double mn = *std::min_element(o.begin(), o.end()), mx = *std::max_element(o.begin(), o.end());
    std::vector<double> r;
    switch (m.normalisation) {
      case Normalisation::min_max:
        for (double t : o)
          r.push_back(mx == mn ? (m.range_low + m.range_high) / 2
                               : m.range_low + (t - mn) / (mx - mn) * (m.range_high - m.range_low));
        break;
      case Normalisation::z_score: {
        double mean = std::accumulate(o.begin(), o.end(), 0.0) / static_cast<double>(o.size());
        double var = 0;
        for (double t : o) var += (t - mean) * (t - mean);
        double sd = std::sqrt(var / static_cast<double>(o.size()));
        for (double t : o) r.push_back(sd > 0 ? (t - mean) / sd : 0);
        break;
      }
      case Normalisation::rank: {
        std::vector<double> rk = ranks_of(o, TiePolicy::fractional);
        for (double t : rk) r.push_back(static_cast<double>(o.size()) - t + 1);
        break;
      }
      case Normalisation::percentile_rank:
        for (double t : o) {
          double below = 0, equal = 0;
          for (double u : o) {
            below += u < t ? 1 : 0;
            equal += u == t ? 1 : 0;
          }
          r.push_back(o.size() == 1 ? 50 : (below + (equal - 1) / 2) / static_cast<double>(o.size() - 1) * 100);
        }
        break;
      case Normalisation::distance_to_best:
        for (double t : v) {
          if (higher) {
            double best = *std::max_element(v.begin(), v.end());
            r.push_back(best <= 0 ? (t >= best ? 100 : 0) : t / best * 100);
          } else {
            double best = *std::min_element(v.begin(), v.end());
            r.push_back(t <= 0 || best <= 0 ? 100 : best / t * 100);
          }
        }
        break;
      case Normalisation::goalposts: {
        double low = col.spec->goalpost_low.value_or(higher ? *std::min_element(v.begin(), v.end())
                                                            : *std::max_element(v.begin(), v.end()));
        double high = col.spec->goalpost_high.value_or(higher ? *std::max_element(v.begin(), v.end())
                                                              : *std::min_element(v.begin(), v.end()));
        for (double t : v) r.push_back(low == high ? 50 : std::clamp((t - low) / (high - low), 0.0, 1.0) * 100);
        break;
      }
      case Normalisation::benchmark: {
        Cell b = x[bench][j];
        if (!b || *b == 0) continue;  // the benchmark has no usable value: the metric is left out for everyone
        for (double t : v) r.push_back(higher ? t / *b * 100 : (t == 0 ? 100 : *b / t * 100));
        break;
      }
    }
    for (std::size_t q = 0; q < who.size(); ++q) z[who[q]][j] = r[q];
  }
  // Geometric and harmonic means need positive values: shift columns with negatives (z-scores) to start at 0.
  pr.guard = m.zero_guard * scale;
  if (m.aggregation == Aggregation::geometric || m.aggregation == Aggregation::harmonic) {
    for (std::size_t j = 0; j < k; ++j) {
      double mn = 0;
      for (std::size_t i : in)
        if (z[i][j]) mn = std::min(mn, *z[i][j]);
      if (mn < 0)
        for (std::size_t i : in)
          if (z[i][j]) *z[i][j] -= mn;
    }
  }

  return pr;
}

// Normalised weights: pillars summing to 1, metrics summing to 1 within their pillar (entropy and PCA weights from
// the normalised cells).
struct Weights {
  std::vector<double> pillar, metric;
};

Weights weights_of(const RawData& raw, const Prepared& pr, const Methodology& m) {
  const std::size_t k = raw.columns.size();
  const std::vector<std::size_t>& in = pr.in;
  const std::vector<std::vector<Cell>>& z = pr.z;
  // Weights.
  const std::size_t P = m.pillars.size();
  Weights wt;
  std::vector<double>& pillar_w = wt.pillar;
  pillar_w.assign(P, 0);
  for (std::size_t p = 0; p < P; ++p) pillar_w[p] = m.weighting == Weighting::equal ? 1.0 : m.pillars[p].weight;
  double pw_sum = std::accumulate(pillar_w.begin(), pillar_w.end(), 0.0);
  for (double& w : pillar_w) w /= pw_sum;
  std::vector<double>& metric_w = wt.metric;
  metric_w.assign(k, 0);
  for (std::size_t p = 0; p < P; ++p) {
    std::vector<std::size_t> js;
    for (std::size_t j = 0; j < k; ++j)
      if (raw.columns[j].pillar == p) js.push_back(j);
    std::vector<double> w;
    if (m.weighting == Weighting::entropy || m.weighting == Weighting::pca) {
      std::vector<std::vector<Cell>> cols;
      for (std::size_t j : js) {
        std::vector<Cell> c;
        for (std::size_t i : in) c.push_back(z[i][j]);
        cols.push_back(c);
      }
      w = m.weighting == Weighting::entropy ? entropy_weights(cols) : pca_weights(cols);
    } else {
      for (std::size_t j : js) w.push_back(m.weighting == Weighting::equal ? 1.0 : raw.columns[j].spec->weight);
      double s = std::accumulate(w.begin(), w.end(), 0.0);
      for (double& t : w) t = s > 0 ? t / s : 1.0 / static_cast<double>(w.size());
    }
    for (std::size_t q = 0; q < js.size(); ++q) metric_w[js[q]] = w[q];
  }
  return wt;
}

std::vector<std::size_t> pillars_of(const RawData& raw) {
  std::vector<std::size_t> out;
  for (const auto& c : raw.columns) out.push_back(c.pillar);
  return out;
}

bool is_pairwise(Aggregation a) {
  return a == Aggregation::copeland || a == Aggregation::topsis || a == Aggregation::vikor;
}

detail::ScoreKernel kernel_of(const RawData& raw, const Prepared& pr, const Methodology& m) {
  const bool pairwise = is_pairwise(m.aggregation);
  return detail::ScoreKernel(pr.z, pr.in, pillars_of(raw), m.pillars.size(),
                             pairwise ? Aggregation::arithmetic : m.aggregation,
                             pairwise ? Aggregation::arithmetic : m.aggregation, pr.guard);
}

// details: contributions, tiers and pillar ranks too (the Monte-Carlo runs need only the ranks).
Ranking rank_raw(const RawData& raw, const Methodology& m, bool details = true) {
  const std::size_t n = raw.cities.size();
  const std::size_t k = raw.columns.size();
  Ranking out;
  out.methodology = m;
  const Prepared pr = prepare(raw, m);
  out.excluded = pr.excluded;
  const std::vector<std::size_t>& in = pr.in;
  const std::vector<double>& coverage = pr.coverage;
  const std::vector<std::vector<Cell>>& z = pr.z;
  const std::vector<std::vector<bool>>& imputed = pr.imputed;
  const Weights wt = weights_of(raw, pr, m);
  const std::vector<double>& pillar_w = wt.pillar;
  const std::vector<double>& metric_w = wt.metric;
  const std::size_t P = m.pillars.size();
  // Index and pillar scores, through the kernel the Monte-Carlo analysis uses.
  const detail::ScoreKernel kernel = kernel_of(raw, pr, m);
  std::vector<double> kernel_scores(in.size()), kernel_pillars(in.size() * P);
  kernel.score(1, pillar_w.data(), metric_w.data(), kernel_scores.data(), kernel_pillars.data());
  for (std::size_t j = 0; j < k; ++j)
    out.weights.emplace_back(m.pillars[raw.columns[j].pillar].id + "/" + raw.columns[j].spec->metric,
                             pillar_w[raw.columns[j].pillar] * metric_w[j]);

  // Per city: pillar scores (mean aggregations within pillars), effective weights and the index score.
  const bool pairwise = is_pairwise(m.aggregation);
  std::vector<CityResult> results;
  std::vector<std::vector<double>> eff(n, std::vector<double>(k, 0));  // effective weights, re-weighted per city
  for (std::size_t q = 0; q < in.size(); ++q) {
    const std::size_t i = in[q];
    CityResult c;
    c.city = raw.cities[i];
    c.coverage = coverage[i];
    std::vector<double> pw;
    std::vector<bool> has_pillar(P, false);
    std::vector<double> pillar_wsum(P, 0);
    for (std::size_t p = 0; p < P; ++p) {
      for (std::size_t j = 0; j < k; ++j)
        if (raw.columns[j].pillar == p && z[i][j]) pillar_wsum[p] += metric_w[j];
      const double s = kernel_pillars[q * P + p];
      if (std::isnan(s)) {
        c.pillars.push_back({m.pillars[p].id, 0, 0});
        continue;
      }
      has_pillar[p] = true;
      c.pillars.push_back({m.pillars[p].id, s, 0});
      pw.push_back(pillar_w[p]);
    }
    double pwsum = std::accumulate(pw.begin(), pw.end(), 0.0);
    for (std::size_t j = 0; j < k; ++j) {
      std::size_t p = raw.columns[j].pillar;
      if (has_pillar[p] && z[i][j]) eff[i][j] = pillar_w[p] / pwsum * metric_w[j] / pillar_wsum[p];
    }
    c.score = pairwise ? 0 : kernel_scores[q];
    results.push_back(std::move(c));
  }

  if (pairwise) {
    std::vector<double> best(k, -std::numeric_limits<double>::infinity()),
        worst(k, std::numeric_limits<double>::infinity());
    for (std::size_t j = 0; j < k; ++j)
      for (std::size_t i : in)
        if (z[i][j]) {
          best[j] = std::max(best[j], *z[i][j]);
          worst[j] = std::min(worst[j], *z[i][j]);
        }
    if (m.aggregation == Aggregation::topsis) {
      for (std::size_t q = 0; q < in.size(); ++q) {
        std::size_t i = in[q];
        double dp = 0, dm = 0;
        for (std::size_t j = 0; j < k; ++j)
          if (z[i][j]) {
            dp += eff[i][j] * (*z[i][j] - best[j]) * (*z[i][j] - best[j]);
            dm += eff[i][j] * (*z[i][j] - worst[j]) * (*z[i][j] - worst[j]);
          }
        dp = std::sqrt(dp);
        dm = std::sqrt(dm);
        results[q].score = dp + dm > 0 ? dm / (dp + dm) * 100 : 50;
      }
    } else if (m.aggregation == Aggregation::vikor) {
      std::vector<double> S(in.size(), 0), R(in.size(), 0);
      for (std::size_t q = 0; q < in.size(); ++q) {
        std::size_t i = in[q];
        for (std::size_t j = 0; j < k; ++j)
          if (z[i][j] && best[j] > worst[j]) {
            double t = eff[i][j] * (best[j] - *z[i][j]) / (best[j] - worst[j]);
            S[q] += t;
            R[q] = std::max(R[q], t);
          }
      }
      auto [smin, smax] = std::minmax_element(S.begin(), S.end());
      auto [rmin, rmax] = std::minmax_element(R.begin(), R.end());
      for (std::size_t q = 0; q < in.size(); ++q) {
        double a = *smax > *smin ? (S[q] - *smin) / (*smax - *smin) : 0;
        double b = *rmax > *rmin ? (R[q] - *rmin) / (*rmax - *rmin) : 0;
        results[q].score = (1 - (m.vikor_v * a + (1 - m.vikor_v) * b)) * 100;
      }
    } else {  // Copeland
      std::vector<double> nominal(k);
      for (std::size_t j = 0; j < k; ++j) nominal[j] = pillar_w[raw.columns[j].pillar] * metric_w[j];
      for (std::size_t a = 0; a < in.size(); ++a) {
        for (std::size_t b = 0; b < in.size(); ++b) {
          if (a == b) continue;
          double wa = 0, wb = 0;
          for (std::size_t j = 0; j < k; ++j) {
            const Cell& xa = z[in[a]][j];
            const Cell& xb = z[in[b]][j];
            if (!xa || !xb) continue;
            if (*xa > *xb) wa += nominal[j];
            if (*xb > *xa) wb += nominal[j];
          }
          results[a].score += wa > wb ? 1 : wa < wb ? -1 : 0;
        }
      }
    }
  }

  if (!details) {
    std::vector<double> scores;
    for (const auto& c : results) scores.push_back(c.score);
    std::vector<double> ranks = ranks_of(scores, m.ties);
    for (std::size_t q = 0; q < results.size(); ++q) results[q].rank = ranks[q];
    std::stable_sort(results.begin(), results.end(), [](const auto& a, const auto& b) { return a.rank < b.rank; });
    out.cities = std::move(results);
    return out;
  }

  // Contributions: exact shares for the arithmetic mean; for other aggregations the score is split in proportion
  // to weight × normalised value, so that contributions still sum to the score.
  for (std::size_t q = 0; q < in.size(); ++q) {
    std::size_t i = in[q];
    CityResult& c = results[q];
    std::vector<double> share(k, 0);
    double total = 0, wtotal = 0;
    for (std::size_t j = 0; j < k; ++j)
      if (z[i][j]) {
        share[j] = eff[i][j] * *z[i][j];
        total += share[j];
        wtotal += eff[i][j];
      }
    for (std::size_t j = 0; j < k; ++j) {
      const Column& col = raw.columns[j];
      Contribution ct;
      ct.pillar = m.pillars[col.pillar].id;
      ct.metric = col.spec->metric;
      ct.raw = col.values[i].value;
      ct.imputed = imputed[i][j];
      ct.normalised = z[i][j].value_or(0);
      ct.weight = eff[i][j];
      if (z[i][j]) {
        if (m.aggregation == Aggregation::arithmetic)
          ct.contribution = share[j];
        else if (total != 0)
          ct.contribution = c.score * share[j] / total;
        else
          ct.contribution = wtotal > 0 ? c.score * eff[i][j] / wtotal : 0;
      }
      ct.stated = col.values[i].stated;
      ct.evidence = col.values[i].evidence;
      c.contributions.push_back(std::move(ct));
    }
  }

  // Ranks, pillar ranks, tiers.
  std::vector<double> scores;
  for (const auto& c : results) scores.push_back(c.score);
  std::vector<double> ranks = ranks_of(scores, m.ties);
  std::vector<std::size_t> tiers = natural_breaks(scores, m.tiers);
  for (std::size_t q = 0; q < results.size(); ++q) {
    results[q].rank = ranks[q];
    results[q].tier = tiers[q];
  }
  for (std::size_t p = 0; p < P; ++p) {
    std::vector<double> ps;
    std::vector<std::size_t> who;
    for (std::size_t q = 0; q < results.size(); ++q) {
      bool has = std::any_of(results[q].contributions.begin(), results[q].contributions.end(),
                             [&](const Contribution& ct) { return ct.pillar == m.pillars[p].id && ct.weight > 0; });
      if (!has) continue;
      ps.push_back(results[q].pillars[p].score);
      who.push_back(q);
    }
    std::vector<double> pranks = ranks_of(ps, m.ties);
    for (std::size_t t = 0; t < who.size(); ++t) results[who[t]].pillars[p].rank = pranks[t];
  }
  std::stable_sort(results.begin(), results.end(), [](const auto& a, const auto& b) { return a.rank < b.rank; });
  out.cities = std::move(results);
  return out;
}

// SplitMix64: the same stream on every platform (std distributions are implementation-defined).
struct SplitMix {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(uniform() * static_cast<double>(n)); }
};

std::vector<double> average_ranks(const std::vector<double>& v) {
  std::vector<double> neg(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) neg[i] = -v[i];
  return ranks_of(neg, TiePolicy::fractional);  // ascending ranks, ties averaged
}

}  // namespace

const CityResult* Ranking::find(std::string_view city) const {
  for (const auto& c : cities)
    if (c.city == city) return &c;
  return nullptr;
}

Ranking rank(const Atlas& atlas, const Methodology& m) {
  m.validate();
  return rank_raw(collect(atlas, m), m);
}

Explanation explain(const Ranking& r, std::string_view city) {
  auto it = std::find_if(r.cities.begin(), r.cities.end(), [&](const CityResult& c) { return c.city == city; });
  if (it == r.cities.end()) throw NotFoundError("city \"" + std::string(city) + "\" is not in the ranking");
  Explanation e;
  e.city = it->city;
  e.score = it->score;
  e.rank = it->rank;
  std::vector<Contribution> with;
  for (const auto& c : it->contributions)
    if (c.weight > 0) with.push_back(c);
  std::stable_sort(with.begin(), with.end(),
                   [](const auto& a, const auto& b) { return a.contribution > b.contribution; });
  for (std::size_t q = 0; q < with.size() && q < 3; ++q) e.strongest.push_back(with[q]);
  for (std::size_t q = 0; q < with.size() && q < 3; ++q) e.weakest.push_back(with[with.size() - 1 - q]);
  if (it != r.cities.begin()) {
    const CityResult& above = *(it - 1);
    e.above = above.city;
    e.gap_to_above = above.score - it->score;
    for (const auto& p : r.methodology.pillars) {
      double a = 0, b = 0;
      for (const auto& c : above.contributions)
        if (c.pillar == p.id) a += c.contribution;
      for (const auto& c : it->contributions)
        if (c.pillar == p.id) b += c.contribution;
      e.gap_by_pillar.emplace_back(p.id, a - b);
    }
  }
  return e;
}

std::vector<RankInterval> sensitivity(const Atlas& atlas, const Methodology& m, const SensitivityOptions& o) {
  return sensitivity(atlas, m, o, ProgressCallback{});
}

namespace {

// Threads for a parallel loop of `items` work items: the cores, at most 8, at most one per item.
std::size_t worker_count(std::size_t items) {
  return std::clamp<std::size_t>(std::min<std::size_t>(std::thread::hardware_concurrency(), 8), 1,
                                 std::max<std::size_t>(items, 1));
}

// One run's draws, in the order the runs have always drawn them (pillar factor, then its metrics' factors; then the
// normalisation and aggregation when they vary), so a seed gives the same runs whatever the number of threads.
struct Draws {
  std::size_t P = 0, K = 0;
  std::vector<double> pillar, metric;  // runs × P and runs × K factors
  std::vector<Normalisation> norm;
  std::vector<Aggregation> agg;
};

constexpr Normalisation varied_norms[] = {Normalisation::min_max, Normalisation::z_score, Normalisation::rank,
                                          Normalisation::distance_to_best};
constexpr Aggregation varied_aggs[] = {Aggregation::arithmetic, Aggregation::geometric, Aggregation::harmonic,
                                       Aggregation::copeland};

Draws draw(const Methodology& m, const SensitivityOptions& o) {
  Draws d;
  d.P = m.pillars.size();
  for (const auto& p : m.pillars) d.K += p.metrics.size();
  d.pillar.resize(o.runs * d.P);
  d.metric.resize(o.runs * d.K);
  d.norm.assign(o.runs, m.normalisation);
  d.agg.assign(o.runs, m.aggregation);
  SplitMix rng{o.seed};
  for (std::size_t run = 0; run < o.runs; ++run) {
    std::size_t j = 0;
    for (std::size_t p = 0; p < d.P; ++p) {
      d.pillar[run * d.P + p] = 1 - o.weight_spread + 2 * o.weight_spread * rng.uniform();
      for (std::size_t q = 0; q < m.pillars[p].metrics.size(); ++q)
        d.metric[run * d.K + j++] = 1 - o.weight_spread + 2 * o.weight_spread * rng.uniform();
    }
    if (o.vary_normalisation) d.norm[run] = varied_norms[rng.below(4)];
    if (o.vary_aggregation) d.agg[run] = varied_aggs[rng.below(4)];
  }
  return d;
}

// The methodology of one run: weights multiplied by its factors (equal weights become given ones, data-driven
// metric weights stay data-driven), its normalisation and aggregation.
Methodology perturbed(const Methodology& m, const Draws& d, std::size_t run) {
  Methodology v = m;
  const bool data_weights = m.weighting == Weighting::entropy || m.weighting == Weighting::pca;
  if (m.weighting == Weighting::equal) v.weighting = Weighting::given;
  std::size_t j = 0;
  for (std::size_t p = 0; p < d.P; ++p) {
    auto& pillar = v.pillars[p];
    double base = m.weighting == Weighting::equal ? 1.0 : pillar.weight;
    pillar.weight = base * d.pillar[run * d.P + p];
    for (auto& mw : pillar.metrics) {
      double mb = m.weighting == Weighting::equal ? 1.0 : mw.weight;
      double f = d.metric[run * d.K + j++];
      if (!data_weights) mw.weight = mb * f;
    }
  }
  v.normalisation = d.norm[run];
  v.aggregation = d.agg[run];
  return v;
}

// Everything the runs of one normalisation and aggregation share: the kernel over the prepared cells, and the
// data-driven metric weights when there are such.
struct Variant {
  Prepared prepared;
  detail::ScoreKernel kernel;
  std::vector<double> data_metric_w;
  std::vector<std::size_t> runs;
};

// Ranks per run and city, stored as twice the rank (ranks are multiples of ½), 0 where the city took no part.
template <class T>
std::vector<RankInterval> intervals(const std::vector<T>& cells, std::size_t runs, std::size_t n,
                                    const Ranking& nominal, const std::vector<std::string>& cities) {
  std::unordered_map<std::string_view, std::size_t> pos;
  for (std::size_t i = 0; i < cities.size(); ++i) pos.emplace(cities[i], i);
  std::vector<RankInterval> out(nominal.cities.size());
  const std::size_t bins = 2 * n + 2;
  auto one_block = [&](std::size_t from, std::size_t to) {
    // Each city's ranks over every run are one contiguous row: a histogram of it gives the nearest-rank
    // percentiles without sorting (and is cleared by walking the row again).
    std::vector<std::uint32_t> h(bins, 0);
    for (std::size_t t = from; t < to; ++t) {
      const T* row = cells.data() + pos.at(nominal.cities[t].city) * runs;
      for (std::size_t r = 0; r < runs; ++r) ++h[row[r]];
      RankInterval& ri = out[t];
      ri.city = nominal.cities[t].city;
      ri.nominal = nominal.cities[t].rank;
      const std::size_t total = runs - h[0];
      if (total > 0) {
        auto kth = [&](std::size_t k) {  // the k-th smallest rank, from 0
          std::size_t seen = 0;
          for (std::size_t b = 1; b < bins; ++b)
            if ((seen += h[b]) > k) return static_cast<double>(b) / 2.0;
          return 0.0;
        };
        auto at = [&](double pct) {
          auto idx = static_cast<std::size_t>(std::ceil(pct / 100.0 * static_cast<double>(total)));
          return kth(std::min(total - 1, idx == 0 ? 0 : idx - 1));
        };
        ri.median = total % 2 ? kth(total / 2) : (kth(total / 2 - 1) + kth(total / 2)) / 2;
        ri.p05 = at(5);
        ri.p95 = at(95);
        ri.share_first = static_cast<double>(h[2]) / static_cast<double>(total);
      }
      for (std::size_t r = 0; r < runs; ++r) h[row[r]] = 0;
    }
  };
  constexpr std::size_t block = 64;
  const std::size_t blocks = (out.size() + block - 1) / block;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t b; (b = next++) < blocks;) one_block(b * block, std::min(out.size(), (b + 1) * block));
  };
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < worker_count(blocks); ++t) helpers.emplace_back(work);
    work();
  }
  return out;
}

template <class T>
std::vector<RankInterval> run_sensitivity(const RawData& raw, const Methodology& m, const SensitivityOptions& o,
                                          const ProgressCallback& progress, const Ranking& nominal) {
  const std::size_t n = raw.cities.size();
  const Draws d = draw(m, o);
  const bool data_weights = m.weighting == Weighting::entropy || m.weighting == Weighting::pca;
  std::vector<T> cells(o.runs * n, 0);
  // City-major: a city's ranks over the runs are contiguous for the percentiles; a batch of runs writes a short
  // stretch of every city's row.
  auto store = [&](std::size_t run, std::size_t city, double rank) {
    cells[city * o.runs + run] = static_cast<T>(std::lround(rank * 2));
  };

  // Runs with a mean aggregation go through the kernel, grouped by normalisation and aggregation; pairwise ones
  // (Copeland, TOPSIS, VIKOR) rank the perturbed methodology in full.
  std::map<std::pair<Normalisation, Aggregation>, Variant> variants;
  std::vector<std::size_t> pairwise_runs;
  for (std::size_t run = 0; run < o.runs; ++run) {
    if (is_pairwise(d.agg[run])) {
      pairwise_runs.push_back(run);
      continue;
    }
    auto key = std::pair{d.norm[run], d.agg[run]};
    auto it = variants.find(key);
    if (it == variants.end()) {
      Methodology v = perturbed(m, d, run);
      Variant var;
      var.prepared = prepare(raw, v);
      var.kernel = kernel_of(raw, var.prepared, v);
      if (data_weights) var.data_metric_w = weights_of(raw, var.prepared, v).metric;
      it = variants.emplace(key, std::move(var)).first;
    }
    it->second.runs.push_back(run);
  }

  // Work items: batches of runs of one variant, shared by the threads through a counter.
  constexpr std::size_t batch = 32;
  std::vector<std::pair<const Variant*, std::span<const std::size_t>>> items;
  for (const auto& [key, var] : variants)
    for (std::size_t i = 0; i < var.runs.size(); i += batch)
      items.emplace_back(&var, std::span(var.runs).subspan(i, std::min(batch, var.runs.size() - i)));
  std::atomic<std::size_t> next{0}, done{0};
  std::size_t reported = 0;
  auto report = [&](std::size_t upto) {
    if (progress)
      while (reported < upto) progress("sensitivity", ++reported, o.runs);
  };
  auto work = [&](bool reports) {
    std::vector<double> pw, mw, scores, ranks;
    detail::Ranker ranker;
    for (std::size_t item; (item = next++) < items.size();) {
      const Variant& var = *items[item].first;
      auto runs = items[item].second;
      const std::size_t P = d.P, K = d.K, N = var.kernel.cities();
      pw.assign(runs.size() * P, 0);
      mw.assign(runs.size() * K, 0);
      for (std::size_t s = 0; s < runs.size(); ++s) {
        const std::size_t run = runs[s];
        // The normalised weights exactly as weights_of computes them for the perturbed methodology.
        double* pws = pw.data() + s * P;
        double* mws = mw.data() + s * K;
        std::size_t j = 0;
        for (std::size_t p = 0; p < P; ++p) {
          double base = m.weighting == Weighting::equal ? 1.0 : m.pillars[p].weight;
          pws[p] = base * d.pillar[run * P + p];
          const std::size_t first = j;
          for (const auto& spec : m.pillars[p].metrics) {
            double mb = m.weighting == Weighting::equal ? 1.0 : spec.weight;
            mws[j] = data_weights ? var.data_metric_w[j] : mb * d.metric[run * K + j];
            ++j;
          }
          if (!data_weights) {
            double sum = std::accumulate(mws + first, mws + j, 0.0);
            for (std::size_t t = first; t < j; ++t)
              mws[t] = sum > 0 ? mws[t] / sum : 1.0 / static_cast<double>(j - first);
          }
        }
        double pw_sum = std::accumulate(pws, pws + P, 0.0);
        for (std::size_t p = 0; p < P; ++p) pws[p] /= pw_sum;
      }
      scores.resize(runs.size() * N);
      ranks.resize(N);
      var.kernel.score(runs.size(), pw.data(), mw.data(), scores.data());
      for (std::size_t s = 0; s < runs.size(); ++s) {
        ranker.rank(scores.data() + s * N, N, m.ties, ranks.data());
        for (std::size_t q = 0; q < N; ++q) store(runs[s], var.prepared.in[q], ranks[q]);
      }
      std::size_t now = done += runs.size();
      if (reports) report(now);
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < worker_count(items.size()); ++t) helpers.emplace_back(work, false);
    work(true);
  }
  report(done);
  std::unordered_map<std::string_view, std::size_t> pos;
  for (std::size_t i = 0; i < n; ++i) pos.emplace(raw.cities[i], i);
  for (std::size_t run : pairwise_runs) {
    Methodology v = perturbed(m, d, run);
    RawData rv = raw;  // the perturbed methodology's metric specs live in `v`: point the columns at them
    std::size_t j = 0;
    for (std::size_t p = 0; p < v.pillars.size(); ++p)
      for (const auto& mw : v.pillars[p].metrics) rv.columns[j++].spec = &mw;
    Ranking r = rank_raw(rv, v, false);
    for (const auto& c : r.cities) store(run, pos.at(c.city), c.rank);
    report(++done);
  }
  return intervals(cells, o.runs, n, nominal, raw.cities);
}

}  // namespace

std::vector<RankInterval> sensitivity(const Atlas& atlas, const Methodology& m, const SensitivityOptions& o,
                                      const ProgressCallback& progress) {
  m.validate();
  RawData raw = collect(atlas, m, false);
  Ranking nominal = rank_raw(raw, m, false);
  // Twice a rank fits 16 bits up to 32,767 cities.
  if (raw.cities.size() < 32767) return run_sensitivity<std::uint16_t>(raw, m, o, progress, nominal);
  return run_sensitivity<std::uint32_t>(raw, m, o, progress, nominal);
}

std::vector<DropOnePillar> drop_one_pillar(const Atlas& atlas, const Methodology& m) {
  m.validate();
  Ranking full = rank(atlas, m);
  std::vector<DropOnePillar> out;
  if (m.pillars.size() < 2) return out;
  for (std::size_t p = 0; p < m.pillars.size(); ++p) {
    Methodology v = m;
    v.pillars.erase(v.pillars.begin() + static_cast<std::ptrdiff_t>(p));
    Ranking r = rank(atlas, v);
    DropOnePillar d;
    d.pillar = m.pillars[p].id;
    for (const auto& c : r.cities) d.ranks.emplace_back(c.city, c.rank);
    d.spearman = compare(full, r).spearman;
    out.push_back(std::move(d));
  }
  return out;
}

Comparison compare(const Ranking& first, const Ranking& second) {
  Comparison out;
  std::vector<double> a, b;
  for (const auto& c : second.cities) {
    RankChange ch;
    ch.city = c.city;
    ch.after = c.rank;
    if (const CityResult* f = first.find(c.city)) {
      ch.before = f->rank;
      a.push_back(f->rank);
      b.push_back(c.rank);
    }
    out.changes.push_back(ch);
  }
  for (const auto& c : first.cities)
    if (!second.find(c.city)) out.changes.push_back({c.city, c.rank, std::nullopt});
  out.spearman = spearman(a, b);
  out.kendall = kendall(a, b);
  return out;
}

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size() || a.size() < 2) return 0;
  std::vector<double> ra = average_ranks(a), rb = average_ranks(b);
  double n = static_cast<double>(a.size());
  double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / n, mb = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
  double num = 0, da = 0, db = 0;
  for (std::size_t i = 0; i < ra.size(); ++i) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) * (ra[i] - ma);
    db += (rb[i] - mb) * (rb[i] - mb);
  }
  return da > 0 && db > 0 ? num / std::sqrt(da * db) : 0;
}

double kendall(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size() || a.size() < 2) return 0;
  double concordant = 0, discordant = 0, ties_a = 0, ties_b = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = i + 1; j < a.size(); ++j) {
      double da = a[i] - a[j], db = b[i] - b[j];
      if (da == 0 && db == 0) continue;
      if (da == 0)
        ties_a += 1;
      else if (db == 0)
        ties_b += 1;
      else if ((da > 0) == (db > 0))
        concordant += 1;
      else
        discordant += 1;
    }
  double denom = std::sqrt((concordant + discordant + ties_a) * (concordant + discordant + ties_b));
  return denom > 0 ? (concordant - discordant) / denom : 0;
}

std::vector<std::size_t> natural_breaks(const std::vector<double>& values, std::size_t k) {
  std::vector<std::size_t> out(values.size(), 1);
  if (values.empty() || k <= 1) return out;
  std::vector<double> v = values;
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  std::size_t n = v.size();
  k = std::min(k, n);
  if (k <= 1) return out;
  // Fisher–Jenks: minimise the within-class sum of squared deviations over the distinct sorted values.
  std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    s1[i + 1] = s1[i] + v[i];
    s2[i + 1] = s2[i] + v[i] * v[i];
  }
  auto ssd = [&](std::size_t i, std::size_t j) {  // values i..j inclusive
    double cnt = static_cast<double>(j - i + 1), s = s1[j + 1] - s1[i];
    return (s2[j + 1] - s2[i]) - s * s / cnt;
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> dp(k + 1, std::vector<double>(n, inf));
  std::vector<std::vector<std::size_t>> from(k + 1, std::vector<std::size_t>(n, 0));
  for (std::size_t j = 0; j < n; ++j) dp[1][j] = ssd(0, j);
  for (std::size_t c = 2; c <= k; ++c)
    for (std::size_t j = c - 1; j < n; ++j)
      for (std::size_t i = c - 1; i <= j; ++i) {
        double cost = dp[c - 1][i - 1] + ssd(i, j);
        if (cost < dp[c][j]) {
          dp[c][j] = cost;
          from[c][j] = i;
        }
      }
  std::vector<double> lower_bounds;  // the first value of each class, from the highest class down
  std::size_t j = n - 1;
  for (std::size_t c = k; c >= 2; --c) {
    std::size_t i = from[c][j];
    lower_bounds.push_back(v[i]);
    j = i - 1;
  }
  for (std::size_t q = 0; q < values.size(); ++q) {
    std::size_t cls = 1;
    for (double lb : lower_bounds) {
      if (values[q] >= lb) break;
      ++cls;
    }
    out[q] = cls;
  }
  return out;
}

}  // namespace v1
}  // namespace chaincity
