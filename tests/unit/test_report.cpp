// The HTML report: structure, escaping, options, progress and the atomic write. The browser test
// (tests/browser/check_report.py) checks the same page as a reader sees it.
#include <gtest/gtest.h>

#include <chaincity/chaincity.hpp>
#include <chaincity/report.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

namespace {

using namespace chaincity;

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

ReportOptions quick() {
  ReportOptions o;
  o.sensitivity.runs = 40;
  return o;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(EscapeHtml, EscapesTheFiveCharactersAndDropsControls) {
  EXPECT_EQ(escape_html("<a href=\"x\">Tom & 'Jerry'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  EXPECT_EQ(escape_html("广州\t\n"), "广州\t\n");
  EXPECT_EQ(escape_html(std::string("a\x01"
                                    "b\x7f"
                                    "c\x1b")),
            "abc");
  EXPECT_EQ(escape_html("&amp;"), "&amp;amp;");  // already-escaped text is text, escaped again
}

TEST(EscapeHtml, ReplacesInvalidUtf8) {
  EXPECT_EQ(escape_html(std::string("ok\xff"
                                    "ok")),
            "ok\xEF\xBF\xBDok");
  EXPECT_EQ(escape_html(std::string("\xe5\xb9")), "\xEF\xBF\xBD");  // a truncated 广
}

TEST(Report, HasOneBarAndIntervalPerRankedCityInRankOrder) {
  const Atlas& atlas = embedded_atlas();
  std::string html = render_report(atlas, quick());
  Ranking r = rank(atlas, Methodology::default_index());
  ASSERT_GT(r.cities.size(), 5u);
  EXPECT_EQ(count(html, "<rect class=\"bar\""), r.cities.size());
  EXPECT_EQ(count(html, "<line class=\"interval\""), r.cities.size());
  std::size_t last = 0;
  for (const auto& c : r.cities) {
    std::size_t at = html.find("<rect class=\"bar\" data-city=\"" + c.city + "\"");
    ASSERT_NE(at, std::string::npos) << c.city;
    EXPECT_GT(at, last) << c.city << " is out of rank order";
    last = at;
  }
  EXPECT_NE(html.find(">广州</text>"), std::string::npos);
  EXPECT_NE(html.find("<html lang=\"zh-CN\">"), std::string::npos);
}

TEST(Report, IsSelfContained) {
  std::string html = render_report(embedded_atlas(), quick());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src=\""), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  EXPECT_EQ(html.rfind("</html>\n"), html.size() - 8);
}

TEST(Report, EveryCitationPointsAtARowWithTheRecordsQuotes) {
  const Atlas& atlas = embedded_atlas();
  std::string html = render_report(atlas, quick());
  std::set<std::string> cited, rows;
  std::regex cite("href=\"#src-([0-9]+)\""), row("<tr id=\"src-([0-9]+)\">");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), cite); it != std::sregex_iterator(); ++it)
    cited.insert((*it)[1]);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row); it != std::sregex_iterator(); ++it)
    rows.insert((*it)[1]);
  EXPECT_GT(cited.size(), 50u);
  EXPECT_EQ(cited, rows);
  // A quote of a cited record, and its source file, are in the table.
  const IncentiveScheme* s = nullptr;
  for (const auto& sc : atlas.schemes())
    if (sc.city == std::optional<std::string>("guiyang")) s = &sc;
  ASSERT_NE(s, nullptr);
  const Incentive& item = s->items.front();
  EXPECT_NE(html.find(escape_html(item.provenance.front().quote)), std::string::npos);
  EXPECT_NE(html.find(item.id), std::string::npos);
}

TEST(Report, KeepsGrantsApartFromLoans) {
  std::string html = render_report(embedded_atlas(), quick());
  EXPECT_GT(count(html, "<svg class=\"incentives grants\""), 0u);
  EXPECT_GT(count(html, "<svg class=\"incentives loans\""), 0u);
  // 杭州's 500万元 startup loan is drawn as a loan, never as a grant.
  std::size_t hz = html.find("<div class=\"city-block\" data-city=\"hangzhou\">");
  ASSERT_NE(hz, std::string::npos);
  std::size_t loans = html.find("<svg class=\"incentives loans\"", hz);
  std::size_t loan_label = html.find("创业贷款", hz);
  ASSERT_NE(loans, std::string::npos);
  EXPECT_GT(loan_label, loans);
}

