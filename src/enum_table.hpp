// Private: a name table for an enumeration, read both ways (to_string and from_string use the same table).
#pragma once

#include <array>
#include <string_view>
#include <utility>

namespace chaincity::detail {

template <class E, std::size_t N>
using EnumTable = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N>
std::string_view enum_name(const EnumTable<E, N>& t, E e) noexcept {
  for (const auto& [v, n] : t)
    if (v == e) return n;
  return "?";
}

template <class E, std::size_t N>
bool enum_value(const EnumTable<E, N>& t, std::string_view name, E& out) noexcept {
  for (const auto& [v, n] : t) {
    if (n == name) {
      out = v;
      return true;
    }
  }
  return false;
}

}  // namespace chaincity::detail
