#pragma once
// Indicators (indikatorer, nyckeltal) with their målvärde and outcomes, the values typed (1.2).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/model/checkpoint.hpp"
#include "src/model/provenance.hpp"

namespace mk::model {

// What a value of an indicator is.
enum class value_kind : std::uint8_t {
    text,       // words ("Ej mätt", "Öka"), or no value at all
    number,     // "75", "3,5"
    percent,    // "85 %", "85%", or 0.85 in a cell formatted as a percentage
    malformed,  // written with digits and marks only, yet no number ("85 %%", "7,5,3", "≥")
};

// The comparison a value states: "≥ 75", ">= 75" and "minst 75" are at_least.
enum class comparison : std::uint8_t { none, at_least, above, at_most, below };

// A target or an outcome: the text as written, and what it says when it is a value.
struct indicator_value {
    // As written ("≥ 75 %", "Ej mätt"); a number cell's number as text ("85 %" for 0.85 shown as a
    // percentage).
    std::string text;
    value_kind kind = value_kind::text;
    comparison compare = comparison::none;
    // number and percent: the number (85 for "85 %" and for 0.85 shown as a percentage).
    std::optional<double> number;

    bool operator==(const indicator_value&) const = default;
};

// One outcome (utfall) of an indicator, at a year or checkpoint when the column names one.
struct outcome {
    // The column as written ("Utfall 2019", "Utfall delår 1").
    std::string label;
    std::optional<int> year;
    std::optional<model::checkpoint> checkpoint;
    // The previous year's outcome ("Utfall föregående år"): a comparison, never the current outcome.
    bool previous_year = false;
    indicator_value value;
    std::optional<source_ref> source;

    bool operator==(const outcome&) const = default;
};

// An indicator with its målvärde ("Andel elever med gymnasieexamen inom 3 år", "≥ 75", "%") and
// outcomes.
struct indicator {
    std::string name;
    // The target value (målvärde), the text as written.
    indicator_value target;
    std::string unit;
    // A public KPI id, e.g. Kolada "N15419".
    std::string kpi;
    // In column order.
    std::vector<outcome> outcomes;
    // The trend as written ("↑", "Förbättrad").
    std::string trend;
    // The indicator's cell, and the target's.
    std::optional<source_ref> source;
    std::optional<source_ref> target_source;

    bool operator==(const indicator&) const = default;
};

}  // namespace mk::model
