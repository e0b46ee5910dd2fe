/// @file
/// @brief `Atlas`: the immutable, validated, shareable store of every record, and `AtlasBuilder` to make one.
#pragma once

#include <chaincity/core/date.hpp>
#include <chaincity/export.hpp>
#include <chaincity/model/city.hpp>
#include <chaincity/model/event.hpp>
#include <chaincity/model/incentive.hpp>
#include <chaincity/model/indicator.hpp>
#include <chaincity/model/park.hpp>
#include <chaincity/model/policy.hpp>
#include <chaincity/model/source.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chaincity {
inline namespace v1 {

class AtlasBuilder;
/// @cond INTERNAL
struct AtlasInternals;  // the library's own access to an atlas's lazily built indexes
/// @endcond

/// @brief The kinds of record.
enum class RecordKind { source, city, policy, park, scheme, incentive, indicator, event, application };
/// @brief Name of a record kind. @param k the kind @return e.g. `policy`
[[nodiscard]] CHAINCITY_API std::string_view to_string(RecordKind k) noexcept;

/// @brief A reference to any record of an atlas.
struct RecordRef {
  RecordKind kind = RecordKind::city;  ///< the collection
  std::string id;                      ///< the id
  /// @brief Equality. @param o the other @return whether equal
  bool operator==(const RecordRef& o) const = default;
};

/// @brief The whole dataset: sources, cities, policies, parks, incentive schemes, indicators, events and
/// applications, validated and indexed.
///
/// An Atlas is immutable once built. Copies share one underlying store, so copying is cheap and an Atlas may be
/// read from many threads at once. Assigning a newly loaded atlas over an old one is all-or-nothing: if the load
/// throws, the old value is untouched.
///
/// Example:
/// @code
/// const chaincity::Atlas& atlas = chaincity::embedded_atlas();
/// for (const chaincity::City& c : atlas.cities()) std::cout << c.name_hans << '\n';
/// const chaincity::City* guiyang = atlas.find_city("guiyang");
/// @endcode
class CHAINCITY_API Atlas {
 public:
  /// @brief An empty atlas.
  Atlas();
  /// @brief Name of the dataset. @return the name
  [[nodiscard]] const std::string& name() const noexcept;
  /// @brief Every source. @return the sources, in file order
  [[nodiscard]] std::span<const Source> sources() const noexcept;
  /// @brief Every city. @return the cities
  [[nodiscard]] std::span<const City> cities() const noexcept;
  /// @brief Every policy document. @return the documents
  [[nodiscard]] std::span<const PolicyDocument> policies() const noexcept;
  /// @brief Every park. @return the parks
  [[nodiscard]] std::span<const IndustrialPark> parks() const noexcept;
  /// @brief Every incentive scheme. @return the schemes
  [[nodiscard]] std::span<const IncentiveScheme> schemes() const noexcept;
  /// @brief Every indicator. @return the indicators
  [[nodiscard]] std::span<const Indicator> indicators() const noexcept;
  /// @brief Every event. @return the events
  [[nodiscard]] std::span<const Event> events() const noexcept;
  /// @brief Every application. @return the applications
  [[nodiscard]] std::span<const Application> applications() const noexcept;

  // Lookups by id: pointers stay valid while any copy of the atlas lives.
  /// @brief Finds a Source by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const Source* find_source(std::string_view id) const noexcept;
  /// @brief Finds a City by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const City* find_city(std::string_view id) const noexcept;
  /// @brief Finds a PolicyDocument by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const PolicyDocument* find_policy(std::string_view id) const noexcept;
  /// @brief Finds a IndustrialPark by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const IndustrialPark* find_park(std::string_view id) const noexcept;
  /// @brief Finds a IncentiveScheme by id. @param id the id @return a pointer into the atlas, or null when there is
  /// none
  [[nodiscard]] const IncentiveScheme* find_scheme(std::string_view id) const noexcept;
  /// @brief Finds a Incentive by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const Incentive* find_incentive(std::string_view id) const noexcept;
  /// @brief Finds a Indicator by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const Indicator* find_indicator(std::string_view id) const noexcept;
  /// @brief Finds a Event by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const Event* find_event(std::string_view id) const noexcept;
  /// @brief Finds a Application by id. @param id the id @return a pointer into the atlas, or null when there is none
  [[nodiscard]] const Application* find_application(std::string_view id) const noexcept;

  /// @brief The city with this id.
  /// @param id the id
  /// @return the city
  /// @throws NotFoundError when there is none
  [[nodiscard]] const City& city(std::string_view id) const;

  /// @brief Whether every provenance entry of a record cites a flash-news insert (such records are left out of
  /// queries and rankings unless asked for).
  /// @param provenance the record's provenance
  /// @return true when no entry cites an article
  [[nodiscard]] bool from_insert_only(std::span<const Provenance> provenance) const noexcept;

  /// @brief What was known by a date: records whose sources were published by then (or are undated) and whose
  /// own date (issued, opened, observed, launched) does not start after it. Cities and sources are kept; a scheme's
  /// reference to a policy not yet known is dropped from the view.
  /// @param date the date (its last day counts: `2018` means up to 2018-12-31)
  /// @return a new atlas, sharing nothing mutable with this one
  [[nodiscard]] Atlas as_of(const PartialDate& date) const;

  /// @brief The number of records of every kind (sources and incentive items included).
  /// @return the total
  [[nodiscard]] std::size_t record_count() const noexcept;

  /// @brief Whether two atlases hold equal records. @param o the other @return whether equal
  [[nodiscard]] bool operator==(const Atlas& o) const;

 private:
  friend class AtlasBuilder;
  friend struct AtlasInternals;
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

/// @brief Collects records and builds a validated Atlas.
///
/// Validation reports every problem at once, each with the JSON pointer of the record (e.g.
/// `/parks/3/city: unknown city "hangzou"`): unique ids per collection (and incentive item ids across schemes),
/// every reference resolves (provenance sources, cities, policies), every record has provenance with a non-empty
/// quote of at most 80 code points, required names are present, ranges are well formed.
class CHAINCITY_API AtlasBuilder {
 public:
  /// @brief An empty builder.
  AtlasBuilder();
  /// @brief Destroys the builder.
  ~AtlasBuilder();
  AtlasBuilder(const AtlasBuilder&) = delete;             ///< not copyable
  AtlasBuilder& operator=(const AtlasBuilder&) = delete;  ///< not copyable
  /// @brief Moves a builder. @param other the source
  AtlasBuilder(AtlasBuilder&& other) noexcept;
  /// @brief Moves a builder. @param other the source @return this
  AtlasBuilder& operator=(AtlasBuilder&& other) noexcept;

  /// @brief Sets the dataset name. @param name the name @return this
  AtlasBuilder& name(std::string name);
  /// @brief Adds a Source (validated by build()). @param r the record @return this
  AtlasBuilder& add(Source r);
  /// @brief Adds a City (validated by build()). @param r the record @return this
  AtlasBuilder& add(City r);
  /// @brief Adds a PolicyDocument (validated by build()). @param r the record @return this
  AtlasBuilder& add(PolicyDocument r);
  /// @brief Adds a IndustrialPark (validated by build()). @param r the record @return this
  AtlasBuilder& add(IndustrialPark r);
  /// @brief Adds a IncentiveScheme (validated by build()). @param r the record @return this
  AtlasBuilder& add(IncentiveScheme r);
  /// @brief Adds a Indicator (validated by build()). @param r the record @return this
  AtlasBuilder& add(Indicator r);
  /// @brief Adds a Event (validated by build()). @param r the record @return this
  AtlasBuilder& add(Event r);
  /// @brief Adds a Application (validated by build()). @param r the record @return this
  AtlasBuilder& add(Application r);

  /// @brief Validates and builds. The builder is left empty.
  /// @return the atlas
  /// @throws ValidationError listing every problem found
  [[nodiscard]] Atlas build();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// @brief Counts and coverage of an atlas, for the `summary` command and reports.
struct AtlasSummary {
  std::string name;                         ///< the dataset name
  std::size_t articles = 0;                 ///< article sources
  std::size_t inserts = 0;                  ///< flash-news insert sources
  std::size_t cities = 0;                   ///< cities
  std::size_t policies = 0;                 ///< policy documents
  std::size_t parks = 0;                    ///< parks
  std::size_t schemes = 0;                  ///< incentive schemes
  std::size_t incentive_items = 0;          ///< items across schemes
  std::size_t indicators = 0;               ///< indicators
  std::size_t events = 0;                   ///< events
  std::size_t applications = 0;             ///< applications
  std::size_t quotes = 0;                   ///< provenance entries, all records
  std::size_t insert_records = 0;           ///< records that come from inserts only
  std::vector<std::string> cities_covered;  ///< ids of cities that at least one non-city record concerns, sorted
  std::optional<PartialDate> earliest;      ///< the earliest dated fact
  std::optional<PartialDate> latest;        ///< the latest dated fact
};

/// @brief Summarises an atlas.
/// @param atlas the atlas
/// @return its counts, coverage and date span
[[nodiscard]] CHAINCITY_API AtlasSummary summarize(const Atlas& atlas);

}  // namespace v1
}  // namespace chaincity
