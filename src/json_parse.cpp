// Parsing JSON text into a DOM with hostile-input limits, duplicate-key detection and errors that name the JSON
// pointer of the value being read when the parser stopped.
#include <chaincity/core/error.hpp>

#include <set>
#include <string>
#include <vector>

#include "json_reader.hpp"
#include "utf8.hpp"

namespace chaincity::detail {

namespace {

// A limit crossed or a duplicate key, raised from the parser callback.
struct Stop {
  std::string message;
};

// Where the parser is: one frame per open array or object.
struct Frame {
  bool array = false;
  std::size_t count = 0;       // arrays: elements completed
  std::string key;             // objects: the key being read
  bool pending = false;        // objects: a key was read and its value is not complete
  std::set<std::string> keys;  // objects: keys seen
};

std::string pointer_of(const std::vector<Frame>& frames) {
  std::string p;
  for (const auto& f : frames) {
    if (f.array)
      p += "/" + std::to_string(f.count);
    else if (f.pending)
      p += "/" + escape_token(f.key);
    else
      break;
  }
  return p;
}

// nlohmann's message without its "[json.exception...] parse error at line L, column C: " prefix.
std::string reason(const std::string& what) {
  for (const char* marker : {"syntax error", "number overflow", "invalid string", "invalid literal"}) {
    auto pos = what.find(marker);
    if (pos != std::string::npos) return what.substr(pos);
  }
  auto pos = what.find("] ");
  return pos == std::string::npos ? what : what.substr(pos + 2);
}

}  // namespace

json parse_json(std::string_view text, const std::string& file, const ReadLimits& limits) {
  if (text.size() > limits.max_bytes)
    throw ParseError(Location{file, "", 0, 0}, "expected at most " + std::to_string(limits.max_bytes) +
                                                   " bytes (ReadLimits::max_bytes), got " +
                                                   std::to_string(text.size()));
  std::vector<Frame> frames;
  auto complete_value = [&frames] {
    if (frames.empty()) return;
    Frame& f = frames.back();
    if (f.array)
      ++f.count;
    else
      f.pending = false;
  };
  json::parser_callback_t cb = [&](int /*depth*/, json::parse_event_t event, json& parsed) -> bool {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start:
        if (frames.size() + 1 > limits.max_depth)
          throw Stop{"expected arrays and objects nested at most " + std::to_string(limits.max_depth) +
                     " deep (ReadLimits::max_depth), got one nested deeper than that"};
        frames.push_back(Frame{event == json::parse_event_t::array_start, 0, {}, false, {}});
        break;
      case json::parse_event_t::key: {
        Frame& f = frames.back();
        const std::string& k = parsed.get_ref<const std::string&>();
        if (k.size() > limits.max_string_bytes)
          throw Stop{"expected a key of at most " + std::to_string(limits.max_string_bytes) +
                     " bytes (ReadLimits::max_string_bytes), got one longer than that"};
        f.key = k;
        f.pending = true;
        if (!f.keys.insert(k).second) throw Stop{"expected each key once in an object, got \"" + k + "\" twice"};
        break;
      }
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        frames.pop_back();
        complete_value();
        break;
      case json::parse_event_t::value:
        if (parsed.is_string() && parsed.get_ref<const std::string&>().size() > limits.max_string_bytes)
          throw Stop{"expected a string of at most " + std::to_string(limits.max_string_bytes) +
                     " bytes (ReadLimits::max_string_bytes), got one longer than that"};
        complete_value();
        break;
    }
    return true;
  };
  try {
    return json::parse(text.begin(), text.end(), cb);
  } catch (const Stop& s) {
    std::string at = pointer_of(frames);
    auto [line, col] = locate_pointer(text, at);
    throw ParseError(Location{file, at.empty() ? "/" : at, line, col}, s.message);
  } catch (const json::exception& e) {
    // Syntax errors and number overflow: the byte where the parser stopped, and the value it was reading.
    std::size_t byte = 0;
    if (const auto* pe = dynamic_cast<const json::parse_error*>(&e)) byte = pe->byte > 0 ? pe->byte - 1 : 0;
    std::string at = pointer_of(frames);
    std::pair<std::size_t, std::size_t> lc = byte > 0 ? line_column(text, byte) : locate_pointer(text, at);
    std::string why = to_valid_utf8(reason(e.what()));  // the message may quote the bad bytes
    if (e.id == 406)
      why = "expected a finite number, got " + why;
    else if (why.find("expected") == std::string::npos)
      why += "; expected well-formed JSON in UTF-8";
    throw ParseError(Location{file, at.empty() ? "/" : at, lc.first, lc.second}, "invalid JSON: " + why);
  }
}

}  // namespace chaincity::detail
