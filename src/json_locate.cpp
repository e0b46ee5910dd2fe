#include "json_locate.hpp"

#include <string>
#include <vector>

namespace chaincity::detail {

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

namespace {

struct Scanner {
  std::string_view s;
  std::size_t i = 0;
  bool ok = true;

  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
  }
  std::string string_token() {  // at '"'; returns the raw key (escapes of / and ~ are not expected in keys)
    std::string out;
    ++i;
    while (i < s.size() && s[i] != '"') {
      if (s[i] == '\\' && i + 1 < s.size()) {
        out.push_back(s[i + 1]);
        i += 2;
        continue;
      }
      out.push_back(s[i++]);
    }
    ++i;
    return out;
  }
  void skip_value() {
    ws();
    if (i >= s.size()) {
      ok = false;
      return;
    }
    char c = s[i];
    if (c == '"') {
      string_token();
    } else if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++i;
      ws();
      if (i < s.size() && s[i] == close) {
        ++i;
        return;
      }
      while (ok && i < s.size()) {
        ws();
        if (c == '{') {
          string_token();
          ws();
          ++i;  // ':'
        }
        skip_value();
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == close) {
          ++i;
          return;
        }
        ok = false;
      }
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n') ++i;
    }
  }
  // Moves to the member `key` of the object or element of the array at i; false if absent.
  bool descend(const std::string& token) {
    ws();
    if (i >= s.size()) return false;
    if (s[i] == '{') {
      ++i;
      while (ok && i < s.size()) {
        ws();
        if (s[i] == '}') return false;
        std::string key = string_token();
        ws();
        ++i;  // ':'
        ws();
        if (key == token) return true;
        skip_value();
        ws();
        if (i < s.size() && s[i] == ',') ++i;
      }
      return false;
    }
    if (s[i] == '[') {
      std::size_t want = 0;
      for (char ch : token) {
        if (ch < '0' || ch > '9') return false;
        want = want * 10 + static_cast<std::size_t>(ch - '0');
      }
      ++i;
      for (std::size_t k = 0; ok && i < s.size(); ++k) {
        ws();
        if (s[i] == ']') return false;
        if (k == want) return true;
        skip_value();
        ws();
        if (i < s.size() && s[i] == ',') ++i;
      }
    }
    return false;
  }
};

}  // namespace

std::pair<std::size_t, std::size_t> locate_pointer(std::string_view json, std::string_view pointer) {
  Scanner sc{json};
  std::vector<std::string> tokens;
  std::size_t pos = 1;
  while (pos <= pointer.size() && !pointer.empty()) {
    std::size_t next = pointer.find('/', pos);
    std::string tok(pointer.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    for (std::size_t k; (k = tok.find("~1")) != std::string::npos;) tok.replace(k, 2, "/");
    for (std::size_t k; (k = tok.find("~0")) != std::string::npos;) tok.replace(k, 2, "~");
    tokens.push_back(tok);
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  sc.ws();
  std::size_t found = sc.i;
  for (const auto& t : tokens) {
    if (!sc.descend(t) || !sc.ok) break;
    sc.ws();
    found = sc.i;
  }
  if (found >= json.size()) return {0, 0};
  return line_column(json, found);
}

}  // namespace chaincity::detail
