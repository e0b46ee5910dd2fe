// Memory of one load, in its own process: the file's size, the peak resident memory the load added (VmHWM) and what
// stays resident afterwards with the atlas alive (VmRSS, after freed memory is returned to the system).
//   chaincity_load_memory FILE chaincity|nlohmann
// prints one JSON object. bench/run.sh runs it for ChainCity and for nlohmann's DOM of the same file.
#include <malloc.h>

#include <chaincity/chaincity.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

long status_kib(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: chaincity_load_memory FILE chaincity|nlohmann\n");
    return 2;
  }
  const std::string file = argv[1], who = argv[2];
  const auto bytes = std::filesystem::file_size(file);
  malloc_trim(0);
  const long base = status_kib("VmRSS:");
  std::size_t records = 0;
  chaincity::Atlas atlas;
  nlohmann::json dom;
  if (who == "chaincity") {
    atlas = chaincity::load_atlas(file);
    records = atlas.record_count();
  } else {
    std::ifstream in(file, std::ios::binary);
    dom = nlohmann::json::parse(in);
    records = dom.at("policies").size();
  }
  const long peak = status_kib("VmHWM:");
  malloc_trim(0);
  const long after = status_kib("VmRSS:");
  std::printf(
      "{\"who\": \"%s\", \"file_mib\": %.1f, \"peak_mib\": %.1f, \"resident_mib\": %.1f, \"peak_x_file\": %.2f, "
      "\"resident_x_file\": %.2f, \"records\": %zu}\n",
      who.c_str(), static_cast<double>(bytes) / 1048576.0, static_cast<double>(peak - base) / 1024.0,
      static_cast<double>(after - base) / 1024.0,
      static_cast<double>(peak - base) * 1024.0 / static_cast<double>(bytes),
      static_cast<double>(after - base) * 1024.0 / static_cast<double>(bytes), records);
  return 0;
}
