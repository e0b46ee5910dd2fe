#include <chaincity/core/money.hpp>

int main() {
  chaincity::Decimal d(0.1);
  (void)d;
}
