#include "converters/ods/write_style_names.hpp"

#include <array>

#include <algorithm>

#include "src/container/iso_moment.hpp"

namespace mk::ods {

value_display display_of(const cell& c, const std::vector<mk::cell_style>& styles) {
    if (c.type == cell_type::number && styles[c.style].percent) return value_display::percent;
    if (c.type != cell_type::date) return value_display::plain;
    if (parse_clock_text(c.text)) return value_display::time;
    auto moment = parse_iso_moment(c.text);
    return moment && moment->has_time ? value_display::date_time : value_display::date;
}

std::string_view table_style_of(const sheet& s) {
    static constexpr std::array<std::string_view, 4> names{"ta1", "ta2", "ta3", "ta4"};
    bool hidden = s.visibility != sheet_visibility::visible;
    return names[(hidden ? 1u : 0u) + (s.print.landscape_fit_to_width ? 2u : 0u)];
}

style_names::style_names(const workbook& book) : book_(book) {
    for (const sheet& s : book.sheets) {
        for (const cell& c : s.cells)
            if (!cell_style(c.style, display_of(c, book.styles)).empty())
                cell_styles_.emplace(c.style, display_of(c, book.styles));
        for (double width : s.column_widths)
            if (width > 0 && std::find(widths_.begin(), widths_.end(), width) == widths_.end())
                widths_.push_back(width);
    }
}

std::string style_names::cell_style(std::uint16_t style, value_display display) const {
    static constexpr const char* suffixes[] = {"", "-d", "-t", "-h", "-p"};
    if (display == value_display::plain && book_.styles[style] == mk::cell_style{}) return {};
    return "ce" + std::to_string(style) + suffixes[static_cast<std::size_t>(display)];
}

std::string style_names::column_style(double width) const {
    auto found = std::find(widths_.begin(), widths_.end(), width);
    if (width <= 0 || found == widths_.end()) return {};
    return "co" + std::to_string(found - widths_.begin() + 1);
}

}  // namespace mk::ods
