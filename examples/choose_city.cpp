// "If you had to choose a blockchain city, which would you choose?" — the incentive calculator for one company.
#include <chaincity/chaincity.hpp>

#include <iostream>

int main() {
  using namespace chaincity;
  CompanyProfile company;
  company.name = "an R&D start-up with a national platform, two products and a main-board listing";
  company.plans = {
      PlannedItem{IncentiveCategory::rnd_platform, IncentiveTier::national, {}, {}, 1},
      PlannedItem{IncentiveCategory::product, std::nullopt, {}, {}, 2},
      PlannedItem{IncentiveCategory::listing, IncentiveTier::main_board, {}, {}, 1},
      PlannedItem{IncentiveCategory::startup_loan, std::nullopt, {}, {}, 1},
      PlannedItem{IncentiveCategory::housing, std::nullopt, {}, {}, 1},
  };
  const Atlas& atlas = embedded_atlas();
  for (const Offer& offer : offers(atlas, company)) {
    if (offer.lines.empty()) continue;
    std::cout << offer.rank << ". " << atlas.city(offer.city).name_hans << ": grants "
              << (offer.grants_are_caps ? "up to " : "") << offer.grants.to_chinese_string() << ", loans and funds "
              << (offer.loans_are_caps ? "up to " : "") << offer.loans.to_chinese_string() << '\n';
    for (const OfferLine& line : offer.lines)
      std::cout << "   " << to_string(line.item->category) << " × " << line.count << ": "
                << (line.is_cap ? "up to " : "") << line.amount->to_string() << '\n';
    for (const std::string& note : offer.notes) std::cout << "   note: " << note << '\n';
  }
  return 0;
}
