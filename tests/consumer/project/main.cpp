// A program that uses the installed ChainCity package, as a user would.
#include <chaincity/chaincity.hpp>

#include <iostream>

int main() {
  const chaincity::Atlas& atlas = chaincity::embedded_atlas();
  auto summary = chaincity::summarize(atlas);
  auto award = chaincity::Money::parse("1000万元");
  if (!award || award->to_string() != "10,000,000 CNY" || summary.cities == 0) return 1;
  std::cout << "consumer ok: ChainCity " << chaincity::version_string << ", " << summary.cities << " cities, "
            << award->to_string() << "\n";
  return 0;
}
