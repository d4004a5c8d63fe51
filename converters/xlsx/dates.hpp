#pragma once
// Spreadsheet date serials and ISO 8601 date text.
#include <optional>
#include <string>
#include <string_view>

#include "converters/xlsx/number_formats.hpp"

namespace mk::xlsx {

// The two epochs a workbook may count its date serials from (workbookPr date1904).
enum class date_system { from_1900, from_1904 };

// ISO text for a date serial shown with a number format of the given kind, rounded to whole
// seconds: "2019-03-31" for a date format at midnight, "2019-03-31T14:30:00" otherwise. A time
// format on a serial of less than a day gives the time alone ("14:30:00"), a duration format the
// time span in hours, minutes and seconds ("37:30:00", "-01:30:00"; see clock_text). In the 1900
// system serial 60 is Excel's fictitious 1900-02-29 and serials below 60 are shifted by its leap
// bug, so serial 1 is 1900-01-01. Another serial below 1 is a time of day on 1899-12-30, as
// openpyxl reads it (except with a date format in the 1904 system, where it is 1904-01-01, as
// Excel shows it). nullopt outside the years 1–9999.
std::optional<std::string> serial_to_iso(double serial, date_system system, format_kind kind);

// The same canonical text for a date written as text (t="d"): "YYYY-MM-DD", optionally with
// "THH:MM[:SS[.fff]]" and "Z", or a time alone (which gives "HH:MM:SS"); with_time when the cell's number format shows a
// time of day. nullopt when it is no such date or time.
std::optional<std::string> normalize_iso_date(std::string_view text, bool with_time);

}  // namespace mk::xlsx
