// The chaincity command line: argument parsing and printing only; every number comes from a library call.
#include <chaincity/chaincity.hpp>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>

namespace {

// Exit codes: 0 ok, 1 bad input data, 2 bad usage (CLI11), 3 I/O failure.
constexpr int exit_data = 1;
constexpr int exit_io = 3;

chaincity::Atlas load(const std::string& path) {
  return path.empty() ? chaincity::embedded_atlas() : chaincity::load_atlas(path);
}

void print_summary(const chaincity::AtlasSummary& s) {
  std::cout << "Atlas: " << s.name << "\n"
            << "  sources        " << s.articles << " articles, " << s.inserts << " flash-news inserts\n"
            << "  cities         " << s.cities << "\n"
            << "  policies       " << s.policies << "\n"
            << "  parks          " << s.parks << "\n"
            << "  schemes        " << s.schemes << " (" << s.incentive_items << " incentive items)\n"
            << "  indicators     " << s.indicators << "\n"
            << "  events         " << s.events << "\n"
            << "  applications   " << s.applications << "\n"
            << "  quotes         " << s.quotes << " (" << s.insert_records << " records from inserts only)\n";
  std::cout << "  date span      " << (s.earliest ? s.earliest->to_string() : "-") << " .. "
            << (s.latest ? s.latest->to_string() : "-") << "\n";
  std::cout << "  cities covered " << s.cities_covered.size() << ":";
  for (const auto& c : s.cities_covered) std::cout << ' ' << c;
  std::cout << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"chaincity — which city is winning the race to become China's blockchain capital, and why"};
  app.set_version_flag("--version", std::string(chaincity::version_string));
  app.require_subcommand(1);
  std::string data;
  app.add_option("--data", data, "An atlas JSON file to use instead of the embedded atlas");

  auto* summary = app.add_subcommand("summary", "Counts per record type, cities covered and the date span");
  auto* validate = app.add_subcommand("validate", "Load and validate an atlas file; print every problem");
  std::string validate_path;
  validate->add_option("file", validate_path, "The atlas file")->required();
  auto* cities = app.add_subcommand("cities", "List the cities with their names in every script");
  auto* exporter = app.add_subcommand("export", "Write the atlas as canonical JSON (atomically) or to stdout");
  std::string out_path;
  exporter->add_option("-o,--output", out_path, "The file to write (default: stdout)");

  CLI11_PARSE(app, argc, argv);
  try {
    if (*validate) {
      auto atlas = chaincity::load_atlas(validate_path);
      std::cout << validate_path << ": ok, " << atlas.record_count() << " records\n";
      return 0;
    }
    chaincity::Atlas atlas = load(data);
    if (*summary) {
      print_summary(chaincity::summarize(atlas));
    } else if (*cities) {
      for (const auto& c : atlas.cities()) {
        std::cout << c.id << '\t' << c.name_hans << '\t' << c.name_hant << '\t' << c.pinyin << '\t' << c.name_en << '\t'
                  << c.province << '\t' << chaincity::to_string(c.admin_level) << '\t'
                  << (c.tier ? std::string(chaincity::to_string(*c.tier)) : "-") << '\n';
      }
    } else if (*exporter) {
      if (out_path.empty())
        std::cout << chaincity::to_json(atlas);
      else
        chaincity::save_atlas(atlas, out_path);
    }
  } catch (const chaincity::IoError& e) {
    std::cerr << "chaincity: " << e.what() << '\n';
    return exit_io;
  } catch (const chaincity::Error& e) {
    std::cerr << "chaincity: " << e.what() << '\n';
    return exit_data;
  }
  return 0;
}
