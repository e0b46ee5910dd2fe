/// @file
/// @brief Questions to the atlas: names in every script, typed filters, keyword search, timelines and firsts.
///
/// Results are views: pointers into the atlas they were asked of, valid while any copy of that atlas lives.
/// Records that come only from flash-news inserts are left out unless a query asks for them.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/core/date.hpp>
#include <chaincity/core/money.hpp>
#include <chaincity/export.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

// ---------------------------------------------------------------------------------------------------------------
// Names

/// @brief What a name resolved to.
enum class PlaceKind {
  city,      ///< a city
  district,  ///< a district, county or zone of a city
  park,      ///< an industrial park
};

/// @brief One place a name can mean.
struct Place {
  PlaceKind kind = PlaceKind::city;  ///< what it is
  std::string city;                  ///< the city id (for a park whose city is unknown: empty)
  std::string district;              ///< the district's Simplified name, for districts (and parks that have one)
  std::string park;                  ///< the park id, for parks
  std::string label;                 ///< a display name: `贵阳`, `青岛 崂山区`, `中国杭州区块链产业园`
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const Place& o) const = default;
};

/// @brief The answer to "which place is this name?": one match, or the closest candidates when the name is unknown
/// or ambiguous. Resolution never throws for an unknown name.
struct Resolution {
  std::optional<Place> match;     ///< the place, when the name means exactly one
  std::vector<Place> candidates;  ///< when there is no single match: the closest places, best first (at most 5)
  bool ambiguous = false;         ///< true when the name matched several places equally well
  /// @brief Whether the name resolved. @return true with a match
  explicit operator bool() const noexcept { return match.has_value(); }
};

