/// @file
/// @brief `PolicyDocument`: a policy, plan, regulation or official statement, with its targets.
#pragma once

#include <chaincity/core/date.hpp>
#include <chaincity/core/quantity.hpp>
#include <chaincity/export.hpp>
#include <chaincity/model/common.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

/// @brief The kind of policy instrument.
enum class PolicyKind {
  whitepaper,       ///< 白皮书
  guiding_opinion,  ///< 指导意见, 实施意见, 意见
  measures,         ///< 若干措施, 若干政策, "十条"
  regulation,       ///< 条例
  notice,           ///< 通知, 公告
  action_plan,      ///< 行动计划, 行动方案, 任务清单
  work_report,      ///< 政府工作报告
  plan,             ///< 规划
  speech,           ///< an official's stated position
  other,            ///< anything else
};

/// @brief The level of the issuing body.
enum class IssuerLevel {
  national,    ///< 国务院, ministries
  provincial,  ///< a province-level government or department
  municipal,   ///< a city government or department
  district,    ///< a district government or a zone's management committee
};

/// @brief Whether a document supports or regulates the industry.
enum class Stance {
  support,     ///< 扶持
  regulation,  ///< 监管
  mixed,       ///< both
  unknown,     ///< the text does not say
};

/// @brief An application area a document names.
enum class ApplicationArea {
  government,
  finance,
  tax,
  e_invoice,
  real_estate,
  healthcare,
  transport,
  tourism,
  retail,
  traceability,
  supply_chain_finance,
  copyright,
  energy,
  agriculture,
  talent,
  industry,
  credit,
  judicial,
  other
};

/// @brief A quantitative target ("到2025年 … 3~5个集聚区").
struct Target {
  std::string metric;                    ///< what is counted, in the text's words
  Quantity value;                        ///< the target value
  std::optional<RecordedDate> deadline;  ///< by when
  std::vector<Provenance> provenance;    ///< where it is stated
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Target& o) const = default;
};

/// @brief A policy document or an official policy statement.
struct PolicyDocument {
  std::string id;                                     ///< unique id
  std::optional<std::string> title;                   ///< the title as written, without 《》
  std::optional<std::string> description;             ///< what it is, when it has no title
  PolicyKind kind = PolicyKind::other;                ///< the instrument
  std::optional<std::string> issuer;                  ///< the issuing body as written
  IssuerLevel issuer_level = IssuerLevel::municipal;  ///< its level
  Scope scope;                                        ///< the jurisdiction it covers
  std::vector<std::string> cities;                    ///< ids of the cities it concerns
  std::optional<RecordedDate> issued;                 ///< when
  Stance stance = Stance::unknown;                    ///< support or regulation
  std::optional<bool> dedicated;                      ///< blockchain-specific (true) or beside AI, big data … (false)
  std::vector<ApplicationArea> areas;                 ///< application areas named
  std::vector<Target> targets;                        ///< quantitative targets
  std::optional<FirstClaim> first;                    ///< a first-mover claim
  std::vector<Provenance> provenance;                 ///< evidence
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const PolicyDocument& o) const = default;
};

/// @brief Name of a policy kind. @param k the kind @return e.g. `guiding_opinion`
[[nodiscard]] CHAINCITY_API std::string_view to_string(PolicyKind k) noexcept;
/// @brief Name of an issuer level. @param l the level @return e.g. `municipal`
[[nodiscard]] CHAINCITY_API std::string_view to_string(IssuerLevel l) noexcept;
/// @brief Name of a stance. @param s the stance @return e.g. `support`
[[nodiscard]] CHAINCITY_API std::string_view to_string(Stance s) noexcept;
/// @brief Name of an application area. @param a the area @return e.g. `e_invoice`
[[nodiscard]] CHAINCITY_API std::string_view to_string(ApplicationArea a) noexcept;

}  // namespace v1
}  // namespace chaincity
