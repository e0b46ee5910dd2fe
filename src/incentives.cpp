// The incentive calculator: matching a company profile against every city's schemes, exactly.
#include <chaincity/core/error.hpp>
#include <chaincity/incentives.hpp>
#include <chaincity/model/enums.hpp>
#include <chaincity/text.hpp>

#include <algorithm>
#include <map>

#include "json_reader.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

bool matches(const PlannedItem& plan, const Incentive& item) {
  if (!plan.item.empty()) return plan.item == item.id;
  if (plan.category != item.category) return false;
  if (item.tier && (!plan.tier || *plan.tier != *item.tier)) return false;
  if (!plan.keyword.empty()) {
    std::string hay = normalize(item.description.value_or(""));
    if (hay.find(normalize(plan.keyword)) == std::string::npos) return false;
  }
  return true;
}

std::string describe_plan(const PlannedItem& p) {
  if (!p.item.empty()) return "item " + p.item;
  std::string s = "category " + std::string(to_string(p.category));
  if (p.tier) s += ", tier " + std::string(to_string(*p.tier));
  if (!p.keyword.empty()) s += ", \"" + p.keyword + "\"";
  return s;
}

std::string needs_of(const Incentive& item) {
  std::string s = "a planned " + std::string(to_string(item.category));
  if (item.tier) s += " at tier " + std::string(to_string(*item.tier));
  if (item.description) s += " — " + truncate_to_width(*item.description, 40);
  return s;
}

}  // namespace

std::vector<Offer> offers(const Atlas& atlas, const CompanyProfile& profile) {
  std::map<std::string, Offer> by_city;
  std::vector<std::string> order;
  for (const auto& scheme : atlas.schemes()) {
    if (!scheme.city) continue;
    if (!profile.include_inserts && atlas.from_insert_only(scheme.provenance)) continue;
    auto [it, fresh] = by_city.try_emplace(*scheme.city);
    Offer& offer = it->second;
    if (fresh) {
      offer.city = *scheme.city;
      order.push_back(*scheme.city);
    }
    if (scheme.district)
      offer.notes.push_back("\"" + scheme.name + "\" is a district-level scheme of " + *scheme.district);
    Money scheme_grants;
    std::vector<std::size_t> scheme_grant_lines;
    for (const auto& item : scheme.items) {
      std::optional<std::size_t> plan_index;
      for (std::size_t p = 0; p < profile.plans.size() && !plan_index; ++p)
        if (matches(profile.plans[p], item)) plan_index = p;
      if (!plan_index) {
        offer.unmet.push_back({&scheme, &item, needs_of(item)});
        continue;
      }
      const PlannedItem& plan = profile.plans[*plan_index];
      OfferLine line;
      line.scheme = &scheme;
      line.item = &item;
      line.plan = *plan_index;
      line.count = item.per == Per::person || item.per == Per::project ? std::max<long long>(plan.count, 1) : 1;
      line.money = money_kind(item.form);
      line.condition = describe_plan(plan);
      std::optional<Money> unit = item.amount ? item.amount->money() : std::nullopt;
      if (!unit || unit->currency() != Currency::cny) {
        offer.unquantified.push_back(line);
        continue;
      }
      line.amount = *unit * line.count;
      line.is_cap = !is_exact(item.amount->qualifier);
      if (line.money == MoneyKind::grant) {
        scheme_grants += *line.amount;
        scheme_grant_lines.push_back(offer.lines.size());
      }
      offer.lines.push_back(line);
    }
    // A ceiling over the whole scheme (贵阳高新区: 最高可获得一次性500万元) caps its grants together; the lines keep
    // their own amounts and the cut is reported beside them.
    if (scheme.cap && scheme.cap->money() && scheme_grants > *scheme.cap->money()) {
      Money cap = *scheme.cap->money();
      offer.ceilings.push_back({&scheme, scheme_grants, cap});
      offer.notes.push_back("\"" + scheme.name + "\": " + scheme_grants.to_string() +
                            " of grants capped at the scheme's ceiling of " + cap.to_string());
    }
  }
  std::vector<Offer> out;
  for (const auto& city : order) {
    Offer o = std::move(by_city[city]);
    for (const auto& l : o.lines) {
      if (l.money == MoneyKind::grant) {
        o.grants += *l.amount;
        o.grants_are_caps = o.grants_are_caps || l.is_cap;
      } else if (l.money == MoneyKind::loan) {
        o.loans += *l.amount;
        o.loans_are_caps = o.loans_are_caps || l.is_cap;
      }
    }
    for (const auto& c : o.ceilings) {
      o.grants = o.grants - (c.before - c.ceiling);
      o.grants_are_caps = true;  // a ceiling: the company gets at most this
    }
    out.push_back(std::move(o));
  }
  std::stable_sort(out.begin(), out.end(), [](const Offer& a, const Offer& b) {
    if (a.grants != b.grants) return a.grants > b.grants;
    return a.loans > b.loans;
  });
  for (std::size_t i = 0; i < out.size(); ++i) {
    bool tie = i > 0 && out[i].grants == out[i - 1].grants && out[i].loans == out[i - 1].loans;
    out[i].rank = tie ? out[i - 1].rank : static_cast<double>(i + 1);
  }
  return out;
}

namespace {
CompanyProfile read_profile(const nlohmann::json& root) {
  using detail::Obj;
  Obj o(root, "");
  o.allow({"name", "plans", "include_inserts"});
  CompanyProfile p;
  p.name = o.str_or_empty("name");
  p.include_inserts = o.opt_bool("include_inserts").value_or(false);
  o.each("plans", [&](const nlohmann::json& v, const std::string& at) {
    Obj po(v, at);
    po.allow({"category", "tier", "keyword", "item", "count"});
    PlannedItem plan;
    plan.item = po.str_or_empty("item");
    if (plan.item.empty()) plan.category = po.enumeration<IncentiveCategory>("category", "rnd_platform");
    plan.tier = po.opt_enumeration<IncentiveTier>("tier", "national");
    plan.keyword = po.str_or_empty("keyword");
    if (const nlohmann::json* c = po.get("count")) {
      if (!c->is_number_integer() || c->get<long long>() < 1)
        detail::fail(po.at("count"), "expected a whole number of at least 1, got " + detail::shown(*c));
      plan.count = c->get<long long>();
    }
    p.plans.push_back(std::move(plan));
  });
  if (p.plans.empty()) detail::fail("/plans", "expected at least one planned item");
  return p;
}
}  // namespace

CompanyProfile profile_from_json(std::string_view json, std::string_view name_for_errors) {
  return profile_from_json(json, name_for_errors, ReadLimits{});
}

CompanyProfile profile_from_json(std::string_view json, std::string_view name_for_errors, const ReadLimits& limits) {
  return detail::parse_located(
      json, std::string(name_for_errors), [](const nlohmann::json& root) { return read_profile(root); }, limits);
}

CompanyProfile load_profile(const std::filesystem::path& path) { return load_profile(path, ReadLimits{}); }

CompanyProfile load_profile(const std::filesystem::path& path, const ReadLimits& limits) {
  return profile_from_json(detail::read_text_file(path.string(), limits.max_bytes), path.string(), limits);
}

}  // namespace v1
}  // namespace chaincity
