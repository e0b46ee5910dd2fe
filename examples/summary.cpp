// Load the embedded atlas and list what it knows about one city.
#include <chaincity/chaincity.hpp>

#include <iostream>

int main() {
  const chaincity::Atlas& atlas = chaincity::embedded_atlas();
  const chaincity::City& guiyang = atlas.city("guiyang");
  std::cout << guiyang.name_hans << " / " << guiyang.name_hant << " / " << guiyang.pinyin << " (" << guiyang.province
            << ")\n";
  for (const auto& scheme : atlas.schemes()) {
    if (scheme.city != guiyang.id) continue;
    for (const auto& item : scheme.items) {
      if (!item.amount) continue;
      std::cout << "  " << to_string(item.category) << ": " << item.amount->describe() << " [" << to_string(item.form)
                << ", per " << to_string(item.per) << "]\n";
    }
  }
  return 0;
}
