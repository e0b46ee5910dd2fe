// Names of every enumeration, both ways. One table per enum; to_string and from_string read the same table.
#include <chaincity/model/enums.hpp>

#include "enum_table.hpp"

namespace chaincity {
inline namespace v1 {
namespace {

template <class E, std::size_t N>
using Table = detail::EnumTable<E, N>;
using detail::enum_name;
using detail::enum_value;

constexpr Table<Currency, 2> currency_names{{{Currency::cny, "CNY"}, {Currency::usd, "USD"}}};
constexpr Table<Qualifier, 10> qualifier_names{{{Qualifier::exact, "exact"},
                                                {Qualifier::about, "about"},
                                                {Qualifier::nearly, "nearly"},
                                                {Qualifier::more_than, "more_than"},
                                                {Qualifier::at_least, "at_least"},
                                                {Qualifier::up_to, "up_to"},
                                                {Qualifier::within, "within"},
                                                {Qualifier::only, "only"},
                                                {Qualifier::between, "between"},
                                                {Qualifier::as_many_as, "as_many_as"}}};
constexpr Table<Unit, 6> unit_names{{{Unit::cny, "CNY"},
                                     {Unit::usd, "USD"},
                                     {Unit::count, "count"},
                                     {Unit::percent, "percent"},
                                     {Unit::rank, "rank"},
                                     {Unit::tonne, "tonne"}}};
constexpr Table<DatePrecision, 3> precision_names{
    {{DatePrecision::year, "year"}, {DatePrecision::month, "month"}, {DatePrecision::day, "day"}}};
constexpr Table<DateBasis, 3> basis_names{
    {{DateBasis::stated, "stated"}, {DateBasis::inferred_year, "inferred_year"}, {DateBasis::derived, "derived"}}};
constexpr Table<DateOrder, 4> order_names{{{DateOrder::before, "before"},
                                           {DateOrder::after, "after"},
                                           {DateOrder::same, "same"},
                                           {DateOrder::overlapping, "overlapping"}}};
constexpr Table<RangeMatch, 3> match_names{{{RangeMatch::inside, "inside"},
                                            {RangeMatch::possibly_inside, "possibly_inside"},
                                            {RangeMatch::outside, "outside"}}};
constexpr Table<ScopeLevel, 5> scope_names{{{ScopeLevel::city, "city"},
                                            {ScopeLevel::district, "district"},
                                            {ScopeLevel::province, "province"},
                                            {ScopeLevel::nation, "nation"},
                                            {ScopeLevel::region, "region"}}};
constexpr Table<FirstScope, 4> first_names{{{FirstScope::world, "world"},
                                            {FirstScope::nation, "nation"},
                                            {FirstScope::province, "province"},
                                            {FirstScope::city, "city"}}};
constexpr Table<SourceKind, 2> source_kind_names{{{SourceKind::article, "article"}, {SourceKind::insert, "insert"}}};
constexpr Table<Script, 2> script_names{{{Script::simplified, "simplified"}, {Script::traditional, "traditional"}}};
constexpr Table<AdminLevel, 5> admin_names{{{AdminLevel::municipality, "municipality"},
                                            {AdminLevel::sub_provincial, "sub_provincial"},
                                            {AdminLevel::prefecture, "prefecture"},
                                            {AdminLevel::county_level, "county_level"},
                                            {AdminLevel::new_area, "new_area"}}};
constexpr Table<CityTier, 7> tier_names{{{CityTier::first, "first"},
                                         {CityTier::new_first, "new_first"},
                                         {CityTier::second, "second"},
                                         {CityTier::third, "third"},
                                         {CityTier::fourth, "fourth"},
                                         {CityTier::third_fourth, "third_fourth"},
                                         {CityTier::non_first, "non_first"}}};
constexpr Table<PolicyKind, 10> policy_kind_names{{{PolicyKind::whitepaper, "whitepaper"},
                                                   {PolicyKind::guiding_opinion, "guiding_opinion"},
                                                   {PolicyKind::measures, "measures"},
                                                   {PolicyKind::regulation, "regulation"},
                                                   {PolicyKind::notice, "notice"},
                                                   {PolicyKind::action_plan, "action_plan"},
                                                   {PolicyKind::work_report, "work_report"},
                                                   {PolicyKind::plan, "plan"},
                                                   {PolicyKind::speech, "speech"},
                                                   {PolicyKind::other, "other"}}};
constexpr Table<IssuerLevel, 4> issuer_names{{{IssuerLevel::national, "national"},
                                              {IssuerLevel::provincial, "provincial"},
                                              {IssuerLevel::municipal, "municipal"},
                                              {IssuerLevel::district, "district"}}};
constexpr Table<Stance, 4> stance_names{{{Stance::support, "support"},
                                         {Stance::regulation, "regulation"},
                                         {Stance::mixed, "mixed"},
                                         {Stance::unknown, "unknown"}}};
constexpr Table<ApplicationArea, 19> area_names{{{ApplicationArea::government, "government"},
                                                 {ApplicationArea::finance, "finance"},
                                                 {ApplicationArea::tax, "tax"},
                                                 {ApplicationArea::e_invoice, "e_invoice"},
                                                 {ApplicationArea::real_estate, "real_estate"},
                                                 {ApplicationArea::healthcare, "healthcare"},
                                                 {ApplicationArea::transport, "transport"},
                                                 {ApplicationArea::tourism, "tourism"},
                                                 {ApplicationArea::retail, "retail"},
                                                 {ApplicationArea::traceability, "traceability"},
                                                 {ApplicationArea::supply_chain_finance, "supply_chain_finance"},
                                                 {ApplicationArea::copyright, "copyright"},
                                                 {ApplicationArea::energy, "energy"},
                                                 {ApplicationArea::agriculture, "agriculture"},
                                                 {ApplicationArea::talent, "talent"},
                                                 {ApplicationArea::industry, "industry"},
                                                 {ApplicationArea::credit, "credit"},
                                                 {ApplicationArea::judicial, "judicial"},
                                                 {ApplicationArea::other, "other"}}};
constexpr Table<ParkKind, 9> park_kind_names{{{ParkKind::park, "park"},
                                              {ParkKind::base, "base"},
                                              {ParkKind::incubator, "incubator"},
                                              {ParkKind::innovation_centre, "innovation_centre"},
                                              {ParkKind::cluster, "cluster"},
                                              {ParkKind::platform, "platform"},
                                              {ParkKind::lab, "lab"},
                                              {ParkKind::data_centre, "data_centre"},
                                              {ParkKind::zone, "zone"}}};
constexpr Table<Governance, 4> governance_names{{{Governance::government_led, "government_led"},
                                                 {Governance::government_guided, "government_guided"},
                                                 {Governance::market, "market"},
                                                 {Governance::unknown, "unknown"}}};
constexpr Table<ParkStatus, 3> status_names{
    {{ParkStatus::operating, "operating"}, {ParkStatus::planned, "planned"}, {ParkStatus::unknown, "unknown"}}};
constexpr Table<IncentiveCategory, 17> category_names{{{IncentiveCategory::listing, "listing"},
                                                       {IncentiveCategory::rnd_platform, "rnd_platform"},
                                                       {IncentiveCategory::talent, "talent"},
                                                       {IncentiveCategory::housing, "housing"},
                                                       {IncentiveCategory::startup_loan, "startup_loan"},
                                                       {IncentiveCategory::angel_fund, "angel_fund"},
                                                       {IncentiveCategory::rent, "rent"},
                                                       {IncentiveCategory::tax, "tax"},
                                                       {IncentiveCategory::office, "office"},
                                                       {IncentiveCategory::project, "project"},
                                                       {IncentiveCategory::relocation, "relocation"},
                                                       {IncentiveCategory::financing, "financing"},
                                                       {IncentiveCategory::fund, "fund"},
                                                       {IncentiveCategory::scheme_cap, "scheme_cap"},
                                                       {IncentiveCategory::other, "other"},
                                                       {IncentiveCategory::breakthrough, "breakthrough"},
                                                       {IncentiveCategory::product, "product"}}};
constexpr Table<IncentiveTier, 10> itier_names{{{IncentiveTier::national, "national"},
                                                {IncentiveTier::provincial, "provincial"},
                                                {IncentiveTier::municipal, "municipal"},
                                                {IncentiveTier::district, "district"},
                                                {IncentiveTier::joint, "joint"},
                                                {IncentiveTier::main_board, "main_board"},
                                                {IncentiveTier::sme_board, "sme_board"},
                                                {IncentiveTier::growth_board, "growth_board"},
                                                {IncentiveTier::overseas, "overseas"},
                                                {IncentiveTier::other, "other"}}};
constexpr Table<IncentiveForm, 8> form_names{{{IncentiveForm::grant, "grant"},
                                              {IncentiveForm::subsidy, "subsidy"},
                                              {IncentiveForm::loan, "loan"},
                                              {IncentiveForm::fund, "fund"},
                                              {IncentiveForm::equity, "equity"},
                                              {IncentiveForm::tax_relief, "tax_relief"},
                                              {IncentiveForm::in_kind, "in_kind"},
                                              {IncentiveForm::unknown, "unknown"}}};
constexpr Table<Frequency, 3> frequency_names{
    {{Frequency::one_time, "one_time"}, {Frequency::recurring, "recurring"}, {Frequency::unknown, "unknown"}}};
constexpr Table<Per, 4> per_names{
    {{Per::company, "company"}, {Per::person, "person"}, {Per::project, "project"}, {Per::unknown, "unknown"}}};
constexpr Table<Metric, 23> metric_names{{{Metric::policy_count, "policy_count"},
                                          {Metric::dedicated_policy_count, "dedicated_policy_count"},
                                          {Metric::park_count, "park_count"},
                                          {Metric::enterprise_count, "enterprise_count"},
                                          {Metric::registered_company_rank, "registered_company_rank"},
                                          {Metric::patent_rank, "patent_rank"},
                                          {Metric::talent_demand_rank, "talent_demand_rank"},
                                          {Metric::salary_rank, "salary_rank"},
                                          {Metric::filing_count, "filing_count"},
                                          {Metric::filing_share, "filing_share"},
                                          {Metric::enterprise_share, "enterprise_share"},
                                          {Metric::revenue, "revenue"},
                                          {Metric::fund_size, "fund_size"},
                                          {Metric::university_count, "university_count"},
                                          {Metric::academician_count, "academician_count"},
                                          {Metric::student_count, "student_count"},
                                          {Metric::research_city_rank, "research_city_rank"},
                                          {Metric::gdp_rank, "gdp_rank"},
                                          {Metric::hashrate_share, "hashrate_share"},
                                          {Metric::sales_growth, "sales_growth"},
                                          {Metric::unicorn_count, "unicorn_count"},
                                          {Metric::project_count, "project_count"},
                                          {Metric::other, "other"}}};
constexpr Table<EventKind, 10> event_kind_names{{{EventKind::conference, "conference"},
                                                 {EventKind::summit, "summit"},
                                                 {EventKind::launch, "launch"},
                                                 {EventKind::unveiling, "unveiling"},
                                                 {EventKind::signing, "signing"},
                                                 {EventKind::founding, "founding"},
                                                 {EventKind::meeting, "meeting"},
                                                 {EventKind::speech, "speech"},
                                                 {EventKind::milestone, "milestone"},
                                                 {EventKind::other, "other"}}};
constexpr Table<ApplicationKind, 11> app_kind_names{
    {{ApplicationKind::city_chain, "city_chain"},
     {ApplicationKind::bsn_node, "bsn_node"},
     {ApplicationKind::e_invoice, "e_invoice"},
     {ApplicationKind::real_estate_certificate, "real_estate_certificate"},
     {ApplicationKind::traceability, "traceability"},
     {ApplicationKind::government_service, "government_service"},
     {ApplicationKind::finance, "finance"},
     {ApplicationKind::healthcare, "healthcare"},
     {ApplicationKind::copyright, "copyright"},
     {ApplicationKind::credit, "credit"},
     {ApplicationKind::other, "other"}}};

}  // namespace

#define CHAINCITY_ENUM_NAMES(Type, table)                                     \
  std::string_view to_string(Type v) noexcept { return enum_name(table, v); } \
  bool from_string(std::string_view name, Type& out) noexcept { return enum_value(table, name, out); }

CHAINCITY_ENUM_NAMES(Qualifier, qualifier_names)
CHAINCITY_ENUM_NAMES(Unit, unit_names)
CHAINCITY_ENUM_NAMES(DatePrecision, precision_names)
CHAINCITY_ENUM_NAMES(DateBasis, basis_names)
CHAINCITY_ENUM_NAMES(ScopeLevel, scope_names)
CHAINCITY_ENUM_NAMES(FirstScope, first_names)
CHAINCITY_ENUM_NAMES(SourceKind, source_kind_names)
CHAINCITY_ENUM_NAMES(Script, script_names)
CHAINCITY_ENUM_NAMES(AdminLevel, admin_names)
CHAINCITY_ENUM_NAMES(CityTier, tier_names)
CHAINCITY_ENUM_NAMES(PolicyKind, policy_kind_names)
CHAINCITY_ENUM_NAMES(IssuerLevel, issuer_names)
CHAINCITY_ENUM_NAMES(Stance, stance_names)
CHAINCITY_ENUM_NAMES(ApplicationArea, area_names)
CHAINCITY_ENUM_NAMES(ParkKind, park_kind_names)
CHAINCITY_ENUM_NAMES(Governance, governance_names)
CHAINCITY_ENUM_NAMES(ParkStatus, status_names)
CHAINCITY_ENUM_NAMES(IncentiveCategory, category_names)
CHAINCITY_ENUM_NAMES(IncentiveTier, itier_names)
CHAINCITY_ENUM_NAMES(IncentiveForm, form_names)
CHAINCITY_ENUM_NAMES(Frequency, frequency_names)
CHAINCITY_ENUM_NAMES(Per, per_names)
CHAINCITY_ENUM_NAMES(Metric, metric_names)
CHAINCITY_ENUM_NAMES(EventKind, event_kind_names)
CHAINCITY_ENUM_NAMES(ApplicationKind, app_kind_names)
#undef CHAINCITY_ENUM_NAMES

bool from_string(std::string_view name, Currency& out) noexcept { return enum_value(currency_names, name, out); }
std::string_view to_string(DateOrder o) noexcept { return enum_name(order_names, o); }
std::string_view to_string(RangeMatch m) noexcept { return enum_name(match_names, m); }

}  // namespace v1
}  // namespace chaincity
