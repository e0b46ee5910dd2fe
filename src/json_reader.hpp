// Private: strict reading of JSON objects with errors that name the JSON pointer (shared by the atlas, methodology
// and profile readers). Not installed.
#pragma once

#include <chaincity/core/error.hpp>
#include <chaincity/io/limits.hpp>
#include <chaincity/model/enums.hpp>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json_locate.hpp"

namespace chaincity::detail {

using json = nlohmann::json;

// A content error at a pointer; turned into a ParseError with file and line by the caller.
struct PathError {
  std::string pointer;
  std::string message;
};

[[noreturn]] inline void fail(const std::string& at, const std::string& message) { throw PathError{at, message}; }

inline std::string shown(const json& v) {
  std::string s = v.dump();
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

inline const char* type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "an array";
    case json::value_t::string:
      return "a string";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_float:
      return "a floating-point number";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "a number";
    default:
      return "an unsupported value";
  }
}

inline std::string escape_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out.push_back(c);
  }
  return out;
}

// A view of one JSON object during reading: knows its pointer and rejects keys it was not asked about.
class Obj {
 public:
  Obj(const json& j, std::string at) : j_(j), at_(std::move(at)) {
    if (!j.is_object()) fail(at_, std::string("expected an object, got ") + type_name(j));
  }
  void allow(std::initializer_list<std::string_view> keys) const {
    for (const auto& [k, v] : j_.items()) {
      bool known = false;
      for (auto a : keys) known = known || a == k;
      if (!known) {
        std::string list;
        for (auto a : keys) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(at(k), "unknown key \"" + k + "\"; expected one of: " + list);
      }
    }
  }
  [[nodiscard]] std::string at(std::string_view key) const { return at_ + "/" + escape_token(key); }
  [[nodiscard]] const json* get(std::string_view key) const {
    auto it = j_.find(std::string(key));
    if (it == j_.end() || it->is_null()) return nullptr;
    return &*it;
  }
  [[nodiscard]] const json& need(std::string_view key, const char* what) const {
    const json* v = get(key);
    if (!v) fail(at(key), std::string("expected ") + what + ", but it is missing");
    return *v;
  }
  [[nodiscard]] std::string str(std::string_view key) const {
    const json& v = need(key, "a string");
    if (!v.is_string()) fail(at(key), std::string("expected a string, got ") + type_name(v));
    return v.get<std::string>();
  }
  [[nodiscard]] std::optional<std::string> opt_str(std::string_view key) const {
    const json* v = get(key);
    if (!v) return std::nullopt;
    if (!v->is_string()) fail(at(key), std::string("expected a string, got ") + type_name(*v));
    return v->get<std::string>();
  }
  [[nodiscard]] std::string str_or_empty(std::string_view key) const { return opt_str(key).value_or(""); }
  [[nodiscard]] std::optional<bool> opt_bool(std::string_view key) const {
    const json* v = get(key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) fail(at(key), std::string("expected true, false or null, got ") + type_name(*v));
    return v->get<bool>();
  }
  template <class E>
  E enumeration(std::string_view key, const char* example, std::optional<E> fallback = std::nullopt) const {
    const json* v = get(key);
    if (!v) {
      if (fallback) return *fallback;
      fail(at(key), std::string("expected a name like \"") + example + "\", but it is missing");
    }
    E out{};
    if (!v->is_string() || !from_string(v->get<std::string>(), out))
      fail(at(key),
           std::string("expected a name like \"") + example + "\" (see docs/atlas-format.md), got " + shown(*v));
    return out;
  }
  template <class E>
  std::optional<E> opt_enumeration(std::string_view key, const char* example) const {
    if (!get(key)) return std::nullopt;
    return enumeration<E>(key, example);
  }
  template <class F>
  void each(std::string_view key, F&& f) const {
    const json* v = get(key);
    if (!v) return;
    if (!v->is_array()) fail(at(key), std::string("expected an array, got ") + type_name(*v));
    for (std::size_t i = 0; i < v->size(); ++i) f((*v)[i], at(key) + "/" + std::to_string(i));
  }
  [[nodiscard]] std::vector<std::string> strings(std::string_view key) const {
    std::vector<std::string> out;
    each(key, [&](const json& v, const std::string& p) {
      if (!v.is_string()) fail(p, std::string("expected a string, got ") + type_name(v));
      out.push_back(v.get<std::string>());
    });
    return out;
  }

 private:
  const json& j_;
  std::string at_;
};

/// Parses JSON text with hostile-input limits, rejecting duplicate keys; a syntax error, number overflow, limit or
/// duplicate key becomes a ParseError with file, line, column and the pointer of the value being read.
json parse_json(std::string_view text, const std::string& file, const ReadLimits& limits);

/// Parses JSON text and runs `read` on the root; a syntax error or a PathError becomes a ParseError with file, line,
/// column and pointer.
template <class F>
auto parse_located(std::string_view text, const std::string& file, F&& read, const ReadLimits& limits = {}) {
  json root = parse_json(text, file, limits);
  try {
    return read(root);
  } catch (const PathError& e) {
    auto [line, col] = locate_pointer(text, e.pointer);
    throw ParseError(Location{file, e.pointer.empty() ? "/" : e.pointer, line, col}, e.message);
  } catch (const ValidationError& e) {
    std::vector<Problem> located = e.problems();
    for (auto& p : located) {
      p.where.file = file;
      std::tie(p.where.line, p.where.column) = locate_pointer(text, p.where.json_pointer);
    }
    throw ValidationError(std::move(located));
  }
}

/// Reads a whole file; throws IoError when it cannot, ParseError when it is larger than `max_bytes`.
std::string read_text_file(const std::string& path, std::uint64_t max_bytes = ReadLimits{}.max_bytes);
/// Writes a file atomically: a temporary file in the same directory, fsync, rename over `path`, fsync of the
/// directory. Throws IoError naming the file and the reason; on failure the old file stays.
void write_file_atomically(const std::filesystem::path& path, std::string_view text);

}  // namespace chaincity::detail
