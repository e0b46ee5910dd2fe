#include <chaincity/core/money.hpp>

int main() {
  chaincity::Money m(1.5);
  (void)m;
}