/// @brief An index of every name in an atlas — cities (Simplified, Traditional, pinyin with or without tones,
/// English, aliases, with or without 市), districts (with or without 区/县), and parks — in one normal form.
///
/// Example:
/// @code
/// chaincity::NameIndex names(chaincity::embedded_atlas());
/// names.resolve("貴陽").match->city;   // "guiyang"
/// names.resolve("嶗山區").match->kind; // PlaceKind::district, city "qingdao"
/// names.resolve("hangzou").candidates; // closest: 杭州 …
/// @endcode
class CHAINCITY_API NameIndex {
 public:
  /// @brief Indexes an atlas. @param atlas the atlas (kept alive by the index)
  explicit NameIndex(const Atlas& atlas);
  /// @brief Resolves a name typed in any script.
  /// @param name the name
  /// @return the match or the candidates
  [[nodiscard]] Resolution resolve(std::string_view name) const;
  /// @brief Resolves a name to a city (a district or park name gives its city).
  /// @param name the name
  /// @return the city, or null when the name means no single city
  [[nodiscard]] const City* city(std::string_view name) const;
  /// @brief The pinyin sort key of a city: its curated pinyin (重庆 sorts under `chongqing`), else ICU's reading.
  /// @param city the city @return the key
  [[nodiscard]] static std::string sort_key(const City& city);

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

/// @brief Resolves a name against an atlas (builds a NameIndex; keep one for many lookups).
/// @param atlas the atlas @param name the name
/// @return the match or the candidates
[[nodiscard]] CHAINCITY_API Resolution resolve_name(const Atlas& atlas, std::string_view name);
/// @brief The city a name means, in any script: `貴陽`, `贵阳`, `guiyang`, `Guiyang`, `Guìyáng` → 贵阳.
/// @param atlas the atlas @param name the name
/// @return the city, or null
[[nodiscard]] CHAINCITY_API const City* resolve_city(const Atlas& atlas, std::string_view name);
/// @brief Cities sorted by curated pinyin. @param atlas the atlas @return the cities, in pinyin order
[[nodiscard]] CHAINCITY_API std::vector<const City*> cities_by_pinyin(const Atlas& atlas);

// ---------------------------------------------------------------------------------------------------------------
// Typed queries

/// @brief A query result: the record and how its date stood to the date filter.
template <class Record>
struct Hit {
  const Record* record = nullptr;              ///< the record, inside the atlas
  RangeMatch date_match = RangeMatch::inside;  ///< inside, or possibly inside (coarse dates); never outside
};

/// @brief Common options of every typed query.
struct QueryOptions {
  bool include_inserts = false;  ///< include records that come only from flash-news inserts
  bool include_possibly = true;  ///< count dates only possibly inside the range (2017 against 2017-06..2017-12)
};

/// @brief Reads an application area from its name (`government`) or its Chinese label in either script
/// (`政务`, `政務`, `电子发票`, `溯源` …).
/// @param text the name or label
/// @return the area, or empty when unknown
[[nodiscard]] CHAINCITY_API std::optional<ApplicationArea> parse_application_area(std::string_view text);
/// @brief The Chinese label of an application area (`政务`). @param a the area @return the label
[[nodiscard]] CHAINCITY_API std::string_view chinese_label(ApplicationArea a) noexcept;

/// @brief Filters for policy documents; unset filters match everything.
struct PolicyQuery {
  std::optional<std::string> city;          ///< city id: the document's scope or its list of cities
  std::optional<std::string> province;      ///< Simplified province name: the scope, or the province of a city
  std::optional<IssuerLevel> issuer_level;  ///< issuing level
  std::optional<Stance> stance;             ///< support or regulation
  std::optional<bool> dedicated;            ///< blockchain-specific (true) or not (false); unknown never matches
  std::optional<ApplicationArea> area;      ///< names this application area
  std::optional<PolicyKind> kind;           ///< instrument
  DateRange issued;                         ///< issued within (open ends allowed); undated documents are left out
                                            ///< when either end is set
  std::optional<std::string> keyword;       ///< in the title or description, in any script
  QueryOptions options;                     ///< inserts, precision
};

/// @brief Filters for parks.
struct ParkQuery {
  std::optional<std::string> city;      ///< city id
  std::optional<std::string> province;  ///< province of the park's city
  std::optional<bool> government_led;   ///< true: government-led or -guided; false: market-run
  std::optional<ParkStatus> status;     ///< operating / planned
  std::optional<ParkKind> kind;         ///< park, base, incubator …
  DateRange opened;                     ///< opened within
  QueryOptions options;                 ///< inserts, precision
};

/// @brief An incentive item with the scheme it belongs to.
struct IncentiveHit {
  const IncentiveScheme* scheme = nullptr;  ///< the scheme
  const Incentive* item = nullptr;          ///< the item
};

/// @brief Whether an incentive form is money given (grant, subsidy) or money lent or invested (loan, fund, equity).
enum class MoneyKind {
  grant,  ///< grant or subsidy
  loan,   ///< loan, fund or equity: money that is not a gift
  other,  ///< tax relief, in kind, unknown
};
/// @brief The money kind of a form. @param f the form @return grant, loan or other
[[nodiscard]] CHAINCITY_API MoneyKind money_kind(IncentiveForm f) noexcept;

/// @brief Filters for incentive items.
struct IncentiveQuery {
  std::optional<std::string> city;            ///< city id
  std::optional<IncentiveCategory> category;  ///< what it rewards
  std::optional<IncentiveTier> tier;          ///< tier condition
  std::optional<MoneyKind> money;             ///< grant or loan
  std::optional<Money> cap_at_least;          ///< items whose stated amount (cap) is at least this
  std::optional<Money> cap_at_most;           ///< items whose stated amount (cap) is at most this
  QueryOptions options;                       ///< inserts
};

/// @brief Filters for indicators.
struct IndicatorQuery {
  std::optional<std::string> city;      ///< city id (city and district scopes)
  std::optional<std::string> province;  ///< province scope, or a city scope in the province
  std::optional<ScopeLevel> level;      ///< scope level
  std::optional<Metric> metric;         ///< metric
  DateRange as_of;                      ///< observed within
  QueryOptions options;                 ///< inserts, precision
};

/// @brief Filters for events.
struct EventQuery {
  std::optional<std::string> city;  ///< city id
  std::optional<EventKind> kind;    ///< conference, launch …
  DateRange date;                   ///< dated within (undated events are left out when either end is set)
  QueryOptions options;             ///< inserts, precision
};

/// @brief Filters for applications.
struct ApplicationQuery {
  std::optional<std::string> city;      ///< city id
  std::optional<ApplicationKind> kind;  ///< city chain, BSN node …
  DateRange launched;                   ///< launched within
  QueryOptions options;                 ///< inserts, precision
};

/// @brief Policies matching a query, in atlas order. @param atlas the atlas @param q the query @return the hits
[[nodiscard]] CHAINCITY_API std::vector<Hit<PolicyDocument>> find_policies(const Atlas& atlas, const PolicyQuery& q);
/// @brief How many matching documents concern a city.
struct CityCount {
  std::string city;       ///< the city id
  std::size_t count = 0;  ///< matching documents that concern it
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const CityCount& o) const = default;
};

/// @brief Counts the documents matching a query per city they concern — the scope's city and every city the
/// document names, as PolicyQuery::city reads them — for questions like "which cities issued the most provincial
/// documents since 2020". Answered from the atlas's per-city index without listing the documents.
/// @param atlas the atlas @param q the query (with `city` set, only that city is counted)
/// @return one entry per city with at least one match, most first (ties by city id)
/// @since 0.2.0
[[nodiscard]] CHAINCITY_API std::vector<CityCount> count_policies_by_city(const Atlas& atlas, const PolicyQuery& q);
/// @brief Parks matching a query. @param atlas the atlas @param q the query @return the hits
[[nodiscard]] CHAINCITY_API std::vector<Hit<IndustrialPark>> find_parks(const Atlas& atlas, const ParkQuery& q);
/// @brief Incentive items matching a query. @param atlas the atlas @param q the query @return the hits
[[nodiscard]] CHAINCITY_API std::vector<IncentiveHit> find_incentives(const Atlas& atlas, const IncentiveQuery& q);
/// @brief Indicators matching a query. @param atlas the atlas @param q the query @return the hits
[[nodiscard]] CHAINCITY_API std::vector<Hit<Indicator>> find_indicators(const Atlas& atlas, const IndicatorQuery& q);

