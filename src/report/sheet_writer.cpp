#include "src/report/sheet_writer.hpp"

#include <algorithm>

#include "src/text/number_text.hpp"

namespace mk::report {

void sheet_writer::text(std::uint32_t row, std::uint32_t col, const std::string& value, const cell_style& style) {
    if (value.empty()) return;
    sheet_.cells.push_back({row, col, cell_type::string, value, 0, book_.style_index(style)});
}

void sheet_writer::number(std::uint32_t row, std::uint32_t col, double value, const cell_style& style) {
    sheet_.cells.push_back({row, col, cell_type::number, {}, value, book_.style_index(style)});
}

void sheet_writer::share(std::uint32_t row, std::uint32_t col, std::optional<double> value, const cell_style& style) {
    if (!value) {
        text(row, col, "–", style);
        return;
    }
    cell_style shown = style;
    shown.percent = true;
    number(row, col, *value, shown);
}

void sheet_writer::field(std::uint32_t row, std::uint32_t col, const model::extra_field& value,
                         const cell_style& style) {
    if (value.value.empty()) return;
    std::uint16_t look = book_.style_index(style);
    switch (value.type) {
        case model::value_type::number:
        case model::value_type::percent: {
            std::optional<double> number = text::parse_finite_number(value.value);
            if (!number) break;
            if (value.type == model::value_type::percent) {
                cell_style shown = style;
                shown.percent = true;
                shown.percent_decimals = percent_decimals(*number);
                look = book_.style_index(shown);
            }
            sheet_.cells.push_back({row, col, cell_type::number, {}, *number, look});
            return;
        }
        case model::value_type::date: sheet_.cells.push_back({row, col, cell_type::date, value.value, 0, look}); return;
        case model::value_type::boolean:
            sheet_.cells.push_back({row, col, cell_type::boolean, {}, value.value == "true" ? 1.0 : 0.0, look});
            return;
        case model::value_type::error:
            sheet_.cells.push_back({row, col, cell_type::error, value.value, 0, look});
            return;
        case model::value_type::text: break;
    }
    text(row, col, value.value, style);
}

void sheet_writer::header_row(std::uint32_t row, const std::vector<std::pair<std::string, double>>& columns,
                              const cell_style& style) {
    width_ = static_cast<std::uint32_t>(columns.size());
    sheet_.column_widths.resize(std::max<std::size_t>(sheet_.column_widths.size(), columns.size()));
    for (std::uint32_t col = 0; col < width_; ++col) {
        text(row, col, columns[col].first, style);
        sheet_.column_widths[col] = columns[col].second;
    }
}

void sheet_writer::freeze_and_filter(std::uint32_t header_row, std::uint32_t last_row) {
    sheet_.frozen_rows = header_row + 1;
    sheet_.print = {.landscape_fit_to_width = true, .repeated_row = header_row};
    if (width_) sheet_.autofilter = cell_range{header_row, 0, std::max(header_row, last_row), width_ - 1};
}

}  // namespace mk::report
