#pragma once
// The automatic styles an .ods gets from a workbook, and the names cells, columns and tables use.
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "src/container/workbook.hpp"

namespace mk::ods {

// How a cell's value is shown: as it is, as a date, as a date and time of day, as a time in
// hours, minutes and seconds (a time of day or a duration), or as a percentage (with the decimals
// of the cell's style).
enum class value_display : std::uint8_t { plain, date, date_time, time, percent };

// The display a cell needs among styles: date_time for a date with a time part, time for a time
// alone, percent for a number whose look shows a percentage.
value_display display_of(const cell& c, const std::vector<mk::cell_style>& styles);

// Data style names of the date and time displays.
inline constexpr std::string_view date_data_style = "N1";
inline constexpr std::string_view date_time_data_style = "N2";
inline constexpr std::string_view time_data_style = "N3";
// Data style names of the percentages with 0, 1 and 2 decimals.
inline constexpr std::string_view percent_data_styles[max_percent_decimals + 1] = {"N4", "N5", "N6"};
// The table style of a sheet: visible or hidden, printed on the default page or landscape.
std::string_view table_style_of(const sheet& s);
// The master page of landscape sheets fitted to the page's width (styles.xml).
inline constexpr std::string_view landscape_master_page = "Landscape";

class style_names {
public:
    // Collects the cell looks and column widths book uses.
    explicit style_names(const workbook& book);

    // The display c needs (display_of with the book's styles).
    value_display display(const cell& c) const { return display_of(c, book_.styles); }
    // The decimals a cell of look style shows when its display is percent (shown_percent_decimals).
    std::uint8_t percent_decimals(std::uint16_t style) const { return shown_percent_decimals(book_.styles[style]); }
    // The cell style of style shown with display; empty for the default look shown plainly.
    std::string cell_style(std::uint16_t style, value_display display) const;
    // The column style of a width in characters; empty for the default width (0).
    std::string column_style(double width) const;

    // The (style, display) pairs that need a cell style, in name order.
    const std::set<std::pair<std::uint16_t, value_display>>& cell_styles() const { return cell_styles_; }
    // The distinct column widths, the i-th named "co<i+1>".
    const std::vector<double>& column_widths() const { return widths_; }

private:
    const workbook& book_;
    std::set<std::pair<std::uint16_t, value_display>> cell_styles_;
    std::vector<double> widths_;
};

}  // namespace mk::ods
