#include <chaincity/core/money.hpp>

int main() {
  auto m = chaincity::Money(5) * 0.5;
  (void)m;
}