TEST(Report, EnglishLabelsAndCompare) {
  ReportOptions o = quick();
  o.language = ReportLanguage::en;
  o.compare = {"貴陽", "hangzhou"};
  std::string html = render_report(embedded_atlas(), o);
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("Composite ranking"), std::string::npos);
  EXPECT_NE(html.find(">Guangzhou</text>"), std::string::npos);
  std::size_t cmp = html.find("id=\"radar-compare\"");
  ASSERT_NE(cmp, std::string::npos);
  std::string radar = html.substr(cmp, html.find("</svg>", cmp) - cmp);
  EXPECT_EQ(count(radar, "class=\"city-shape\""), 2u);
  EXPECT_NE(radar.find("data-city=\"guiyang\""), std::string::npos);
  EXPECT_NE(radar.find("data-city=\"hangzhou\""), std::string::npos);
  EXPECT_EQ(count(html, "<svg class=\"radar\" id=\"radar-"), 4u);  // three top cities and the comparison
}

TEST(Report, CompareNeedsTwoKnownRankedCities) {
  ReportOptions o = quick();
  o.compare = {"贵阳", "atlantis"};
  EXPECT_THROW((void)render_report(embedded_atlas(), o), NotFoundError);
  o.compare = {"贵阳"};
  EXPECT_THROW((void)render_report(embedded_atlas(), o), NotFoundError);
}

TEST(Report, AsOfShowsOnlyWhatWasKnown) {
  ReportOptions o = quick();
  o.as_of = PartialDate::from_string("2018-03");
  std::string early = render_report(embedded_atlas(), o);
  std::string all = render_report(embedded_atlas(), quick());
  EXPECT_NE(early.find("截至: 2018-03"), std::string::npos);
  EXPECT_LT(count(early, "class=\"event policy\""), count(all, "class=\"event policy\""));
  Ranking r = rank(embedded_atlas().as_of(*o.as_of), o.methodology);
  EXPECT_EQ(count(early, "<rect class=\"bar\""), r.cities.size());
}

TEST(Report, EscapesEveryStringFromTheData) {
  std::string json(embedded_atlas_json());
  const std::string evil = "<script>alert(\"x\")</script>&'";
  std::size_t at = json.find("\"name_hans\": \"广州\"");
  ASSERT_NE(at, std::string::npos);
  json.replace(at, std::string("\"name_hans\": \"广州\"").size(),
               "\"name_hans\": \"<script>alert(\\\"x\\\")</script>&'\"");
  Atlas atlas = load_atlas_from_string(json, "evil.json");
  ReportOptions o = quick();
  o.title = evil;
  o.methodology.name = evil;
  o.methodology.pillars[0].rationale = evil;
  o.data_label = evil;
  std::string html = render_report(atlas, o);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("alert(\""), std::string::npos);
  EXPECT_GE(count(html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"), 5u);
}

TEST(Report, TellsProgressOfEverySensitivityRun) {
  ReportOptions o = quick();
  o.sensitivity.runs = 25;
  std::size_t runs = 0, last = 0;
  std::set<std::string> stages;
  o.progress = [&](std::string_view stage, std::size_t done, std::size_t total) {
    stages.insert(std::string(stage));
    if (stage == "sensitivity") {
      ++runs;
      EXPECT_EQ(total, 25u);
      EXPECT_EQ(done, last + 1);
      last = done;
    }
  };
  (void)render_report(embedded_atlas(), o);
  EXPECT_EQ(runs, 25u);
  EXPECT_TRUE(stages.count("ranking") && stages.count("timelines") && stages.count("sources"));
}

TEST(Report, SensitivityWithProgressGivesTheSameIntervals) {
  SensitivityOptions so;
  so.runs = 60;
  so.seed = 9;
  const Methodology m = Methodology::default_index();
  auto a = sensitivity(embedded_atlas(), m, so);
  auto b = sensitivity(embedded_atlas(), m, so, [](std::string_view, std::size_t, std::size_t) {});
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].city, b[i].city);
    EXPECT_EQ(a[i].p05, b[i].p05);
    EXPECT_EQ(a[i].p95, b[i].p95);
  }
}

TEST(Report, SaveIsAtomicAndLeavesTheOldFileOnFailure) {
  auto dir = std::filesystem::temp_directory_path() / "chaincity-report-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto path = dir / "report.html";
  { std::ofstream(path) << "old"; }
  ReportOptions bad = quick();
  bad.compare = {"atlantis", "贵阳"};
  EXPECT_THROW(save_report(embedded_atlas(), bad, path), NotFoundError);
  EXPECT_EQ(read(path), "old");
  save_report(embedded_atlas(), quick(), path);
  EXPECT_EQ(read(path), render_report(embedded_atlas(), quick()));
  EXPECT_THROW(save_report(embedded_atlas(), quick(), dir / "missing" / "report.html"), IoError);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u);  // no temporary file left behind
  std::filesystem::remove_all(dir);
}

}  // namespace
