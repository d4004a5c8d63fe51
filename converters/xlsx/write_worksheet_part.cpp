// xl/worksheets/sheetN.xml.
#include <algorithm>
#include <array>

#include "converters/package/part_writer.hpp"
#include "converters/package/xml.hpp"
#include "converters/xlsx/date_serial.hpp"
#include "converters/xlsx/row_heights.hpp"
#include "converters/xlsx/write_parts.hpp"
#include "src/core/xml_writer.hpp"
#include "src/text/number_text.hpp"

namespace mk::xlsx {
namespace {

// The error values Excel knows; any other error text is written as a string.
constexpr std::array<std::string_view, 8> excel_errors = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!",
                                                          "#NAME?", "#NUM!",   "#N/A",    "#GETTING_DATA"};

class worksheet_writer {
public:
    worksheet_writer(const sheet& s, const std::vector<cell_style>& styles, const cell_formats& formats,
                     shared_string_table& strings)
        : sheet_(s), styles_(styles), heights_(s, styles), formats_(formats), strings_(strings) {}

    std::string write(bool selected) {
        out_.start("worksheet");
        out_.attribute("xmlns", ns::spreadsheetml);
        out_.attribute("xmlns:r", ns::office_relationships);
        write_sheet_properties();
        write_dimension();
        write_sheet_views(selected);
        write_cols();
        write_sheet_data();
        write_auto_filter();
        write_merge_cells();
        write_page_margins();
        write_page_setup();
        out_.end();
        return out_.finish();
    }

private:
    // Fitting to the page is switched on here; pageSetup says how many pages across and down.
    void write_sheet_properties() {
        if (!sheet_.print.landscape_fit_to_width) return;
        out_.start("sheetPr");
        out_.start("pageSetUpPr");
        out_.attribute("fitToPage", "1");
        out_.end();
        out_.end();
    }

    // The used range: "A1" for an empty sheet.
    void write_dimension() {
        std::string ref = "A1";
        if (!sheet_.cells.empty()) {
            cell_range used{sheet_.cells.front().row, max_cols, sheet_.cells.back().row, 0};
            for (const cell& c : sheet_.cells) {
                used.first_col = std::min(used.first_col, c.col);
                used.last_col = std::max(used.last_col, c.col);
            }
            ref = used.first_row == used.last_row && used.first_col == used.last_col
                      ? format_a1(used.first_row, used.first_col)
                      : format_range(used);
        }
        out_.start("dimension");
        out_.attribute("ref", ref);
        out_.end();
    }

    void write_sheet_views(bool selected) {
        out_.start("sheetViews");
        out_.start("sheetView");
        if (selected) out_.attribute("tabSelected", "1");
        out_.attribute("workbookViewId", "0");
        if (sheet_.frozen_rows > 0) write_frozen_pane();
        out_.end();
        out_.end();
    }

    void write_frozen_pane() {
        std::string top_left = format_a1(sheet_.frozen_rows, 0);
        out_.start("pane");
        out_.attribute("ySplit", std::to_string(sheet_.frozen_rows));
        out_.attribute("topLeftCell", top_left);
        out_.attribute("activePane", "bottomLeft");
        out_.attribute("state", "frozen");
        out_.end();
        out_.start("selection");
        out_.attribute("pane", "bottomLeft");
        out_.attribute("activeCell", top_left);
        out_.attribute("sqref", top_left);
        out_.end();
    }

    // One <col> per run of neighbouring columns with the same width and visibility.
    void write_cols() {
        std::size_t end = sheet_.column_widths.size();
        if (!sheet_.hidden_cols.empty()) end = std::max<std::size_t>(end, sheet_.hidden_cols.back() + 1);
        bool any = false;
        for (std::size_t first = 0; first < end;) {
            double width = width_of(first);
            bool hidden = is_hidden_col(first);
            std::size_t last = first;
            while (last + 1 < end && width_of(last + 1) == width && is_hidden_col(last + 1) == hidden) ++last;
            if (width > 0 || hidden) {
                if (!any) out_.start("cols");
                any = true;
                write_col(first, last, width, hidden);
            }
            first = last + 1;
        }
        if (any) out_.end();
    }

    void write_col(std::size_t first, std::size_t last, double width, bool hidden) {
        out_.start("col");
        out_.attribute("min", std::to_string(first + 1));
        out_.attribute("max", std::to_string(last + 1));
        if (width > 0) {
            out_.attribute("width", text::number_text(width));
            out_.attribute("customWidth", "1");
        }
        if (hidden) out_.attribute("hidden", "1");
        out_.end();
    }

    double width_of(std::size_t col) const { return col < sheet_.column_widths.size() ? sheet_.column_widths[col] : 0; }
    bool is_hidden_col(std::size_t col) const {
        return std::binary_search(sheet_.hidden_cols.begin(), sheet_.hidden_cols.end(), col);
    }

