#include <chaincity/chaincity.hpp>

#include <iostream>

int main() {
  chaincity::Ranking r = chaincity::rank(chaincity::embedded_atlas(), chaincity::Methodology::default_index());
  std::cout << "chaincity " << chaincity::version_string << ": " << r.cities.size() << " cities ranked\n";
  return r.cities.empty() ? 1 : 0;
}
