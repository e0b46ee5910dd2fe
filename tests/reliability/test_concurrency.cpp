// Concurrent use: many threads query, rank, run sensitivity and render on one shared atlas while others load new
// atlases (good and bad) and publish them. Every result equals the single-threaded one. Run under ThreadSanitizer
// by scripts/reliability.sh.
#include <gtest/gtest.h>

#include <atomic>
#include <chaincity/chaincity.hpp>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace chaincity;

struct Answers {
  std::vector<std::pair<std::string, double>> ranking;
  std::vector<std::pair<std::string, double>> p95;
  std::size_t guangzhou_policies = 0;
  std::vector<std::string> search_ids;
  std::string resolved;
  std::size_t timeline = 0;
  std::string record;
  bool operator==(const Answers&) const = default;
};

Answers ask(const Atlas& atlas, bool with_sensitivity) {
  Answers a;
  Methodology m = Methodology::default_index();
  for (const auto& c : rank(atlas, m).cities) a.ranking.emplace_back(c.city, c.score);
  if (with_sensitivity) {
    SensitivityOptions so;
    so.runs = 30;
    so.seed = 11;
    for (const auto& i : sensitivity(atlas, m, so)) a.p95.emplace_back(i.city, i.p95);
  }
  PolicyQuery q;
  q.city = "guangzhou";
  a.guangzhou_policies = find_policies(atlas, q).size();
  for (const auto& h : search(atlas, "區塊鏈 白皮書", {}, 10)) a.search_ids.push_back(h.ref.id);
  Resolution r = resolve_name(atlas, "貴陽");
  a.resolved = r.match ? r.match->city : "";
  a.timeline = timeline(atlas).size();
  a.record = to_json(atlas, RecordRef{RecordKind::city, "guiyang"});
  return a;
}

TEST(Concurrency, ReadersAndLoadersShareAtlasesSafely) {
  const std::string text(embedded_atlas_json());
  const Answers expected = ask(embedded_atlas(), true);
  const Answers expected_quick = ask(embedded_atlas(), false);
  ASSERT_FALSE(expected.ranking.empty());
  ASSERT_FALSE(expected.search_ids.empty());

  std::mutex mu;
  std::shared_ptr<const Atlas> current = std::make_shared<const Atlas>(embedded_atlas());
  auto snapshot = [&] {
    std::lock_guard<std::mutex> lock(mu);
    return current;
  };
  std::atomic<int> mismatches{0}, loads{0}, rejected{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 4; ++i) {
        std::shared_ptr<const Atlas> a = snapshot();
        Atlas copy = *a;  // copies share one store
        const bool with_sensitivity = (i + t) % 2 == 0;
        if (!(ask(copy, with_sensitivity) == (with_sensitivity ? expected : expected_quick))) ++mismatches;
        if (t == 0 && i == 0) {
          ReportOptions o;
          o.sensitivity.runs = 10;
          if (render_report(copy, o).find("<rect class=\"bar\"") == std::string::npos) ++mismatches;
        }
      }
    });
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 3; ++i) {
        Atlas fresh = load_atlas_from_string(text, "embedded.json");
        {
          std::lock_guard<std::mutex> lock(mu);
          current = std::make_shared<const Atlas>(fresh);
        }
        ++loads;
        // A bad load throws and publishes nothing.
        try {
          Atlas bad = load_atlas_from_string(text.substr(0, text.size() / 2), "truncated.json");
          std::lock_guard<std::mutex> lock(mu);
          current = std::make_shared<const Atlas>(bad);
        } catch (const ParseError&) {
          ++rejected;
        }
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_EQ(loads.load(), 6);
  EXPECT_EQ(rejected.load(), 6);
  EXPECT_TRUE(ask(*snapshot(), true) == expected);
}

TEST(Concurrency, TheEmbeddedAtlasIsBuiltOnceForManyThreads) {
  std::vector<const Atlas*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) threads.emplace_back([&, t] { seen[t] = &embedded_atlas(); });
  for (auto& th : threads) th.join();
  for (const Atlas* a : seen) EXPECT_EQ(a, seen.front());
}

TEST(Concurrency, NameIndexIsSharedAcrossThreads) {
  NameIndex index(embedded_atlas());
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (const char* name : {"贵阳", "貴陽", "guiyang", "杭州", "Hángzhōu", "深圳"})
        for (int i = 0; i < 20; ++i)
          if (!index.resolve(name)) ++wrong;
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
