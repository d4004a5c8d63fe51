#include "converters/xlsx/cell_formats.hpp"

#include "src/container/iso_moment.hpp"
#include "src/core/error.hpp"

namespace mk::xlsx {
namespace {

// Most cell formats Excel opens.
constexpr std::size_t max_cell_formats = 64000;

}  // namespace

cell_formats::cell_formats(const workbook& book) {
    bool used[number_format_count] = {true};
    for (const sheet& s : book.sheets)
        for (const cell& c : s.cells) used[static_cast<std::size_t>(format_of(c, book.styles[c.style]))] = true;
    for (std::size_t i = 0; i < number_format_count; ++i) {
        if (!used[i]) continue;
        slot_[i] = static_cast<std::uint32_t>(formats_.size());
        formats_.push_back(static_cast<number_format>(i));
    }
    if (book.styles.size() * formats_.size() > max_cell_formats)
        throw error("xlsx.too_many_styles",
                    tr("arbetsboken har {0} cellformat, fler än de {1} som Excel kan öppna: använd färre olika "
                       "utseenden",
                       "the workbook has {0} cell formats, more than the {1} Excel can open: use fewer different looks",
                       {std::to_string(book.styles.size() * formats_.size()), std::to_string(max_cell_formats)}));
}

number_format cell_formats::format_of(const cell& c, const cell_style& style) {
    if (c.type == cell_type::number && style.percent) {
        static constexpr number_format by_decimals[max_percent_decimals + 1] = {
            number_format::percent, number_format::percent_1, number_format::percent_2};
        return by_decimals[shown_percent_decimals(style)];
    }
    if (c.type != cell_type::date) return number_format::general;
    if (parse_clock_text(c.text)) return number_format::time;
    auto moment = parse_iso_moment(c.text);
    return moment && moment->has_time ? number_format::date_time : number_format::date;
}

}  // namespace mk::xlsx
