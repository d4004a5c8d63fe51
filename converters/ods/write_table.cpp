// One table:table of content.xml: its columns, rows and cells, with repeats for what is empty.
#include <algorithm>
#include <iterator>

#include "converters/ods/write_parts.hpp"
#include "src/container/iso_moment.hpp"
#include "src/text/number_text.hpp"

namespace mk::ods {
namespace {

void attribute_count(xml_writer& out, std::string_view name, std::uint64_t count) {
    if (count > 1) out.attribute(name, std::to_string(count));
}

// One line of a cell's text: spaces that ODF would collapse or drop (runs, and spaces at either
// end) as text:s, tabs as text:tab; what is left as text.
void write_line(xml_writer& out, std::string_view line) {
    out.text("");
    std::size_t done = 0;
    for (std::size_t at = 0; at < line.size();) {
        if (line[at] == '\t') {
            out.text(line.substr(done, at - done));
            out.start("text:tab");
            out.end();
            done = ++at;
            continue;
        }
        if (line[at] != ' ') {
            ++at;
            continue;
        }
        std::size_t end = line.find_first_not_of(' ', at);
        if (end == std::string_view::npos) end = line.size();
        bool inside = at > 0 && end < line.size();
        std::size_t literal = inside ? 1 : 0;
        out.text(line.substr(done, at + literal - done));
        if (end - at > literal) {
            out.start("text:s");
            attribute_count(out, "text:c", end - at - literal);
            out.end();
        }
        done = at = end;
    }
    out.text(line.substr(done));
}

// A text:p per line, as the reader joins them with line breaks.
void write_paragraphs(xml_writer& out, std::string_view text) {
    for (std::size_t start = 0;;) {
        std::size_t end = text.find('\n', start);
        std::string_view line =
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        out.start("text:p");
        if (!line.empty()) write_line(out, line);
        out.end();
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
}

// An office:time-value: "PT37H30M00S" for 37:30:00, "-PT01H30M00S" for a negative span.
std::string iso_duration(std::int64_t seconds) {
    std::string out = seconds < 0 ? "-PT" : "PT";
    std::string clock = clock_text(seconds);
    if (seconds < 0) clock.erase(0, 1);
    std::size_t first = clock.find(':');
    out += clock.substr(0, first) + 'H' + clock.substr(first + 1, 2) + 'M' + clock.substr(first + 4, 2) + 'S';
    return out;
}

// The value attributes and text of c shown with display, a percentage with decimals decimals (error
// values, which ODF cannot mark without LibreOffice's extensions, are written as their text).
void write_value(xml_writer& out, const cell& c, value_display display, std::uint8_t decimals) {
    switch (c.type) {
        case cell_type::string:
        case cell_type::error:
            if (c.text.empty()) return;
            out.attribute("office:value-type", "string");
            write_paragraphs(out, c.text);
            return;
        case cell_type::number:
            if (display == value_display::percent) {
                out.attribute("office:value-type", "percentage");
                out.attribute("office:value", text::number_text(c.number));
                write_paragraphs(out, percent_text(c.number, decimals));
                return;
            }
            out.attribute("office:value-type", "float");
            out.attribute("office:value", text::number_text(c.number));
            write_paragraphs(out, text::number_text(c.number));
            return;
        case cell_type::boolean:
            out.attribute("office:value-type", "boolean");
            out.attribute("office:boolean-value", c.number != 0 ? "true" : "false");
            write_paragraphs(out, c.number != 0 ? "TRUE" : "FALSE");
            return;
        case cell_type::date: {
            if (auto seconds = parse_clock_text(c.text)) {
                out.attribute("office:value-type", "time");
                out.attribute("office:time-value", iso_duration(*seconds));
                write_paragraphs(out, c.text);
                return;
            }
            out.attribute("office:value-type", "date");
            out.attribute("office:date-value", c.text);
            std::string shown = c.text;
            std::replace(shown.begin(), shown.end(), 'T', ' ');
            write_paragraphs(out, shown);
            return;
        }
    }
}

using cell_iterator = std::vector<cell>::const_iterator;

class table_writer {
public:
    table_writer(xml_writer& out, const sheet& s, const style_names& names) : out_(out), sheet_(s), names_(names) {}

    void write() {
        out_.start("table:table");
        out_.attribute("table:name", sheet_.name);
        out_.attribute("table:style-name", table_style_of(sheet_));
        write_columns();
        write_rows();
        out_.end();
    }

private:
    // Columns up to the last one with a cell, a merge, a width or hidden, in runs of the same look.
    void write_columns() {
        std::size_t end = std::max<std::size_t>(sheet_.column_widths.size(), 1);
        for (const cell& c : sheet_.cells) end = std::max<std::size_t>(end, c.col + 1);
        for (const cell_range& m : sheet_.merges) end = std::max<std::size_t>(end, m.last_col + 1);
        if (!sheet_.hidden_cols.empty()) end = std::max<std::size_t>(end, sheet_.hidden_cols.back() + 1);
        for (std::size_t first = 0; first < end;) {
            std::string style = column_style(first);
            bool hidden = is_hidden_col(first);
            std::size_t last = first;
            while (last + 1 < end && column_style(last + 1) == style && is_hidden_col(last + 1) == hidden) ++last;
            out_.start("table:table-column");
            out_.attribute_if("table:style-name", style);
            attribute_count(out_, "table:number-columns-repeated", last - first + 1);
            if (hidden) out_.attribute("table:visibility", "collapse");
            out_.end();
            first = last + 1;
        }
    }

    std::string column_style(std::size_t col) const {
        return names_.column_style(col < sheet_.column_widths.size() ? sheet_.column_widths[col] : 0);
    }
    bool is_hidden_col(std::size_t col) const {
        return std::binary_search(sheet_.hidden_cols.begin(), sheet_.hidden_cols.end(), col);
    }

    // The rows where what a row holds may change: every row with cells, where merges start and
    // end, where runs of hidden rows start and end. Rows between two of them are alike.
    std::vector<std::uint64_t> row_breaks() const {
        // The cells come sorted by row: their breaks are made in order, each row once, and only
        // the few breaks of merges, hidden rows and the header row are sorted into them.
        std::vector<std::uint64_t> from_cells;
        for (const cell& c : sheet_.cells) {
            if (!from_cells.empty() && from_cells.back() == c.row + 1ull) continue;
            if (from_cells.empty() || from_cells.back() != c.row) from_cells.push_back(c.row);
            from_cells.push_back(c.row + 1ull);
        }
        std::vector<std::uint64_t> others{0};
        for (const cell_range& m : sheet_.merges) {
            others.push_back(m.first_row);
            others.push_back(m.first_row + 1ull);
            others.push_back(m.last_row + 1ull);
        }
        const auto& hidden = sheet_.hidden_rows;
        for (std::size_t i = 0; i < hidden.size(); ++i) {
            if (i == 0 || hidden[i - 1] + 1 != hidden[i]) others.push_back(hidden[i]);
            if (i + 1 == hidden.size() || hidden[i] + 1 != hidden[i + 1]) others.push_back(hidden[i] + 1ull);
        }
        if (auto header = sheet_.print.repeated_row) {
            others.push_back(*header);
            others.push_back(*header + 1ull);
        }
        std::sort(others.begin(), others.end());
        std::vector<std::uint64_t> breaks;
        breaks.reserve(from_cells.size() + others.size());
        std::merge(from_cells.begin(), from_cells.end(), others.begin(), others.end(), std::back_inserter(breaks));
        breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
        return breaks;
    }

    void write_rows() {
        std::vector<std::uint64_t> breaks = row_breaks();
        std::vector<const cell_range*> starting;
        for (const cell_range& m : sheet_.merges) starting.push_back(&m);
        std::sort(starting.begin(), starting.end(),
                  [](const cell_range* a, const cell_range* b) { return a->first_row < b->first_row; });
        auto next_merge = starting.begin();
        auto next_cell = sheet_.cells.begin();
        if (breaks.size() == 1) breaks.push_back(1);  // an empty sheet still has one row
        for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
            auto row = static_cast<std::uint32_t>(breaks[i]);
            std::erase_if(open_merges_, [&](const cell_range* m) { return m->last_row < row; });
            for (; next_merge != starting.end() && (*next_merge)->first_row == row; ++next_merge)
                open_merges_.push_back(*next_merge);
            std::sort(open_merges_.begin(), open_merges_.end(),
                      [](const cell_range* a, const cell_range* b) { return a->first_col < b->first_col; });
            auto row_end = next_cell;
            while (row_end != sheet_.cells.end() && row_end->row == row) ++row_end;
            bool header = sheet_.print.repeated_row == row;
            if (header) out_.start("table:table-header-rows");
            write_row(row, breaks[i + 1] - row, next_cell, row_end);
            if (header) out_.end();
            next_cell = row_end;
        }
    }

    void write_row(std::uint32_t row, std::uint64_t repeat, cell_iterator first, cell_iterator last) {
        out_.start("table:table-row");
        attribute_count(out_, "table:number-rows-repeated", repeat);
        if (std::binary_search(sheet_.hidden_rows.begin(), sheet_.hidden_rows.end(), row))
            out_.attribute("table:visibility", "collapse");
        column_ = 0;
        cells_written_ = false;
        for (const cell_range* m : open_merges_) {
            first = write_plain_cells(first, last, m->first_col);
            write_empty("table:table-cell", m->first_col - column_);
            if (m->first_row == row) {
                const cell* anchor = first != last && first->col == m->first_col ? &*first++ : nullptr;
                write_cell("table:table-cell", anchor, m);
            }
            first = write_covered_cells(first, last, m->last_col + 1);
        }
        write_plain_cells(first, last, max_cols);
        if (!cells_written_) write_empty("table:table-cell", 1);
        out_.end();
    }

    // Cells from first up to column end (not including it), with the empty gaps between them.
    cell_iterator write_plain_cells(cell_iterator first, cell_iterator last, std::uint32_t end) {
        for (; first != last && first->col < end; ++first) {
            write_empty("table:table-cell", first->col - column_);
            write_cell("table:table-cell", &*first, nullptr);
        }
        return first;
    }

    // Covered cells from column_ up to end, with the values of the cells among them.
    cell_iterator write_covered_cells(cell_iterator first, cell_iterator last, std::uint32_t end) {
        for (; first != last && first->col < end; ++first) {
            write_empty("table:covered-table-cell", first->col - column_);
            write_cell("table:covered-table-cell", &*first, nullptr);
        }
        write_empty("table:covered-table-cell", end - column_);
        return first;
    }

    void write_empty(std::string_view element, std::uint64_t count) {
        if (count == 0) return;
        out_.start(element);
        attribute_count(out_, "table:number-columns-repeated", count);
        out_.end();
        column_ += static_cast<std::uint32_t>(count);
        cells_written_ = true;
    }

    // The cell at column_: c's look and value (c may be null), spanning merge when given.
    void write_cell(std::string_view element, const cell* c, const cell_range* merge) {
        out_.start(element);
        value_display display = c ? names_.display(*c) : value_display::plain;
        if (c) out_.attribute_if("table:style-name", names_.cell_style(c->style, display));
        if (merge) {
            attribute_count(out_, "table:number-columns-spanned", merge->last_col - merge->first_col + 1ull);
            attribute_count(out_, "table:number-rows-spanned", merge->last_row - merge->first_row + 1ull);
        }
        if (c) write_value(out_, *c, display, names_.percent_decimals(c->style));
        out_.end();
        ++column_;
        cells_written_ = true;
    }

    xml_writer& out_;
    const sheet& sheet_;
    const style_names& names_;
    std::vector<const cell_range*> open_merges_;
    std::uint32_t column_ = 0;
    bool cells_written_ = false;
};

}  // namespace

void write_table(xml_writer& out, const sheet& s, const style_names& names) { table_writer(out, s, names).write(); }

}  // namespace mk::ods
