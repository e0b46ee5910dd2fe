// The HTML report: one self-contained page of inline SVG charts and tables. Every string from the data goes through
// escape_html(); nothing is loaded from elsewhere (a Content-Security-Policy forbids it).
#include <chaincity/core/error.hpp>
#include <chaincity/query.hpp>
#include <chaincity/report.hpp>
#include <chaincity/version.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>
#include <set>
#include <utility>

#include "json_reader.hpp"
#include "utf8.hpp"

namespace chaincity {
inline namespace v1 {

std::string escape_html(std::string_view text) {
  std::string valid = detail::to_valid_utf8(text);
  std::string out;
  out.reserve(valid.size() + valid.size() / 8);
  for (char ch : valid) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t' && ch != '\n') break;  // controls are dropped
        if (ch == '\x7f') break;
        out += ch;
    }
  }
  return out;
}

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Labels

struct Label {
  const char* key;
  const char* zh;
  const char* en;
};

constexpr Label labels[] = {
    {"title", "区块链之都竞赛：ChainCity 报告", "The race for China's blockchain capital: a ChainCity report"},
    {"embedded", "内置数据集（五篇来源文章）", "the embedded atlas (five source articles)"},
    {"data", "数据", "Data"},
    {"as_of", "截至", "As of"},
    {"all_dates", "全部日期", "all dates"},
    {"method", "方法", "Methodology"},
    {"generated", "生成工具", "Made with"},
    {"contents", "目录", "Contents"},
    {"ranking", "综合排名", "Composite ranking"},
    {"ranking_note", "条形为指数得分；右侧为蒙特卡洛敏感性分析中名次的 5%–95% 区间（圆点：名义名次，竖线：中位数）。",
     "Bars are index scores; on the right, the 5–95 % interval of each city's rank over the Monte-Carlo sensitivity "
     "runs (dot: nominal rank, tick: median)."},
    {"score", "得分", "Score"},
    {"rank", "名次", "Rank"},
    {"city", "城市", "City"},
    {"tier", "梯队", "Tier"},
    {"interval", "名次区间 5%–95%", "Rank 5–95 %"},
    {"first_share", "排名第一的概率", "Ranked first"},
    {"coverage", "数据覆盖", "Coverage"},
    {"sources", "来源", "Sources"},
    {"runs", "次抽样", "runs"},
    {"radars", "支柱雷达图", "Pillar radars"},
    {"radar_note", "每条轴为一个支柱，按各支柱上排名城市的最低分到最高分缩放。",
     "Each axis is a pillar, scaled from the lowest to the highest score of the ranked cities on that pillar."},
    {"compare", "城市对比", "Two cities side by side"},
    {"pillar", "支柱", "Pillar"},
    {"weight", "权重", "Weight"},
    {"timelines", "政策与园区时间线", "Policy and park timelines"},
    {"timeline_note", "圆点为政策文件，方块为园区；带 * 的日期为推断。",
     "Circles are policy documents, squares are parks; dates marked * are inferred."},
    {"policy", "政策", "Policy"},
    {"park", "园区", "Park"},
    {"no_dated", "没有带日期的政策或园区。", "No dated policies or parks."},
    {"incentives", "扶持政策：各类别最大额度", "Incentives: the largest item per category"},
    {"incentives_note", "补贴与奖励（赠款）和贷款、基金、股权分开列示，从不相加。条形长度按对数刻度。",
     "Grants and subsidies are shown apart from loans, funds and equity, and never added together. Bar lengths are on "
     "a log scale."},
    {"grants", "补贴与奖励", "Grants and subsidies"},
    {"loans", "贷款、基金与股权", "Loans, funds and equity"},
    {"unquantified", "未注明金额", "No amount stated"},
    {"no_incentives", "来源文章未列出该城市的扶持条款。", "The articles list no incentive items for this city."},
    {"methodology", "方法说明", "Methodology"},
    {"metric", "指标", "Metric"},
    {"rationale", "理由", "Rationale"},
    {"choices", "计算选择", "Choices"},
    {"imputation", "缺失值", "Missing data"},
    {"normalisation", "标准化", "Normalisation"},
    {"weighting", "加权", "Weighting"},
    {"aggregation", "汇总", "Aggregation"},
    {"outliers", "离群值", "Outliers"},
    {"coverage_threshold", "最低覆盖率", "Coverage threshold"},
    {"ties", "并列", "Ties"},
    {"window", "时间窗口", "Window"},
    {"sensitivity", "敏感性分析", "Sensitivity analysis"},
    {"sensitivity_text",
     "次抽样，权重在 [1−s, 1+s] 内随机缩放，s =", "runs; weights scaled by a random factor in [1−s, 1+s], s ="},
    {"seed", "随机种子", "seed"},
    {"vary_norm", "同时随机选择标准化方法", "normalisation also drawn at random"},
    {"vary_agg", "同时随机选择汇总方法", "aggregation also drawn at random"},
    {"source_table", "来源与引文", "Sources and quotes"},
    {"source_note", "报告中每个数字都以 [n] 指向此表：记录、来源文件和原文引文。",
     "Every number in the report points here with [n]: the record, its source file and the verbatim quote."},
    {"record", "记录", "Record"},
    {"file", "来源文件", "Source file"},
    {"quote", "引文", "Quote"},
    {"excluded", "因数据覆盖不足未排名", "Not ranked (too little data)"},
    {"no_ranked", "没有可排名的城市。", "No city can be ranked."},
};

