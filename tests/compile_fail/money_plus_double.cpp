#include <chaincity/core/money.hpp>

int main() {
  auto m = chaincity::Money(5) + 1.5;
  (void)m;
}
