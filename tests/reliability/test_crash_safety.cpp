// Crash-safe saves: a process saving an atlas is killed (SIGKILL) at many points; the file on disk is always the
// complete old atlas or the complete new one. And I/O faults (a file-size limit standing in for a full disk) leave
// the old file and no temporary file behind.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chaincity/chaincity.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace {

namespace fs = std::filesystem;
using namespace chaincity;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path fresh_dir(const char* name) {
  fs::path d = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::size_t temporaries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".tmp") ++n;
  return n;
}

TEST(CrashSafety, SigkillDuringSaveLeavesTheOldOrTheNewAtlas) {
  const Atlas& old_atlas = embedded_atlas();
  const Atlas new_atlas = old_atlas.as_of(PartialDate::from_string("2018"));
  const std::string old_text = to_json(old_atlas), new_text = to_json(new_atlas);
  ASSERT_NE(old_text, new_text);
  fs::path dir = fresh_dir("chaincity-crash");
  fs::path path = dir / "atlas.json";
  // How long one save takes here, to spread the kills over it.
  auto t0 = std::chrono::steady_clock::now();
  save_atlas(old_atlas, path);
  auto save_us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
  std::mt19937 rng(42);
  std::uniform_int_distribution<long> delay(0, std::max<long>(2 * save_us, 200));
  int saw_old = 0, saw_new = 0;
  const int rounds = 150;
  for (int round = 0; round < rounds; ++round) {
    const bool forward = round % 2 == 0;  // alternate which atlas is on disk before the save
    save_atlas(forward ? old_atlas : new_atlas, path);
    const std::string& before = forward ? old_text : new_text;
    const std::string& after = forward ? new_text : old_text;
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      try {
        save_atlas(forward ? new_atlas : old_atlas, path);
      } catch (...) {
        ::_exit(2);
      }
      ::_exit(0);
    }
    ::usleep(static_cast<useconds_t>(delay(rng)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    std::string on_disk = read(path);
    if (on_disk == before)
      ++saw_old;
    else if (on_disk == after)
      ++saw_new;
    else
      FAIL() << "round " << round << ": the file is neither atlas (" << on_disk.size() << " bytes)";
    EXPECT_NO_THROW((void)load_atlas(path)) << "round " << round;
    // A killed save may leave its temporary file; it never touches the named file.
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path() != path) fs::remove(e.path());
  }
  // The kills landed both before and after the rename: both outcomes were seen.
  EXPECT_GT(saw_old, 0);
  EXPECT_GT(saw_new, 0);
  std::printf("SIGKILL rounds: %d, old atlas kept %d, new atlas complete %d (one save takes %ld us)\n", rounds, saw_old,
              saw_new, static_cast<long>(save_us));
  fs::remove_all(dir);
}

TEST(CrashSafety, AFailedWriteLeavesTheOldFileAndNoTemporary) {
  fs::path dir = fresh_dir("chaincity-fault");
  fs::path path = dir / "atlas.json";
  const Atlas small = embedded_atlas().as_of(PartialDate::from_string("2016"));
  save_atlas(small, path);
  const std::string before = read(path);
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // A file-size limit below the new atlas: write() fails with EFBIG, as on a full disk.
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit lim{static_cast<rlim_t>(before.size() + 1000), static_cast<rlim_t>(before.size() + 1000)};
    ::setrlimit(RLIMIT_FSIZE, &lim);
    try {
      save_atlas(embedded_atlas(), path);
    } catch (const IoError& e) {
      ::_exit(std::string(e.what()).find("atlas.json") != std::string::npos ? 0 : 3);
    } catch (...) {
      ::_exit(4);
    }
    ::_exit(5);  // the save should have failed
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "3: message without the file, 4: wrong exception, 5: no failure";
  EXPECT_EQ(read(path), before);
  EXPECT_EQ(temporaries(dir), 0u);
  fs::remove_all(dir);
}

TEST(CrashSafety, AFailedReportLeavesTheOldFile) {
  fs::path dir = fresh_dir("chaincity-report-fault");
  fs::path path = dir / "report.html";
  { std::ofstream(path) << "old report"; }
  ReportOptions o;
  o.sensitivity.runs = 10;
  o.compare = {"no such city", "贵阳"};
  EXPECT_THROW(save_report(embedded_atlas(), o, path), NotFoundError);
  EXPECT_EQ(read(path), "old report");
  EXPECT_EQ(temporaries(dir), 0u);
  fs::remove_all(dir);
}

}  // namespace