class Text {
 public:
  explicit Text(ReportLanguage lang) : zh_(lang == ReportLanguage::zh) {}
  [[nodiscard]] std::string operator()(std::string_view key) const {
    for (const auto& l : labels)
      if (key == l.key) return zh_ ? l.zh : l.en;
    return std::string(key);
  }
  [[nodiscard]] bool zh() const { return zh_; }

 private:
  bool zh_;
};

std::string_view category_zh(IncentiveCategory c) {
  switch (c) {
    case IncentiveCategory::listing:
      return "上市";
    case IncentiveCategory::rnd_platform:
      return "研发平台";
    case IncentiveCategory::talent:
      return "人才";
    case IncentiveCategory::housing:
      return "住房";
    case IncentiveCategory::startup_loan:
      return "创业贷款";
    case IncentiveCategory::angel_fund:
      return "天使基金";
    case IncentiveCategory::rent:
      return "租金";
    case IncentiveCategory::tax:
      return "税收";
    case IncentiveCategory::office:
      return "办公用房";
    case IncentiveCategory::project:
      return "项目";
    case IncentiveCategory::relocation:
      return "落户迁入";
    case IncentiveCategory::financing:
      return "融资";
    case IncentiveCategory::fund:
      return "基金";
    case IncentiveCategory::scheme_cap:
      return "总额上限";
    case IncentiveCategory::other:
      return "其他";
    case IncentiveCategory::breakthrough:
      return "技术突破";
    case IncentiveCategory::product:
      return "应用产品";
  }
  return "其他";
}

std::string_view tier_zh(IncentiveTier t) {
  switch (t) {
    case IncentiveTier::national:
      return "国家级";
    case IncentiveTier::provincial:
      return "省级";
    case IncentiveTier::municipal:
      return "市级";
    case IncentiveTier::district:
      return "区级";
    case IncentiveTier::joint:
      return "联合";
    case IncentiveTier::main_board:
      return "主板";
    case IncentiveTier::sme_board:
      return "中小板";
    case IncentiveTier::growth_board:
      return "创业板";
    case IncentiveTier::overseas:
      return "境外";
    case IncentiveTier::other:
      return "其他";
  }
  return "其他";
}

std::string_view kind_zh(RecordKind k) {
  switch (k) {
    case RecordKind::source:
      return "来源";
    case RecordKind::city:
      return "城市";
    case RecordKind::policy:
      return "政策";
    case RecordKind::park:
      return "园区";
    case RecordKind::scheme:
      return "扶持办法";
    case RecordKind::incentive:
      return "扶持条款";
    case RecordKind::indicator:
      return "指标";
    case RecordKind::event:
      return "事件";
    case RecordKind::application:
      return "应用";
  }
  return "";
}

// Chinese names of the default index's pillars; other pillars keep the methodology's own name.
std::string pillar_label(const Pillar& p, const Text& t) {
  if (!t.zh()) return p.name.empty() ? p.id : p.name;
  static const std::map<std::string, std::string, std::less<>> zh = {
      {"policy", "政策支持"},     {"industry", "产业与园区"},    {"talent", "人才"},
      {"incentives", "扶持奖励"}, {"scenarios", "应用场景开放"}, {"early", "先发行动"},
  };
  auto it = zh.find(p.id);
  return it != zh.end() ? it->second : (p.name.empty() ? p.id : p.name);
}

