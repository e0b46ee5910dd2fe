// Parsing JSON text into a DOM with hostile-input limits, duplicate-key detection and errors that name the JSON
// pointer of the value being read when the parser stopped.
#include <chaincity/core/error.hpp>

#include <string>
#include <vector>

#include "json_reader.hpp"
#include "utf8.hpp"

namespace chaincity::detail {

namespace {

// Where the parser is: one frame per open array or object.
struct Frame {
  bool array = false;
  std::size_t count = 0;  // arrays: elements completed
  std::string key;        // objects: the key being read
  bool pending = false;   // objects: a key was read and its value is not complete
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

// A SAX handler that builds the DOM (as nlohmann's own DOM parser does: linear time, unlike the callback parser of
// nlohmann 3.11, which rescans a parent array at the end of each of its objects) and checks the limits, duplicate
// keys and where it is, so that an error names the pointer of the value being read.
class Builder {
 public:
  explicit Builder(const ReadLimits& limits) : limits_(limits) {}

  bool null() { return value(nullptr); }
  bool boolean(bool v) { return value(v); }
  bool number_integer(json::number_integer_t v) { return value(v); }
  bool number_unsigned(json::number_unsigned_t v) { return value(v); }
  bool number_float(json::number_float_t v, const std::string& /*text*/) { return value(v); }
  bool string(std::string& v) {
    if (v.size() > limits_.max_string_bytes)
      return stop("expected a string of at most " + std::to_string(limits_.max_string_bytes) +
                  " bytes (ReadLimits::max_string_bytes), got one longer than that");
    return value(std::move(v));
  }
  bool binary(json::binary_t& /*v*/) { return stop("expected JSON text, got binary data"); }
  bool start_object(std::size_t /*elements*/) { return open(json::value_t::object); }
  bool start_array(std::size_t /*elements*/) { return open(json::value_t::array); }
  bool key(std::string& k) {
    if (k.size() > limits_.max_string_bytes)
      return stop("expected a key of at most " + std::to_string(limits_.max_string_bytes) +
                  " bytes (ReadLimits::max_string_bytes), got one longer than that");
    Frame& f = frames_.back();
    f.key = k;
    f.pending = true;
    json& object = *stack_.back();
    if (object.contains(k)) return stop("expected each key once in an object, got \"" + k + "\" twice");
    element_ = &object[k];
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string& /*last_token*/, const json::exception& ex) {
    error_byte_ = position;
    std::string why = to_valid_utf8(reason(ex.what()));  // the message may quote the bad bytes
    if (ex.id == 406)
      why = "expected a finite number, got " + why;
    else if (why.find("expected") == std::string::npos)
      why += "; expected well-formed JSON in UTF-8";
    message_ = "invalid JSON: " + why;
    return false;
  }

  json root;
  [[nodiscard]] const std::string& message() const { return message_; }
  [[nodiscard]] std::size_t error_byte() const { return error_byte_; }
  [[nodiscard]] std::string pointer() const { return pointer_of(frames_); }

 private:
  template <class V>
  json* place(V&& v) {
    if (stack_.empty()) {
      root = json(std::forward<V>(v));
      return &root;
    }
    json& top = *stack_.back();
    if (top.is_array()) {
      top.emplace_back(std::forward<V>(v));
      return &top.back();
    }
    *element_ = json(std::forward<V>(v));
    return element_;
  }
  void completed() {
    if (frames_.empty()) return;
    Frame& f = frames_.back();
    if (f.array)
      ++f.count;
    else
      f.pending = false;
  }
  template <class V>
  bool value(V&& v) {
    place(std::forward<V>(v));
    completed();
    return true;
  }
  bool open(json::value_t type) {
    if (frames_.size() + 1 > limits_.max_depth)
      return stop("expected arrays and objects nested at most " + std::to_string(limits_.max_depth) +
                  " deep (ReadLimits::max_depth), got one nested deeper than that");
    stack_.push_back(place(type));
    frames_.push_back(Frame{type == json::value_t::array, 0, {}, false});
    return true;
  }
  bool close() {
    stack_.pop_back();
    frames_.pop_back();
    completed();
    return true;
  }
  bool stop(std::string message) {
    message_ = std::move(message);
    limit_ = true;
    return false;
  }

  const ReadLimits& limits_;
  std::vector<json*> stack_;
  std::vector<Frame> frames_;
  json* element_ = nullptr;
  std::string message_;
  std::size_t error_byte_ = 0;
  bool limit_ = false;

 public:
  [[nodiscard]] bool limit() const { return limit_; }
};

}  // namespace

json parse_json(std::string_view text, const std::string& file, const ReadLimits& limits) {
  if (text.size() > limits.max_bytes)
    throw ParseError(Location{file, "", 0, 0}, "expected at most " + std::to_string(limits.max_bytes) +
                                                   " bytes (ReadLimits::max_bytes), got " +
                                                   std::to_string(text.size()));
  Builder b(limits);
  if (json::sax_parse(text.begin(), text.end(), &b)) return std::move(b.root);
  std::string at = b.pointer();
  // A limit or duplicate key: the line of the value; a syntax error: the byte where the parser stopped.
  std::pair<std::size_t, std::size_t> lc =
      !b.limit() && b.error_byte() > 0 ? line_column(text, b.error_byte() - 1) : locate_pointer(text, at);
  throw ParseError(Location{file, at.empty() ? "/" : at, lc.first, lc.second}, b.message());
}

}  // namespace chaincity::detail
