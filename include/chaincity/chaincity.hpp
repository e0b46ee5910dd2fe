/// @file
/// @brief Umbrella header: everything public in ChainCity.
#pragma once

#include <chaincity/atlas.hpp>
#include <chaincity/core/date.hpp>
#include <chaincity/core/decimal.hpp>
#include <chaincity/core/error.hpp>
#include <chaincity/core/money.hpp>
#include <chaincity/core/quantity.hpp>
#include <chaincity/incentives.hpp>
#include <chaincity/io/json.hpp>
#include <chaincity/io/limits.hpp>
#include <chaincity/model/enums.hpp>
#include <chaincity/query.hpp>
#include <chaincity/rank/methodology.hpp>
#include <chaincity/rank/metric.hpp>
#include <chaincity/rank/ranking.hpp>
#include <chaincity/report.hpp>
#include <chaincity/text.hpp>
#include <chaincity/version.hpp>