std::string num(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

double to_double(const Decimal& d) { return static_cast<double>(d.scaled().convert_to<long double>() / 10000.0L); }

// ---------------------------------------------------------------------------------------------------------------
// Citations: every record a number comes from gets a number [n] that points into the table of sources.

class Citations {
 public:
  std::string cite(const RecordRef& ref) {
    return "<a class=\"cite\" href=\"#src-" + std::to_string(number(ref)) + "\">[" + std::to_string(number(ref)) +
           "]</a>";
  }
  std::string cite_all(const std::vector<RecordRef>& refs) {
    std::vector<int> ns;
    for (const auto& r : refs) ns.push_back(number(r));
    std::sort(ns.begin(), ns.end());
    ns.erase(std::unique(ns.begin(), ns.end()), ns.end());
    std::string out;
    for (int n : ns) out += "<a class=\"cite\" href=\"#src-" + std::to_string(n) + "\">[" + std::to_string(n) + "]</a>";
    return out;
  }
  [[nodiscard]] const std::vector<RecordRef>& cited() const { return order_; }

 private:
  int number(const RecordRef& ref) {
    auto key = std::make_pair(static_cast<int>(ref.kind), ref.id);
    auto it = numbers_.find(key);
    if (it != numbers_.end()) return it->second;
    order_.push_back(ref);
    int n = static_cast<int>(order_.size());
    numbers_.emplace(key, n);
    return n;
  }
  std::map<std::pair<int, std::string>, int> numbers_;
  std::vector<RecordRef> order_;
};

// ---------------------------------------------------------------------------------------------------------------
// The page

class Report {
 public:
  Report(const Atlas& atlas, const ReportOptions& o) : atlas_(atlas), o_(o), t_(o.language) {}

  std::string render() {
    o_.methodology.validate();
    ranking_ = rank(atlas_, o_.methodology);
    step("ranking");
    intervals_ = sensitivity(atlas_, o_.methodology, o_.sensitivity, o_.progress);
    std::string body;
    body += section_ranking();
    step("ranking chart");
    body += section_radars();
    step("radars");
    body += section_timelines();
    step("timelines");
    body += section_incentives();
    step("incentives");
    body += section_methodology();
    body += section_sources();
    step("sources");
    return head() + body + "</main>\n</body>\n</html>\n";
  }

 private:
  void step(std::string_view stage) {
    if (o_.progress) o_.progress(stage, 1, 1);
  }

  std::string city_label(std::string_view id) const {
    const City* c = atlas_.find_city(id);
    if (!c) return std::string(id);
    if (t_.zh()) return c->name_hans;
    return !c->name_en.empty() ? c->name_en : (!c->pinyin.empty() ? c->pinyin : c->name_hans);
  }

  std::string head() const {
    std::string title = o_.title.empty() ? t_("title") : o_.title;
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"";
    h += t_.zh() ? "zh-CN" : "en";
    h += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:; base-uri 'none'; form-action 'none'\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<meta name=\"generator\" content=\"chaincity " + std::string(version_string) + "\">\n";
    h += "<title>" + escape_html(title) + "</title>\n<style>\n";
    h += R"css(:root{--ink:#1d2733;--muted:#5b6775;--line:#d5dbe2;--accent:#1f6fb2;--accent2:#d9822b;--band:#f4f6f8}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.55 "Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei","WenQuanYi Zen Hei","PingFang SC","Hiragino Sans GB","Microsoft YaHei",system-ui,sans-serif}
main{max-width:1000px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:26px;margin:0 0 8px}h2{font-size:20px;margin:36px 0 8px;border-bottom:2px solid var(--ink);padding-bottom:4px}
h3{font-size:16px;margin:18px 0 4px}
.meta{color:var(--muted);margin:0 0 12px}.note{color:var(--muted);font-size:13px;margin:4px 0 10px}
nav ol{columns:2;margin:8px 0 0;padding-left:20px}
svg{display:block;max-width:100%;height:auto;font-family:inherit}
svg text{fill:var(--ink);font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--band)}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
a.cite{color:var(--accent);text-decoration:none;font-size:11px;margin-left:1px}
.radars{display:flex;flex-wrap:wrap;gap:12px}.radars figure{margin:0;flex:1 1 300px;max-width:320px}
figcaption{text-align:center;font-weight:600}
.legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
ul.tl{margin:2px 0 8px;padding-left:18px;font-size:13px;columns:2}ul.tl li{break-inside:avoid}
.city-block{break-inside:avoid}
blockquote{margin:0;color:var(--ink)}
@page{size:A4;margin:14mm}
@media print{body{font-size:11px}main{max-width:none;padding:0}h2{break-after:avoid}section{break-inside:auto}
figure,svg,tr,.city-block{break-inside:avoid}a.cite{color:var(--ink)}nav{display:none}}
)css";
    h += "</style>\n</head>\n<body>\n<main>\n";
    h += "<h1>" + escape_html(title) + "</h1>\n<p class=\"meta\">";
    h += t_("data") + ": " + escape_html(o_.data_label.empty() ? t_("embedded") : o_.data_label);
    h += " · " + t_("as_of") + ": " + (o_.as_of ? escape_html(o_.as_of->to_string()) : t_("all_dates"));
    h += " · " + t_("method") + ": " + escape_html(o_.methodology.name);
    h += " · " + t_("generated") + ": chaincity " + std::string(version_string) + "</p>\n";
    h += "<nav><strong>" + t_("contents") + "</strong><ol>";
    for (const char* s : {"ranking", "radars", "compare", "timelines", "incentives", "methodology", "source_table"})
      h += "<li><a href=\"#" + std::string(s) + "\">" + t_(s) + "</a></li>";
    h += "</ol></nav>\n";
    return h;
  }

  const RankInterval* interval(std::string_view city) const {
    for (const auto& i : intervals_)
      if (i.city == city) return &i;
    return nullptr;
  }

  std::vector<RecordRef> evidence(const CityResult& c) const {
    std::vector<RecordRef> refs;
    for (const auto& k : c.contributions)
      for (const auto& r : k.evidence) refs.push_back(r);
    return refs;
  }

  // The ranking: a bar per city, and its rank interval; then the same as a table with sources.
  std::string section_ranking() {
    std::string s = "<section id=\"ranking\">\n<h2>" + t_("ranking") + "</h2>\n";
    if (ranking_.cities.empty()) return s + "<p>" + t_("no_ranked") + "</p>\n</section>\n";
    s += "<p class=\"note\">" + t_("ranking_note") + " (" + std::to_string(o_.sensitivity.runs) + " " + t_("runs") +
         ")</p>\n";
    const double label_w = 120, bar_x = 130, bar_w = 400, iv_x = 640, iv_w = 300, row = 26, top = 34;
    const auto n = ranking_.cities.size();
    double max_score = 0, min_score = 0;
    for (const auto& c : ranking_.cities) {
      max_score = std::max(max_score, c.score);
      min_score = std::min(min_score, c.score);
    }
    double span = max_score - min_score > 0 ? max_score - min_score : 1;
    double height = top + row * static_cast<double>(n) + 10;
    auto rank_x = [&](double r) {
      return n <= 1 ? iv_x + iv_w / 2 : iv_x + (r - 1) / static_cast<double>(n - 1) * iv_w;
    };
    s += "<svg id=\"ranking-chart\" role=\"img\" viewBox=\"0 0 960 " + num(height, 0) +
         "\" xmlns=\"http://www.w3.org/2000/svg\"><title>" + t_("ranking") + "</title>\n";
    s += "<text x=\"" + num(bar_x, 0) + "\" y=\"16\" font-weight=\"600\">" + t_("score") + "</text>";
    s += "<text x=\"" + num(iv_x, 0) + "\" y=\"16\" font-weight=\"600\">" + t_("interval") + "</text>";
    for (std::size_t r = 1; r <= n; ++r) {
      double x = rank_x(static_cast<double>(r));
      s += "<line x1=\"" + num(x, 1) + "\" x2=\"" + num(x, 1) + "\" y1=\"24\" y2=\"" + num(height - 6, 0) +
           "\" stroke=\"#e6e9ed\"/>";
      if (r == 1 || r == n || r % 5 == 0)
        s += "<text x=\"" + num(x, 1) + "\" y=\"30\" text-anchor=\"middle\" font-size=\"10\">" + std::to_string(r) +
             "</text>";
    }
    for (std::size_t i = 0; i < n; ++i) {
      const CityResult& c = ranking_.cities[i];
      double y = top + row * static_cast<double>(i);
      double w = (c.score - min_score) / span * bar_w;
      std::string name = escape_html(city_label(c.city));
      s += "\n<g class=\"city-row\" data-city=\"" + escape_html(c.city) + "\">";
      s += "<text class=\"label\" x=\"" + num(label_w, 0) + "\" y=\"" + num(y + 17, 1) + "\" text-anchor=\"end\">" +
           name + "</text>";
      s += "<rect class=\"bar\" data-city=\"" + escape_html(c.city) + "\" x=\"" + num(bar_x, 0) + "\" y=\"" +
           num(y + 5, 1) + "\" width=\"" + num(std::max(w, 1.0), 1) + "\" height=\"16\" fill=\"" +
           (c.tier == 1   ? "#1f6fb2"
            : c.tier == 2 ? "#5b9bd0"
                          : "#a9c7e3") +
           "\"><title>" + name + " " + num(c.score, 2) + "</title></rect>";
      s += "<text class=\"score\" x=\"" + num(bar_x + std::max(w, 1.0) + 6, 1) + "\" y=\"" + num(y + 17, 1) + "\">" +
           num(c.score, 2) + "</text>";
      if (const RankInterval* iv = interval(c.city)) {
        double x1 = rank_x(iv->p05), x2 = rank_x(iv->p95), yc = y + 13;
        s += "<line class=\"interval\" x1=\"" + num(x1, 1) + "\" x2=\"" + num(std::max(x2, x1 + 1), 1) + "\" y1=\"" +
             num(yc, 1) + "\" y2=\"" + num(yc, 1) +
             "\" stroke=\"#d9822b\" stroke-width=\"4\" stroke-linecap=\"round\">"
             "<title>" +
             name + ": " + num(iv->p05, 1) + "–" + num(iv->p95, 1) + "</title></line>";
        s += "<line class=\"median\" x1=\"" + num(rank_x(iv->median), 1) + "\" x2=\"" + num(rank_x(iv->median), 1) +
             "\" y1=\"" + num(yc - 7, 1) + "\" y2=\"" + num(yc + 7, 1) + "\" stroke=\"#1d2733\" stroke-width=\"1.5\"/>";
        s += "<circle class=\"nominal\" cx=\"" + num(rank_x(c.rank), 1) + "\" cy=\"" + num(yc, 1) +
             "\" r=\"4\" fill=\"#1d2733\"/>";
      }
      s += "</g>";
    }
    s += "\n</svg>\n";
    s += "<table class=\"ranking\"><thead><tr><th>" + t_("rank") + "</th><th>" + t_("city") + "</th><th>" +
         t_("score") + "</th><th>" + t_("tier") + "</th><th>" + t_("interval") + "</th><th>" + t_("first_share") +
         "</th><th>" + t_("coverage") + "</th><th>" + t_("sources") + "</th></tr></thead><tbody>\n";
    for (const auto& c : ranking_.cities) {
      const RankInterval* iv = interval(c.city);
      s += "<tr><td class=\"n\">" + num(c.rank, c.rank == std::floor(c.rank) ? 0 : 1) + "</td><td>" +
           escape_html(city_label(c.city)) + "</td><td class=\"n\">" + num(c.score, 2) + "</td><td class=\"n\">" +
           std::to_string(c.tier) + "</td><td class=\"n\">" +
           (iv ? num(iv->p05, 0) + "–" + num(iv->p95, 0) : std::string()) + "</td><td class=\"n\">" +
           (iv ? num(iv->share_first * 100, 1) + "%" : std::string()) + "</td><td class=\"n\">" +
           num(c.coverage * 100, 0) + "%</td><td>" + cites_.cite_all(evidence(c)) + "</td></tr>\n";
    }
    s += "</tbody></table>\n";
    if (!ranking_.excluded.empty()) {
      s += "<p class=\"note\">" + t_("excluded") + ": ";
      for (std::size_t i = 0; i < ranking_.excluded.size(); ++i)
        s += (i ? "、" : "") + escape_html(city_label(ranking_.excluded[i]));
      s += "</p>\n";
    }
    return s + "</section>\n";
  }

  // Per pillar, the lowest and highest score among the ranked cities (the radar's scale).
  std::vector<std::pair<double, double>> pillar_ranges() const {
    std::vector<std::pair<double, double>> out(o_.methodology.pillars.size(), {0, 0});
    bool first = true;
    for (const auto& c : ranking_.cities) {
      for (std::size_t p = 0; p < c.pillars.size() && p < out.size(); ++p) {
        double v = c.pillars[p].score;
        out[p] = first ? std::make_pair(v, v) : std::make_pair(std::min(out[p].first, v), std::max(out[p].second, v));
      }
      first = false;
    }
    return out;
  }

  std::string radar(const std::vector<const CityResult*>& cities, const std::string& id) const {
    const auto& pillars = o_.methodology.pillars;
    const std::size_t k = pillars.size();
    const double cx = 160, cy = 150, radius = 100;
    static constexpr const char* colours[] = {"#1f6fb2", "#d9822b"};
    auto ranges = pillar_ranges();
    auto point = [&](std::size_t axis, double fraction) {
      double a = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(k);
      return std::make_pair(cx + radius * fraction * std::cos(a), cy + radius * fraction * std::sin(a));
    };
    std::string s = "<svg class=\"radar\" id=\"" + id +
                    "\" role=\"img\" viewBox=\"0 0 320 300\" xmlns=\"http://www.w3.org/2000/svg\">";
    for (double ring : {0.25, 0.5, 0.75, 1.0}) {
      s += "<polygon points=\"";
      for (std::size_t a = 0; a < k; ++a) {
        auto [x, y] = point(a, ring);
        s += num(x, 1) + "," + num(y, 1) + " ";
      }
      s += "\" fill=\"none\" stroke=\"#d5dbe2\"/>";
    }
    for (std::size_t a = 0; a < k; ++a) {
      auto [x, y] = point(a, 1.0);
      auto [lx, ly] = point(a, 1.14);
      s += "<line x1=\"" + num(cx, 0) + "\" y1=\"" + num(cy, 0) + "\" x2=\"" + num(x, 1) + "\" y2=\"" + num(y, 1) +
           "\" stroke=\"#d5dbe2\"/>";
      std::string anchor = std::abs(lx - cx) < 8 ? "middle" : lx < cx ? "end" : "start";
      s += "<text class=\"axis-label\" x=\"" + num(lx, 1) + "\" y=\"" + num(ly + 4, 1) + "\" text-anchor=\"" + anchor +
           "\" font-size=\"11\">" + escape_html(pillar_label(pillars[a], t_)) + "</text>";
    }
    for (std::size_t ci = 0; ci < cities.size() && ci < 2; ++ci) {
      const CityResult& c = *cities[ci];
      s += "<polygon class=\"city-shape\" data-city=\"" + escape_html(c.city) + "\" points=\"";
      for (std::size_t a = 0; a < k; ++a) {
        double v = a < c.pillars.size() ? c.pillars[a].score : 0;
        double lo = ranges[a].first, hi = ranges[a].second;
        double f = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        auto [x, y] = point(a, 0.04 + 0.96 * f);
        s += num(x, 1) + "," + num(y, 1) + " ";
      }
      s += "\" fill=\"" + std::string(colours[ci]) + "\" fill-opacity=\"0.25\" stroke=\"" + colours[ci] +
           "\" stroke-width=\"2\"><title>" + escape_html(city_label(c.city)) + "</title></polygon>";
    }
    return s + "</svg>";
  }

  const CityResult* resolve_compare(const std::string& name) const {
    Resolution r = resolve_name(atlas_, name);
    if (!r || r.match->city.empty()) {
      std::string msg = "report --compare: no single city is called \"" + name + "\"";
      if (!r.candidates.empty()) {
        msg += "; did you mean:";
        for (const auto& c : r.candidates) msg += " " + c.label;
      }
      throw NotFoundError(msg);
    }
    const CityResult* c = ranking_.find(r.match->city);
    if (!c) throw NotFoundError("report --compare: " + name + " is not ranked (no data under this methodology)");
    return c;
  }

  std::string section_radars() {
    std::string s = "<section id=\"radars\">\n<h2>" + t_("radars") + "</h2>\n";
    const auto& pillars = o_.methodology.pillars;
    if (o_.compare.size() != 0 && o_.compare.size() != 2)
      throw NotFoundError("report --compare: expected two cities, got " + std::to_string(o_.compare.size()));
    std::vector<const CityResult*> pair;
    for (const auto& name : o_.compare) pair.push_back(resolve_compare(name));
    if (pillars.size() < 3 || ranking_.cities.empty()) {
      s += "<p class=\"note\">" +
           std::string(t_.zh() ? "方法少于三个支柱，不绘制雷达图。"
                               : "The methodology has fewer than three pillars: no radar.") +
           "</p>\n</section>\n<section id=\"compare\"></section>\n";
      return s;
    }
    s += "<p class=\"note\">" + t_("radar_note") + "</p>\n<div class=\"radars\">\n";
    for (std::size_t i = 0; i < ranking_.cities.size() && i < o_.radar_cities; ++i) {
      const CityResult& c = ranking_.cities[i];
      s += "<figure>" + radar({&c}, "radar-" + std::to_string(i + 1)) + "<figcaption>" + num(c.rank, 0) + ". " +
           escape_html(city_label(c.city)) + " · " + num(c.score, 2) + "</figcaption></figure>\n";
    }
    s += "</div>\n</section>\n";
    if (pair.empty() && ranking_.cities.size() >= 2) pair = {&ranking_.cities[0], &ranking_.cities[1]};
    s += "<section id=\"compare\">\n<h2>" + t_("compare") + "</h2>\n";
    if (pair.size() == 2) {
      s += "<p class=\"legend\"><span><i class=\"sw\" style=\"background:#1f6fb2\"></i>" +
           escape_html(city_label(pair[0]->city)) + "</span><span><i class=\"sw\" style=\"background:#d9822b\"></i>" +
           escape_html(city_label(pair[1]->city)) + "</span></p>\n";
      s +=
          "<div class=\"radars\"><figure>" + radar(pair, "radar-compare") + "</figure>\n<div style=\"flex:1 1 380px\">";
      s += "<table class=\"compare\"><thead><tr><th>" + t_("pillar") + "</th><th>" + t_("weight") + "</th><th>" +
           escape_html(city_label(pair[0]->city)) + "</th><th>" + escape_html(city_label(pair[1]->city)) +
           "</th></tr></thead><tbody>";
      for (std::size_t p = 0; p < pillars.size(); ++p) {
        auto cell = [&](const CityResult& c) {
          if (p >= c.pillars.size()) return std::string("<td></td>");
          // A pillar rank of 0 means the city has no data on that pillar.
          return "<td class=\"n\">" + num(c.pillars[p].score, 1) +
                 (c.pillars[p].rank > 0 ? " (#" + num(c.pillars[p].rank, 0) + ")" : std::string(" (—)")) + "</td>";
        };
        s += "<tr><td>" + escape_html(pillar_label(pillars[p], t_)) + "</td><td class=\"n\">" +
             num(pillars[p].weight, 2) + "</td>" + cell(*pair[0]) + cell(*pair[1]) + "</tr>";
      }
      s += "<tr><th>" + t_("score") + "</th><td></td><td class=\"n\">" + num(pair[0]->score, 2) + " (#" +
           num(pair[0]->rank, 0) + ")</td><td class=\"n\">" + num(pair[1]->score, 2) + " (#" + num(pair[1]->rank, 0) +
           ")</td></tr></tbody></table></div></div>\n";
    }
    return s + "</section>\n";
  }

  // The cities in ranking order, then any other city with records.
  std::vector<std::string> city_order() const {
    std::vector<std::string> ids;
    for (const auto& c : ranking_.cities) ids.push_back(c.city);
    for (const auto& c : atlas_.cities())
      if (std::find(ids.begin(), ids.end(), c.id) == ids.end()) ids.push_back(c.id);
    return ids;
  }

  std::string section_timelines() {
    std::string s = "<section id=\"timelines\">\n<h2>" + t_("timelines") + "</h2>\n<p class=\"note\">" +
                    t_("timeline_note") + "</p>\n";
    std::map<std::string, std::vector<TimelineEntry>> per_city;
    long lo = 0, hi = 0;
    bool any = false;
    for (auto& e : timeline(atlas_)) {
      if (e.ref.kind != RecordKind::policy && e.ref.kind != RecordKind::park) continue;
      if (e.city.empty()) continue;
      long a = e.date.earliest().day_number(), b = e.date.latest().day_number();
      lo = any ? std::min(lo, a) : a;
      hi = any ? std::max(hi, b) : b;
      any = true;
      per_city[e.city].push_back(std::move(e));
    }
    if (!any) return s + "<p>" + t_("no_dated") + "</p>\n</section>\n";
    // Whole years on the axis.
    int y0 = boost::gregorian::date(static_cast<boost::gregorian::date::date_int_type>(lo)).year();
    int y1 = boost::gregorian::date(static_cast<boost::gregorian::date::date_int_type>(hi)).year() + 1;
    auto day = [](int y) {
      return static_cast<long>(boost::gregorian::date(static_cast<unsigned short>(y), 1, 1).day_number());
    };
    double d0 = static_cast<double>(day(y0)), d1 = static_cast<double>(day(y1));
    const double x0 = 70, x1 = 940;
    auto xpos = [&](const PartialDate& d) {
      double mid = (static_cast<double>(d.earliest().day_number()) + static_cast<double>(d.latest().day_number())) / 2;
      return x0 + (mid - d0) / (d1 - d0) * (x1 - x0);
    };
    for (const auto& id : city_order()) {
      auto it = per_city.find(id);
      if (it == per_city.end()) continue;
      s += "<div class=\"city-block\"><h3>" + escape_html(city_label(id)) + "</h3>\n";
      s += "<svg class=\"timeline\" data-city=\"" + escape_html(id) +
           "\" role=\"img\" viewBox=\"0 0 960 70\" xmlns=\"http://www.w3.org/2000/svg\">";
      s += "<text x=\"0\" y=\"22\" font-size=\"11\">" + t_("policy") +
           "</text><text x=\"0\" y=\"42\" font-size=\"11\">" + t_("park") + "</text>";
      s += "<line x1=\"" + num(x0, 0) + "\" x2=\"" + num(x1, 0) + "\" y1=\"52\" y2=\"52\" stroke=\"#1d2733\"/>";
      for (int y = y0; y <= y1; ++y) {
        double x = x0 + (static_cast<double>(day(y)) - d0) / (d1 - d0) * (x1 - x0);
        s += "<line x1=\"" + num(x, 1) + "\" x2=\"" + num(x, 1) + "\" y1=\"8\" y2=\"56\" stroke=\"#e6e9ed\"/>";
        if (y < y1) s += "<text x=\"" + num(x + 2, 1) + "\" y=\"67\" font-size=\"10\">" + std::to_string(y) + "</text>";
      }
      for (const auto& e : it->second) {
        double x = xpos(e.date);
        std::string tip = escape_html(e.date.to_string() + (e.basis == DateBasis::stated ? "" : "*") + " " + e.title);
        if (e.ref.kind == RecordKind::policy)
          s += "<circle class=\"event policy\" cx=\"" + num(x, 1) +
               "\" cy=\"18\" r=\"5\" fill=\"#1f6fb2\" "
               "fill-opacity=\"0.8\"><title>" +
               tip + "</title></circle>";
        else
          s += "<rect class=\"event park\" x=\"" + num(x - 5, 1) +
               "\" y=\"33\" width=\"10\" height=\"10\" "
               "fill=\"#d9822b\" fill-opacity=\"0.8\"><title>" +
               tip + "</title></rect>";
      }
      s += "</svg>\n<ul class=\"tl\">";
      for (const auto& e : it->second)
        s += "<li>" + escape_html(e.date.to_string()) + (e.basis == DateBasis::stated ? "" : "*") + " · " +
             (e.ref.kind == RecordKind::policy ? t_("policy") : t_("park")) + " · " + escape_html(e.title) +
             cites_.cite(e.ref) + "</li>";
      s += "</ul></div>\n";
    }
    return s + "</section>\n";
  }

  struct Line {
    const IncentiveScheme* scheme;
    const Incentive* item;
    std::optional<Money> amount;
  };

  std::string category_label(IncentiveCategory c) const {
    return t_.zh() ? std::string(category_zh(c)) : std::string(to_string(c));
  }

  std::string incentive_bars(const std::vector<Line>& lines, double log_max, const std::string& css) {
    std::string s;
    const double row = 24, label_w = 150, bar_x = 160, bar_w = 430;
    double height = row * static_cast<double>(lines.size()) + 6;
    s += "<svg class=\"incentives " + css + "\" role=\"img\" viewBox=\"0 0 960 " + num(height, 0) +
         "\" xmlns=\"http://www.w3.org/2000/svg\">";
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      double y = row * static_cast<double>(i);
      double v = to_double(l.amount->amount());
      double f = v > 1e4 && log_max > 0 ? std::log10(v / 1e4) / log_max : 0;
      double w = std::max(2.0, f * bar_w);
      std::string tier =
          l.item->tier ? " · " + std::string(t_.zh() ? tier_zh(*l.item->tier) : to_string(*l.item->tier)) : "";
      // Chinese: the amount as the source writes it (最高500万元); English: the typed description.
      std::string text = t_.zh() ? (l.item->amount && !l.item->amount->text.empty() ? l.item->amount->text
                                                                                    : l.amount->to_chinese_string())
                                 : (l.item->amount ? l.item->amount->describe() : l.amount->to_string());
      s += "<text x=\"" + num(label_w, 0) + "\" y=\"" + num(y + 16, 1) + "\" text-anchor=\"end\">" +
           escape_html(category_label(l.item->category)) + escape_html(tier) + "</text>";
      s += "<rect class=\"incentive-bar\" x=\"" + num(bar_x, 0) + "\" y=\"" + num(y + 4, 1) + "\" width=\"" +
           num(w, 1) + "\" height=\"15\" fill=\"" + (css == "grants" ? "#2e8b57" : "#8a5cb8") + "\"><title>" +
           escape_html(l.item->description.value_or(l.scheme->name)) + "</title></rect>";
      s += "<text x=\"" + num(bar_x + w + 6, 1) + "\" y=\"" + num(y + 16, 1) + "\">" + escape_html(text) + "</text>";
    }
    s += "</svg>\n<ul class=\"tl\">";
    for (const auto& l : lines)
      s += "<li>" + escape_html(category_label(l.item->category)) + ": " +
           escape_html(l.item->description.value_or(l.scheme->name)) +
           cites_.cite({RecordKind::incentive, l.item->id}) + "</li>";
    return s + "</ul>\n";
  }

  std::string section_incentives() {
    std::string s = "<section id=\"incentives\">\n<h2>" + t_("incentives") + "</h2>\n<p class=\"note\">" +
                    t_("incentives_note") + "</p>\n";
    std::map<std::string, std::vector<Line>> per_city;
    double max_value = 1e4;
    for (const auto& h : find_incentives(atlas_, IncentiveQuery{})) {
      std::string city = h.scheme->city.value_or("");
      std::optional<Money> m = h.item->amount ? h.item->amount->money() : std::nullopt;
      if (m && m->currency() == Currency::cny) max_value = std::max(max_value, to_double(m->amount()));
      per_city[city].push_back({h.scheme, h.item, m});
    }
    double log_max = std::log10(max_value / 1e4);
    bool any = false;
    for (const auto& id : city_order()) {
      auto it = per_city.find(id);
      if (it == per_city.end()) continue;
      any = true;
      // The largest amount per category and money kind (CNY amounts; other currencies are listed as stated).
      std::map<std::pair<MoneyKind, IncentiveCategory>, Line> best;
      std::vector<Line> unquantified;
      for (const auto& l : it->second) {
        MoneyKind mk = money_kind(l.item->form);
        if (!l.amount || l.amount->currency() != Currency::cny || mk == MoneyKind::other) {
          unquantified.push_back(l);
          continue;
        }
        auto key = std::make_pair(mk, l.item->category);
        auto b = best.find(key);
        if (b == best.end() || *b->second.amount < *l.amount) best.insert_or_assign(key, l);
      }
      s += "<div class=\"city-block\" data-city=\"" + escape_html(id) + "\"><h3>" + escape_html(city_label(id)) +
           "</h3>\n";
      for (MoneyKind mk : {MoneyKind::grant, MoneyKind::loan}) {
        std::vector<Line> lines;
        for (const auto& [key, l] : best)
          if (key.first == mk) lines.push_back(l);
        if (lines.empty()) continue;
        std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return *b.amount < *a.amount; });
        s += "<h4>" + t_(mk == MoneyKind::grant ? "grants" : "loans") + "</h4>\n";
        s += incentive_bars(lines, log_max, mk == MoneyKind::grant ? "grants" : "loans");
      }
      if (!unquantified.empty()) {
        s += "<h4>" + t_("unquantified") + "</h4>\n<ul class=\"tl\">";
        for (const auto& l : unquantified)
          s += "<li>" + escape_html(category_label(l.item->category)) + ": " +
               escape_html(l.item->description.value_or(l.scheme->name)) +
               (l.item->amount ? " (" + escape_html(l.item->amount->describe()) + ")" : std::string()) +
               cites_.cite({RecordKind::incentive, l.item->id}) + "</li>";
        s += "</ul>\n";
      }
      s += "</div>\n";
    }
    if (!any) s += "<p>" + t_("no_incentives") + "</p>\n";
    return s + "</section>\n";
  }

  std::string section_methodology() {
    const Methodology& m = o_.methodology;
    std::string s = "<section id=\"methodology\">\n<h2>" + t_("methodology") + "</h2>\n<p><strong>" +
                    escape_html(m.name) + "</strong></p>\n";
    s += "<table class=\"pillars\"><thead><tr><th>" + t_("pillar") + "</th><th>" + t_("weight") + "</th><th>" +
         t_("metric") + "</th><th>" + t_("rationale") + "</th></tr></thead><tbody>\n";
    for (const auto& p : m.pillars) {
      std::string metrics;
      for (const auto& mw : p.metrics) {
        const MetricDefinition* d = find_metric(mw.metric);
        metrics += "<div>" + escape_html(mw.metric) + " × " + num(mw.weight, 2) +
                   (d ? " <span class=\"note\">(" + escape_html(d->name) + ")</span>" : std::string()) + "</div>";
      }
      s += "<tr><td>" + escape_html(pillar_label(p, t_)) + "</td><td class=\"n\">" + num(p.weight, 2) + "</td><td>" +
           metrics + "</td><td>" + escape_html(p.rationale) + "</td></tr>\n";
    }
    s += "</tbody></table>\n<h3>" + t_("choices") + "</h3>\n<table class=\"choices\"><tbody>";
    auto row = [&](const char* key, const std::string& value) {
      s += "<tr><th>" + t_(key) + "</th><td>" + escape_html(value) + "</td></tr>";
    };
    row("imputation", std::string(to_string(m.imputation)));
    row("normalisation", std::string(to_string(m.normalisation)));
    row("weighting", std::string(to_string(m.weighting)));
    row("aggregation", std::string(to_string(m.aggregation)));
    row("outliers", std::string(to_string(m.outliers)));
    row("coverage_threshold", num(m.coverage_threshold, 2));
    row("ties", std::string(to_string(m.ties)));
    const DateRange& w = m.metric_options.window;
    row("window", (w.from ? w.from->to_string() : "…") + " – " + (w.to ? w.to->to_string() : "…"));
    const SensitivityOptions& so = o_.sensitivity;
    std::string sens = std::to_string(so.runs) + " " + t_("sensitivity_text") + " " + num(so.weight_spread, 2) + "; " +
                       t_("seed") + " " + std::to_string(so.seed);
    if (so.vary_normalisation) sens += "; " + t_("vary_norm");
    if (so.vary_aggregation) sens += "; " + t_("vary_agg");
    row("sensitivity", sens);
    return s + "</tbody></table>\n</section>\n";
  }

  std::string section_sources() {
    std::string s = "<section id=\"source_table\">\n<h2>" + t_("source_table") + "</h2>\n<p class=\"note\">" +
                    t_("source_note") + "</p>\n";
    s += "<table class=\"sources\"><thead><tr><th>#</th><th>" + t_("record") + "</th><th>" + t_("file") + "</th><th>" +
         t_("quote") + "</th></tr></thead><tbody>\n";
    const auto& refs = cites_.cited();
    for (std::size_t i = 0; i < refs.size(); ++i) {
      const RecordRef& ref = refs[i];
      std::vector<Provenance> prov = record_provenance(atlas_, ref);
      std::string kind = t_.zh() ? std::string(kind_zh(ref.kind)) : std::string(to_string(ref.kind));
      std::string record = "<td rowspan=\"" + std::to_string(std::max<std::size_t>(1, prov.size())) + "\">" +
                           escape_html(kind) + ": " + escape_html(record_title(atlas_, ref)) +
                           " <span class=\"note\">" + escape_html(ref.id) + "</span></td>";
      std::string num_cell = "<td class=\"n\" rowspan=\"" + std::to_string(std::max<std::size_t>(1, prov.size())) +
                             "\">" + std::to_string(i + 1) + "</td>";
      if (prov.empty()) {
        s += "<tr id=\"src-" + std::to_string(i + 1) + "\">" + num_cell + record + "<td></td><td></td></tr>\n";
        continue;
      }
      for (std::size_t q = 0; q < prov.size(); ++q) {
        const Source* src = atlas_.find_source(prov[q].source);
        std::string file = src ? src->file : prov[q].source;
        s += q == 0 ? "<tr id=\"src-" + std::to_string(i + 1) + "\">" + num_cell + record : std::string("<tr>");
        s += "<td>" + escape_html(file) + "</td><td><blockquote>" + escape_html(prov[q].quote) +
             "</blockquote></td></tr>\n";
      }
    }
    return s + "</tbody></table>\n</section>\n";
  }

  Atlas atlas_;
  const ReportOptions& o_;
  Text t_;
  Citations cites_;
  Ranking ranking_;
  std::vector<RankInterval> intervals_;
};

}  // namespace

std::string render_report(const Atlas& atlas, const ReportOptions& options) {
  Atlas view = options.as_of ? atlas.as_of(*options.as_of) : atlas;
  return Report(view, options).render();
}

void save_report(const Atlas& atlas, const ReportOptions& options, const std::filesystem::path& path) {
  detail::write_file_atomically(path, render_report(atlas, options));
}

}  // namespace v1
}  // namespace chaincity