    // Rows in order: each row holding a cell, and each hidden row even when empty.
    void write_sheet_data() {
        out_.start("sheetData");
        auto next_cell = sheet_.cells.begin();
        auto next_hidden = sheet_.hidden_rows.begin();
        while (next_cell != sheet_.cells.end() || next_hidden != sheet_.hidden_rows.end()) {
            std::uint32_t row = next_cell == sheet_.cells.end()           ? *next_hidden
                                : next_hidden == sheet_.hidden_rows.end() ? next_cell->row
                                                                          : std::min(next_cell->row, *next_hidden);
            bool hidden = next_hidden != sheet_.hidden_rows.end() && *next_hidden == row;
            if (hidden) ++next_hidden;
            auto row_end = next_cell;
            while (row_end != sheet_.cells.end() && row_end->row == row) ++row_end;
            write_row(row, hidden, next_cell, row_end);
            next_cell = row_end;
        }
        out_.end();
    }

    void write_row(std::uint32_t row, bool hidden, std::vector<cell>::const_iterator first,
                   std::vector<cell>::const_iterator last) {
        out_.start("row");
        out_.attribute("r", std::to_string(row + 1));
        if (hidden) out_.attribute("hidden", "1");
        if (double height = heights_.height(std::span(first, last)); height > 0)
            out_.attribute("ht", text::number_text(height));
        for (auto c = first; c != last; ++c) write_cell(*c);
        out_.end();
    }

    void write_cell(const cell& c) {
        number_format format = cell_formats::format_of(c, styles_[c.style]);
        std::uint32_t xf = formats_.xf(c.style, format);
        bool empty = c.type == cell_type::string && c.text.empty();
        if (empty && xf == 0) return;
        out_.start("c");
        out_.attribute("r", format_a1(c.row, c.col));
        if (xf != 0) out_.attribute("s", std::to_string(xf));
        if (empty) {
            out_.end();
            return;
        }
        switch (c.type) {
            case cell_type::string: write_shared_string(c.text); break;
            case cell_type::number: out_.text_element("v", text::number_text(c.number)); break;
            case cell_type::boolean:
                out_.attribute("t", "b");
                out_.text_element("v", c.number != 0 ? "1" : "0");
                break;
            case cell_type::date: write_date(c.text); break;
            case cell_type::error:
                if (std::find(excel_errors.begin(), excel_errors.end(), c.text) != excel_errors.end()) {
                    out_.attribute("t", "e");
                    out_.text_element("v", c.text);
                } else {
                    write_shared_string(c.text);
                }
                break;
        }
        out_.end();
    }

    void write_shared_string(const std::string& text) {
        out_.attribute("t", "s");
        out_.text_element("v", std::to_string(strings_.index(text)));
    }

    // A serial, or the ISO text itself (t="d") for a day before 1900 that no serial can hold.
    void write_date(const std::string& text) {
        if (auto seconds = parse_clock_text(text)) {
            out_.text_element("v", text::number_text(static_cast<double>(*seconds) / 86400.0));
            return;
        }
        if (auto serial = excel_serial(*parse_iso_moment(text))) {
            out_.text_element("v", text::number_text(*serial));
            return;
        }
        out_.attribute("t", "d");
        out_.text_element("v", text);
    }

    void write_auto_filter() {
        if (!sheet_.autofilter) return;
        out_.start("autoFilter");
        out_.attribute("ref", format_range(*sheet_.autofilter));
        out_.end();
    }

    void write_merge_cells() {
        if (sheet_.merges.empty()) return;
        out_.start("mergeCells");
        out_.attribute("count", std::to_string(sheet_.merges.size()));
        for (const cell_range& m : sheet_.merges) {
            out_.start("mergeCell");
            out_.attribute("ref", format_range(m));
            out_.end();
        }
        out_.end();
    }

    void write_page_margins() {
        out_.start("pageMargins");
        out_.attribute("left", "0.7");
        out_.attribute("right", "0.7");
        out_.attribute("top", "0.75");
        out_.attribute("bottom", "0.75");
        out_.attribute("header", "0.3");
        out_.attribute("footer", "0.3");
        out_.end();
    }

    // A4 landscape, one page wide and as many down as it takes (fitToHeight 0).
    void write_page_setup() {
        if (!sheet_.print.landscape_fit_to_width) return;
        out_.start("pageSetup");
        out_.attribute("paperSize", "9");
        out_.attribute("orientation", "landscape");
        out_.attribute("fitToWidth", "1");
        out_.attribute("fitToHeight", "0");
        out_.end();
    }

    const sheet& sheet_;
    const std::vector<cell_style>& styles_;
    row_heights heights_;
    const cell_formats& formats_;
    shared_string_table& strings_;
    xml_writer out_ = part_writer();
};

}  // namespace

std::string worksheet_part(const sheet& s, const std::vector<cell_style>& styles, bool selected,
                           const cell_formats& formats, shared_string_table& strings) {
    return worksheet_writer(s, styles, formats, strings).write(selected);
}

}  // namespace mk::xlsx
