#pragma once
// A value of a source column the model has no field for, kept with its header (schema 1.2; percent 1.3).
#include <cstdint>
#include <string>

namespace mk::model {

// What kind of value a kept cell held; percent (schema 1.3): a number the source shows as a
// percentage, its value the fraction ("0.85" for 85 %).
enum class value_type : std::uint8_t { text, number, date, boolean, error, percent };

// One cell of an unrecognised column of a table row ("Ansvarig enhet": "Skola A").
struct extra_field {
    // The column's header as written.
    std::string name;
    // The value as text: a number or percentage as the shortest text that reads back the same ("0.85"), a date in
    // ISO 8601, a boolean "true" or "false", an error as written ("#N/A").
    std::string value;
    model::value_type type = value_type::text;

    bool operator==(const extra_field&) const = default;
};

}  // namespace mk::model
