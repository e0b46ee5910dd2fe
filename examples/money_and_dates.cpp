// Exact money, stated quantities and partial dates, as the articles write them.
#include <chaincity/chaincity.hpp>

#include <iostream>

int main() {
  using namespace chaincity;
  // 125.2亿元 is exactly 12,520,000,000 yuan; sums stay exact.
  Money revenue = *Money::parse("125.2亿元");
  std::cout << revenue.to_string() << " = " << revenue.to_chinese_string() << '\n';
  Money talents = *Money::parse("100万元") * 2 + *Money::parse("50万元");
  std::cout << "two top talents and one other: " << talents.to_chinese_string() << '\n';

  // The articles rarely state a bare number: the qualifier travels with it.
  for (const char* text : {"最高500万元", "10家以上", "2-3家", "约1346亿元", "44.52%"}) {
    Quantity q = *Quantity::parse(text);
    std::cout << text << " -> " << q.describe() << " [" << to_string(q.qualifier) << "]\n";
  }

  // Dates keep the precision the source gave.
  PartialDate june = *PartialDate::parse("2017年6月");
  PartialDate day = *PartialDate::parse("2017-06-30");
  std::cout << june.to_string() << " (" << to_string(june.precision()) << ") contains " << day.to_string() << ": "
            << std::boolalpha << june.contains(day) << '\n';
  std::cout << "7 months after 2017-05: " << PartialDate::parse("2017-05")->plus_months(7).to_string() << '\n';
  DateRange since_march{PartialDate::parse("2020-03"), std::nullopt};
  std::cout << "2020 since March 2020: " << to_string(since_march.classify(*PartialDate::parse("2020"))) << '\n';
  return 0;
}
