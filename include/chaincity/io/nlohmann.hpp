/// @file
/// @brief Optional adapter for programs that use nlohmann/json: `to_json`/`from_json` for ChainCity's values, records
/// and atlases, found by ADL, so `nlohmann::json j = money;` and `j.get<chaincity::City>()` work.
///
/// This header includes `<nlohmann/json.hpp>` (the user's copy) and is header-only: no nlohmann type crosses the
/// library's ABI. Records use the atlas format (docs/atlas-format.md).
///
/// Example:
/// @code
/// #include <chaincity/io/nlohmann.hpp>
/// nlohmann::json j = *chaincity::Quantity::parse("最高500万元");
/// // {"value":"5000000","unit":"CNY","qualifier":"up_to","text":"最高500万元"}
/// auto city = nlohmann::json::parse(text).get<chaincity::City>();
/// @endcode
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/core/date.hpp>
#include <chaincity/core/decimal.hpp>
#include <chaincity/core/error.hpp>
#include <chaincity/core/money.hpp>
#include <chaincity/core/quantity.hpp>
#include <chaincity/io/json.hpp>
#include <chaincity/model/enums.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>

namespace chaincity {
inline namespace v1 {

namespace detail {
/// @brief The records that have a JSON form in the atlas format.
template <class T>
inline constexpr bool is_record_v =
    std::is_same_v<T, Source> || std::is_same_v<T, City> || std::is_same_v<T, PolicyDocument> ||
    std::is_same_v<T, IndustrialPark> || std::is_same_v<T, IncentiveScheme> || std::is_same_v<T, Indicator> ||
    std::is_same_v<T, Event> || std::is_same_v<T, Application>;

/// @brief Throws a ParseError for a value of the wrong shape. @param what what was expected
[[noreturn]] inline void adapter_error(const std::string& what) { throw ParseError({}, what); }
}  // namespace detail

/// @brief A decimal as its canonical string. @param j the JSON @param d the value
template <class BasicJson>
void to_json(BasicJson& j, const Decimal& d) {
  j = d.to_string();
}
/// @brief A decimal from a string. @param j the JSON @param d the value @throws ParseError
template <class BasicJson>
void from_json(const BasicJson& j, Decimal& d) {
  auto p = j.is_string() ? Decimal::parse(j.template get<std::string>()) : std::nullopt;
  if (!p) detail::adapter_error("expected a decimal string like \"44.52\", got " + j.dump());
  d = *p;
}

/// @brief Money as `{"amount": "5000000", "currency": "CNY"}`. @param j the JSON @param m the value
template <class BasicJson>
void to_json(BasicJson& j, const Money& m) {
  j = BasicJson{{"amount", m.amount().to_string()}, {"currency", std::string(to_string(m.currency()))}};
}
/// @brief Money from `{"amount", "currency"}`. @param j the JSON @param m the value @throws ParseError
template <class BasicJson>
void from_json(const BasicJson& j, Money& m) {
  if (!j.is_object() || !j.contains("amount"))
    detail::adapter_error("expected {\"amount\", \"currency\"}, got " + j.dump());
  Decimal amount;
  from_json(j.at("amount"), amount);
  Currency c = Currency::cny;
  if (j.contains("currency") && !from_string(j.at("currency").template get<std::string>(), c))
    detail::adapter_error("expected a currency CNY or USD, got " + j.at("currency").dump());
  m = Money(amount, c);
}

/// @brief A partial date as `2017-06`. @param j the JSON @param d the value
template <class BasicJson>
void to_json(BasicJson& j, const PartialDate& d) {
  j = d.to_string();
}
/// @brief A partial date from text. @param j the JSON @param d the value @throws ParseError
template <class BasicJson>
void from_json(const BasicJson& j, PartialDate& d) {
  if (!j.is_string()) detail::adapter_error("expected a date like 2017-06, got " + j.dump());
  d = PartialDate::from_string(j.template get<std::string>());
}

/// @brief A quantity in the atlas format. @param j the JSON @param q the value
template <class BasicJson>
void to_json(BasicJson& j, const Quantity& q) {
  j = BasicJson{{"value", q.value.to_string()}};
  if (q.upper) j["upper"] = q.upper->to_string();
  j["unit"] = std::string(to_string(q.unit));
  j["qualifier"] = std::string(to_string(q.qualifier));
  if (!q.text.empty()) j["text"] = q.text;
}
/// @brief A quantity from the atlas format. @param j the JSON @param q the value @throws ParseError
template <class BasicJson>
void from_json(const BasicJson& j, Quantity& q) {
  if (!j.is_object() || !j.contains("value")) detail::adapter_error("expected a quantity object, got " + j.dump());
  Quantity out;
  from_json(j.at("value"), out.value);
  if (j.contains("upper")) {
    Decimal u;
    from_json(j.at("upper"), u);
    out.upper = u;
  }
  if (j.contains("unit") && !from_string(j.at("unit").template get<std::string>(), out.unit))
    detail::adapter_error("expected a unit like CNY, got " + j.at("unit").dump());
  if (j.contains("qualifier") && !from_string(j.at("qualifier").template get<std::string>(), out.qualifier))
    detail::adapter_error("expected a qualifier like up_to, got " + j.at("qualifier").dump());
  if (j.contains("text")) out.text = j.at("text").template get<std::string>();
  q = std::move(out);
}

/// @brief A record in the atlas format. @param j the JSON @param r the record
template <class BasicJson, class R, std::enable_if_t<detail::is_record_v<R>, int> = 0>
void to_json(BasicJson& j, const R& r) {
  j = BasicJson::parse(record_to_json(r));
}
/// @brief A record from the atlas format. @param j the JSON @param r the record @throws ParseError
template <class BasicJson, class R, std::enable_if_t<detail::is_record_v<R>, int> = 0>
void from_json(const BasicJson& j, R& r) {
  record_from_json(j.dump(), r);
}

/// @brief A whole atlas. @param j the JSON @param a the atlas
template <class BasicJson>
void to_json(BasicJson& j, const Atlas& a) {
  j = BasicJson::parse(to_json(a));
}
/// @brief A whole atlas, validated. @param j the JSON @param a the atlas @throws ParseError, ValidationError
template <class BasicJson>
void from_json(const BasicJson& j, Atlas& a) {
  a = load_atlas_from_string(j.dump());
}

}  // namespace v1
}  // namespace chaincity
