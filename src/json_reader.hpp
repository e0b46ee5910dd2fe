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

// How the readers see a JSON value: the nlohmann DOM (errors name the JSON pointer of the value) …
struct NlohmannBackend {
  using Value = json;
  using Path = std::string;
  using Fields = const json*;
  static bool is_object(const json& v) { return v.is_object(); }
  static bool is_array(const json& v) { return v.is_array(); }
  static bool is_string(const json& v) { return v.is_string(); }
  static bool is_boolean(const json& v) { return v.is_boolean(); }
  static bool is_null(const json& v) { return v.is_null(); }
  static bool is_integer(const json& v) { return v.is_number_integer(); }
  static long long integer(const json& v) { return v.get<long long>(); }
  static std::string_view string(const json& v) { return v.get_ref<const std::string&>(); }
  static bool boolean(const json& v) { return v.get<bool>(); }
  static std::string shown(const json& v) { return detail::shown(v); }
  static const char* type_name(const json& v) { return detail::type_name(v); }
  static void fields(const json& v, Fields& f) { f = &v; }
  template <class F>
  static void each_key(Fields f, F&& fn) {
    for (const auto& [k, v] : f->items()) fn(std::string_view(k));
  }
  static const json* find(Fields f, std::string_view key) {
    auto it = f->find(std::string(key));
    return it == f->end() ? nullptr : &*it;
  }
  template <class F>
  static void each_element(const json& v, F&& fn) {
    for (std::size_t i = 0; i < v.size(); ++i) fn(v[i], i);
  }
  static Path child(const Path& at, std::string_view key) { return at + "/" + escape_token(key); }
  static Path index(const Path& at, std::size_t i) { return at + "/" + std::to_string(i); }
  static constexpr bool parallel = false;
};

// A strict reader of one JSON object: knows its pointer and rejects keys it was not asked about. B is the backend
// (NlohmannBackend, or the bulk loader's simdjson backend, which keeps no pointers and gives up on any error so that
// the nlohmann reader can report it).
template <class B>
class BasicObj {
 public:
  using Value = typename B::Value;
  using Path = typename B::Path;
  BasicObj(const Value& j, Path at) : at_(std::move(at)) {
    if (!B::is_object(j)) fail(at_, std::string("expected an object, got ") + B::type_name(j));
    B::fields(j, fields_);
  }
  void allow(std::initializer_list<std::string_view> keys) const {
    B::each_key(fields_, [&](std::string_view k) {
      bool known = false;
      for (auto a : keys) known = known || a == k;
      if (!known) {
        std::string list;
        for (auto a : keys) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(at(k), "unknown key \"" + std::string(k) + "\"; expected one of: " + list);
      }
    });
  }
  [[nodiscard]] Path at(std::string_view key) const { return B::child(at_, key); }
  [[nodiscard]] const Value* get(std::string_view key) const {
    const Value* v = B::find(fields_, key);
    if (!v || B::is_null(*v)) return nullptr;
    return v;
  }
  [[nodiscard]] const Value& need(std::string_view key, const char* what) const {
    const Value* v = get(key);
    if (!v) fail(at(key), std::string("expected ") + what + ", but it is missing");
    return *v;
  }
  [[nodiscard]] std::string str(std::string_view key) const {
    const Value& v = need(key, "a string");
    if (!B::is_string(v)) fail(at(key), std::string("expected a string, got ") + B::type_name(v));
    return std::string(B::string(v));
  }
  [[nodiscard]] std::optional<std::string> opt_str(std::string_view key) const {
    const Value* v = get(key);
    if (!v) return std::nullopt;
    if (!B::is_string(*v)) fail(at(key), std::string("expected a string, got ") + B::type_name(*v));
    return std::string(B::string(*v));
  }
  [[nodiscard]] std::string str_or_empty(std::string_view key) const { return opt_str(key).value_or(""); }
  [[nodiscard]] std::optional<bool> opt_bool(std::string_view key) const {
    const Value* v = get(key);
    if (!v) return std::nullopt;
    if (!B::is_boolean(*v)) fail(at(key), std::string("expected true, false or null, got ") + B::type_name(*v));
    return B::boolean(*v);
  }
  template <class E>
  E enumeration(std::string_view key, const char* example, std::optional<E> fallback = std::nullopt) const {
    const Value* v = get(key);
    if (!v) {
      if (fallback) return *fallback;
      fail(at(key), std::string("expected a name like \"") + example + "\", but it is missing");
    }
    E out{};
    if (!B::is_string(*v) || !from_string(B::string(*v), out))
      fail(at(key),
           std::string("expected a name like \"") + example + "\" (see docs/atlas-format.md), got " + B::shown(*v));
    return out;
  }
  template <class E>
  std::optional<E> opt_enumeration(std::string_view key, const char* example) const {
    if (!get(key)) return std::nullopt;
    return enumeration<E>(key, example);
  }
  template <class F>
  void each(std::string_view key, F&& f) const {
    const Value* v = get(key);
    if (!v) return;
    if (!B::is_array(*v)) fail(at(key), std::string("expected an array, got ") + B::type_name(*v));
    Path base = at(key);
    B::each_element(*v, [&](const Value& e, std::size_t i) { f(e, B::index(base, i)); });
  }
  [[nodiscard]] std::vector<std::string> strings(std::string_view key) const {
    std::vector<std::string> out;
    each(key, [&](const Value& v, const Path& p) {
      if (!B::is_string(v)) fail(p, std::string("expected a string, got ") + B::type_name(v));
      out.emplace_back(B::string(v));
    });
    return out;
  }

 private:
  typename B::Fields fields_{};
  Path at_;
};

using Obj = BasicObj<NlohmannBackend>;

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

/// Reads a whole file; throws IoError when it cannot, ParseError when it is larger than `max_bytes`. The string's
/// capacity leaves at least `padding` bytes after the text (for parsers that read past the end).
std::string read_text_file(const std::string& path, std::uint64_t max_bytes = ReadLimits{}.max_bytes,
                           std::size_t padding = 0);
/// Writes a file atomically: a temporary file in the same directory, fsync, rename over `path`, fsync of the
/// directory. Throws IoError naming the file and the reason; on failure the old file stays.
void write_file_atomically(const std::filesystem::path& path, std::string_view text);

}  // namespace chaincity::detail