/// @brief Events matching a query, in atlas order. @param atlas the atlas @param q the query @return the hits
[[nodiscard]] CHAINCITY_API std::vector<Hit<Event>> find_events(const Atlas& atlas, const EventQuery& q);
/// @brief Applications matching a query. @param atlas the atlas @param q the query @return the hits
[[nodiscard]] CHAINCITY_API std::vector<Hit<Application>> find_applications(const Atlas& atlas,
                                                                            const ApplicationQuery& q);

/// @brief Policies issued between two dates (a convenience over find_policies).
/// @param atlas the atlas @param city city id @param from first date @param to last date (open when empty)
/// @return the hits
[[nodiscard]] CHAINCITY_API std::vector<Hit<PolicyDocument>> policies_issued_between(
    const Atlas& atlas, std::string_view city, PartialDate from, std::optional<PartialDate> to = std::nullopt);

// ---------------------------------------------------------------------------------------------------------------
// Any record

/// @brief The title a person would read for a record (policy title or description, park name, event title …).
/// @param atlas the atlas @param ref the record
/// @return the title, or empty when the record does not exist
[[nodiscard]] CHAINCITY_API std::string record_title(const Atlas& atlas, const RecordRef& ref);
/// @brief The provenance of any record. @param atlas the atlas @param ref the record
/// @return its provenance (empty for sources and unknown records)
[[nodiscard]] CHAINCITY_API std::vector<Provenance> record_provenance(const Atlas& atlas, const RecordRef& ref);
/// @brief The city a record concerns, when there is one. @param atlas the atlas @param ref the record
/// @return the city id, or empty
[[nodiscard]] CHAINCITY_API std::string record_city(const Atlas& atlas, const RecordRef& ref);

// ---------------------------------------------------------------------------------------------------------------
// Search

/// @brief One search result.
struct SearchHit {
  RecordRef ref;        ///< the record
  std::string title;    ///< its title
  std::string snippet;  ///< the quote or text that matched best
  double score = 0;     ///< relevance (BM25); higher is better
};

/// @brief Keyword search over titles, names, descriptions and quotes, in any script (a Traditional query finds
/// Simplified text and back). Text is indexed as words and CJK character bigrams; every query term must occur in a
/// result; results are ranked by BM25.
/// @param atlas the atlas @param query the words @param options inserts
/// @param limit at most this many results
/// @return the results, best first (ties by record order)
/// @throws Error when the query is not valid UTF-8
[[nodiscard]] CHAINCITY_API std::vector<SearchHit> search(const Atlas& atlas, std::string_view query,
                                                          const QueryOptions& options = {}, std::size_t limit = 20);

// ---------------------------------------------------------------------------------------------------------------
// Timelines and firsts

/// @brief One dated entry of a timeline.
struct TimelineEntry {
  PartialDate date;                     ///< when
  DateBasis basis = DateBasis::stated;  ///< how the date was obtained
  RecordRef ref;                        ///< the record
  std::string city;                     ///< the city it concerns, or empty
  std::string what;                     ///< `policy issued`, `park opened`, `event`, `application launched` …
  std::string title;                    ///< its title
};

/// @brief Every dated record (policies issued, parks opened, schemes, events, applications launched), in date
/// order (coarser dates before finer ones that start the same day; then atlas order).
/// @param atlas the atlas @param city only this city (id), or every record when empty
/// @param options inserts
/// @return the entries
[[nodiscard]] CHAINCITY_API std::vector<TimelineEntry> timeline(const Atlas& atlas, std::string_view city = {},
                                                                const QueryOptions& options = {});

/// @brief One answer to a first-mover question.
struct FirstAnswer {
  std::string question;             ///< e.g. `earliest park`, `first whitepaper`, or the claim in the text's words
  bool claimed = false;             ///< true: the text itself claims it; false: computed from the dates
  std::vector<RecordRef> records;   ///< the record(s): several when their dates cannot be told apart
  std::vector<std::string> cities;  ///< their cities
  std::optional<PartialDate> date;  ///< the (earliest) date, when known
  std::optional<FirstClaim> claim;  ///< the claim, for claimed answers
};

/// @brief First-mover answers from the data: every "first in China / in the province" claim the texts make, and
/// the earliest record of each kind computed from dates — earliest park, first whitepaper, first government work
/// report naming blockchain, first dedicated policy, first summit or conference, first city chain … A computed
/// answer lists every record whose date could be the earliest (2017 and 2017-06 cannot be told apart).
/// @param atlas the atlas @param options inserts
/// @return the answers: claimed ones first (in atlas order), then computed ones
[[nodiscard]] CHAINCITY_API std::vector<FirstAnswer> firsts(const Atlas& atlas, const QueryOptions& options = {});

}  // namespace v1
}  // namespace chaincity
