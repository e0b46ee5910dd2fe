#include <chaincity/core/money.hpp>

int main() {
  auto m = chaincity::Money(5) * 2 + chaincity::Money(1);
  (void)m;
}
