#pragma once
// Filling one sheet of a report workbook: text and number cells with their look.
#include <cstddef>
#include <optional>
#include <string>

#include "src/container/workbook.hpp"
#include "src/model/extra_field.hpp"

namespace mk::report {

// The looks the report's sheets use.
struct sheet_looks {
    cell_style title{.bold = true, .wrap = false, .border = false, .fill = {}};
    cell_style header{.bold = true, .wrap = true, .border = true, .fill = "DDE4EC"};
    cell_style body{.bold = false, .wrap = true, .border = true, .fill = {}};
    cell_style strong_body{.bold = true, .wrap = true, .border = true, .fill = {}};

    // body filled with fill (RRGGBB; empty: plain body).
    cell_style filled(std::string fill) const {
        cell_style style = body;
        style.fill = std::move(fill);
        return style;
    }
};

// Adds cells to one sheet, registering their looks in the workbook.
class sheet_writer {
public:
    sheet_writer(workbook& book, sheet& target) : book_(book), sheet_(target) {}

    // A text cell; empty text adds nothing.
    void text(std::uint32_t row, std::uint32_t col, const std::string& value, const cell_style& style);
    // A number cell.
    void number(std::uint32_t row, std::uint32_t col, double value, const cell_style& style);
    // A share as a number shown as a percentage (0.92, "92 %"); "–" as text with none.
    void share(std::uint32_t row, std::uint32_t col, std::optional<double> value, const cell_style& style);
    // A cell holding a kept field's value as the type it was read as (a number, a percentage shown as
    // one, a date…), as its text where it is no finite number ("inf"); an empty value adds nothing.
    void field(std::uint32_t row, std::uint32_t col, const model::extra_field& value, const cell_style& style);
    // A header row of texts from column 0, with widths in characters.
    void header_row(std::uint32_t row, const std::vector<std::pair<std::string, double>>& columns,
                    const cell_style& style);
    // Makes room for rows × columns more cells at once (125,000 rows: no list grown by doubling).
    void make_room(std::size_t rows, std::size_t columns) {
        sheet_.cells.reserve(sheet_.cells.size() + rows * columns);
    }
    // Freezes the rows down to header_row and filters from it to last_row, over the header's columns;
    // the sheet prints landscape, fitted to the page's width, with header_row on every page.
    void freeze_and_filter(std::uint32_t header_row, std::uint32_t last_row);

private:
    workbook& book_;
    sheet& sheet_;
    std::uint32_t width_ = 0;
};

}  // namespace mk::report
