/// @file
/// @brief Forward declarations of ChainCity's public types.
#pragma once

namespace chaincity {
inline namespace v1 {
class Decimal;
class Money;
struct Quantity;
class PartialDate;
struct DateRange;
struct RecordedDate;
struct Provenance;
struct Scope;
struct FirstClaim;
struct Source;
struct City;
struct District;
struct PolicyDocument;
struct Target;
struct IndustrialPark;
struct IncentiveScheme;
struct Incentive;
struct Indicator;
struct Window;
struct Event;
struct Application;
class Atlas;
class AtlasBuilder;
struct AtlasSummary;
class Error;
class ParseError;
class ValidationError;
class IoError;
class ArithmeticError;
class NotFoundError;
}  // namespace v1
}  // namespace chaincity
