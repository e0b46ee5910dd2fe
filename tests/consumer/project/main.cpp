// A program that uses the installed ChainCity package, as a user would: load the embedded atlas and rank it.
#include <chaincity/chaincity.hpp>

#include <iostream>

int main() {
  const chaincity::Atlas& atlas = chaincity::embedded_atlas();
  chaincity::Ranking ranking = chaincity::rank(atlas, chaincity::Methodology::default_index());
  auto award = chaincity::Money::parse("1000万元");
  if (!award || award->to_string() != "10,000,000 CNY" || ranking.cities.empty()) return 1;
  const chaincity::City& first = atlas.city(ranking.cities.front().city);
  std::cout << "consumer ok: ChainCity " << chaincity::version_string << ", " << ranking.cities.size()
            << " cities ranked, first " << first.name_en << "\n";
  return 0;
}
