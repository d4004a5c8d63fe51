#pragma once
// Spreadsheet date serials and ISO 8601 date text.
#include <optional>
#include <string>
#include <string_view>

namespace mk::xlsx {

// The two epochs a workbook may count its date serials from (workbookPr date1904).
enum class date_system { from_1900, from_1904 };

// ISO text for a date serial, rounded to whole seconds: "2019-03-31" at midnight,
// "2019-03-31T14:30:00" otherwise, "14:30:00" for a serial below 1 (a time of day, as openpyxl
// reads it). In the 1900 system serial 60 is Excel's fictitious 1900-02-29 and serials below 60 are
// shifted by its leap bug, so serial 1 is 1900-01-01. nullopt outside the years 1–9999.
std::optional<std::string> serial_to_iso(double serial, date_system system);

// The same canonical ISO text for a date written as text (t="d"): "YYYY-MM-DD", optionally with
// "THH:MM[:SS[.fff]]" and "Z", or a time alone; nullopt when it is no such date or time.
std::optional<std::string> normalize_iso_date(std::string_view text);

}  // namespace mk::xlsx
