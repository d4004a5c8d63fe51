#include "src/recognize/indicators.hpp"

#include "src/recognize/cell_place.hpp"
#include "src/recognize/indicator_value.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

// The value a cell states: a number cell's number (a percentage when formatted as one), else its text.
model::indicator_value value_of(const cell& c) {
    if (c.type == cell_type::number) return number_cell_value(c.number, c.percent);
    if (c.type == cell_type::boolean) return parse_indicator_value(c.number != 0 ? "TRUE" : "FALSE");
    return parse_indicator_value(c.text);
}

// Whether a column of this role holds part of an indicator.
bool reads_indicator(column_role role) {
    return role == column_role::indicator || role == column_role::target || role == column_role::outcome ||
           role == column_role::trend;
}

}  // namespace

std::optional<model::indicator> read_row_indicator(const sheet& s, std::uint32_t row, std::span<const column> columns,
                                                   const model::source_ref& sheet_place) {
    auto place = [&](std::uint32_t col) { return cell_place(sheet_place, row, col); };
    model::indicator out;
    bool found = false;
    for (const column& c : columns) {
        if (!reads_indicator(c.role)) continue;  // no lookup in the sheet for the other columns
        const cell* value = s.find(row, c.col);
        if (!value || (value->type == cell_type::string && text::is_blank(value->text))) continue;
        switch (c.role) {
            case column_role::indicator:
                out.name = text::squeeze_spaces_keep_lines(value_of(*value).text);
                out.source = place(c.col);
                break;
            case column_role::target:
                out.target = value_of(*value);
                out.target_source = place(c.col);
                break;
            case column_role::outcome: {
                model::outcome o;
                o.label = text::squeeze_spaces(c.header);
                o.year = c.year;
                if (c.checkpoint != model::checkpoint::report) o.checkpoint = c.checkpoint;
                o.previous_year = c.previous_year;
                o.value = value_of(*value);
                o.source = place(c.col);
                out.outcomes.push_back(std::move(o));
                break;
            }
            case column_role::trend: out.trend = text::squeeze_spaces(value_of(*value).text); break;
            default: continue;
        }
        found = true;
    }
    if (!found) return std::nullopt;
    if (!out.source) out.source = out.target_source;
    if (!out.source && !out.outcomes.empty()) out.source = out.outcomes.front().source;
    return out;
}

}  // namespace mk::recognize
