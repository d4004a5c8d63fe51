#include "converters/xlsx/worksheet.hpp"

#include <algorithm>
#include <unordered_set>

#include "converters/xlsx/numbers.hpp"
#include "converters/xlsx/text.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::xlsx {
namespace {

// Longest piece of untrusted text quoted in a message.
constexpr std::size_t quoted_length = 60;

std::string_view quoted(std::string_view text) { return text.substr(0, quoted_length); }

class worksheet_reader {
public:
    worksheet_reader(const workbook_context& context, std::string_view part, sheet& out)
        : context_(context), part_(part), out_(out) {}

    void read(pugi::xml_node root) {
        if (std::string_view(root.name()) != "worksheet")
            throw error(
                "xlsx.not_worksheet",
                tr("bladet \"{0}\" är inget vanligt kalkylblad (rotelementet är \"{1}\"): filen är skadad; spara om "
                   "den i Excel eller LibreOffice",
                   "the sheet \"{0}\" is not an ordinary worksheet (its root element is \"{1}\"): the file "
                   "is damaged; save it again in Excel or LibreOffice",
                   {out_.name, quoted(root.name())}));
        for (pugi::xml_node cols : root.children("cols"))
            for (pugi::xml_node col : cols.children("col")) read_column(col);
        for (pugi::xml_node data : root.children("sheetData"))
            for (pugi::xml_node row : data.children("row")) read_row(row);
        for (pugi::xml_node merges : root.children("mergeCells"))
            for (pugi::xml_node merge : merges.children("mergeCell")) read_merge(merge);
        add_hidden_columns();
        out_.finish();
    }

private:
    [[noreturn]] static void fail(std::string code, std::string_view sv, std::string_view en,
                                  std::initializer_list<std::string_view> args) {
        throw error(std::move(code), tr(sv, en, args));
    }

    [[noreturn]] void fail_cell(std::string code, std::uint32_t row, std::uint32_t col, std::string_view sv,
                                std::string_view en, std::string_view detail, std::string_view more = {}) const {
        std::string place = format_a1(row, col);
        fail(std::move(code), sv, en, {out_.name, place, quoted(detail), more});
    }

    void read_column(pugi::xml_node col) {
        if (!parse_boolean(col.attribute("hidden").value()).value_or(false)) return;
        auto first = parse_index(col.attribute("min").value());
        auto last = parse_index(col.attribute("max").value());
        if (!first || !last || *first == 0 || *first > *last || *first > max_cols)
            fail("xlsx.bad_column_range",
                 "bladet \"{0}\" har ett ogiltigt kolumnintervall min=\"{1}\" max=\"{2}\" (giltiga kolumner är 1 till "
                 "16384): filen är skadad; spara om den i Excel eller LibreOffice",
                 "the sheet \"{0}\" has an invalid column range min=\"{1}\" max=\"{2}\" (valid columns are 1 to "
                 "16384): the file is damaged; save it again in Excel or LibreOffice",
                 {out_.name, quoted(col.attribute("min").value()), quoted(col.attribute("max").value())});
        hidden_col_ranges_.emplace_back(*first - 1, std::min(*last, max_cols) - 1);
    }

    // Each hidden column once, however many (overlapping) ranges name it.
    void add_hidden_columns() {
        std::sort(hidden_col_ranges_.begin(), hidden_col_ranges_.end());
        std::uint32_t next = 0;
        for (auto [first, last] : hidden_col_ranges_) {
            for (std::uint32_t col = std::max(first, next); col <= last; ++col) out_.hidden_cols.push_back(col);
            next = std::max(next, last + 1);
        }
    }

    void read_row(pugi::xml_node row) {
        pugi::xml_attribute number = row.attribute("r");
        if (number) {
            auto parsed = parse_index(number.value());
            if (!parsed || *parsed == 0 || *parsed > max_rows)
                fail("xlsx.bad_row",
                     "bladet \"{0}\" har ett ogiltigt radnummer \"{1}\" (giltiga rader är 1 till 1048576): filen är "
                     "skadad; spara om den i Excel eller LibreOffice",
                     "the sheet \"{0}\" has an invalid row number \"{1}\" (valid rows are 1 to 1048576): the file "
                     "is damaged; save it again in Excel or LibreOffice",
                     {out_.name, quoted(number.value())});
            row_ = *parsed - 1;
        } else {
            if (next_row_ >= max_rows)
                fail("xlsx.too_many_rows",
                     "bladet \"{0}\" har fler än 1048576 rader: filen är skadad; spara om den i Excel eller "
                     "LibreOffice",
                     "the sheet \"{0}\" has more than 1048576 rows: the file is damaged; save it again in Excel "
                     "or LibreOffice",
                     {out_.name});
            row_ = next_row_;
        }
        next_row_ = row_ + 1;
        next_col_ = 0;
        if (parse_boolean(row.attribute("hidden").value()).value_or(false)) out_.hidden_rows.push_back(row_);
        for (pugi::xml_node c : row.children("c")) read_cell(c);
    }

    void read_cell(pugi::xml_node c) {
        cell out;
        if (pugi::xml_attribute ref = c.attribute("r")) {
            auto place = parse_a1(ref.value());
            if (!place)
                fail("xlsx.bad_reference",
                     "bladet \"{0}\" har en ogiltig cellreferens \"{1}\" (giltiga är A1 till XFD1048576): filen är "
                     "skadad; spara om den i Excel eller LibreOffice",
                     "the sheet \"{0}\" has an invalid cell reference \"{1}\" (valid ones are A1 to XFD1048576): "
                     "the file is damaged; save it again in Excel or LibreOffice",
                     {out_.name, quoted(ref.value())});
            out.row = place->first;
            out.col = place->second;
        } else {
            if (next_col_ >= max_cols)
                fail("xlsx.too_many_columns",
                     "bladet \"{0}\" har fler än 16384 celler på rad {1}: filen är skadad; spara om den i Excel "
                     "eller LibreOffice",
                     "the sheet \"{0}\" has more than 16384 cells in row {1}: the file is damaged; save it again "
                     "in Excel or LibreOffice",
                     {out_.name, std::to_string(row_ + 1)});
            out.row = row_;
            out.col = next_col_;
        }
        next_col_ = out.col + 1;
        if (!places_.insert(std::uint64_t{out.row} << 32 | out.col).second)
            fail_cell("xlsx.duplicate_cell", out.row, out.col,
                      "bladet \"{0}\" har cellen {1} två gånger: filen är skadad; spara om den i Excel eller "
                      "LibreOffice",
                      "the sheet \"{0}\" has the cell {1} twice: the file is damaged; save it again in Excel or "
                      "LibreOffice",
                      {});
        std::uint32_t style = read_style(c, out);
        if (std::string_view fill = context_.styles.fill(style); !fill.empty())
            out_.fills.push_back({{out.row, out.col, out.row, out.col}, std::string(fill)});
        if (!read_value(c, style, out)) return;
        spend_memory(cell_memory(out), part_);
        out_.cells.push_back(std::move(out));
    }

    std::uint32_t read_style(pugi::xml_node c, const cell& place) const {
        pugi::xml_attribute attr = c.attribute("s");
        if (!attr) return 0;
        auto style = parse_index(attr.value());
        if (!style || (*style != 0 && *style >= context_.styles.size()))
            fail_cell("xlsx.bad_style_index", place.row, place.col,
                      "bladet \"{0}\", cell {1}: cellformatet \"{2}\" finns inte (filen har {3} cellformat): filen "
                      "är skadad; spara om den i Excel eller LibreOffice",
                      "sheet \"{0}\", cell {1}: the cell format \"{2}\" does not exist (the file has {3} cell "
                      "formats): the file is damaged; save it again in Excel or LibreOffice",
                      attr.value(), std::to_string(context_.styles.size()));
        return *style;
    }

    // Fills the type and value of out from c; false when the cell holds no value.
    bool read_value(pugi::xml_node c, std::uint32_t style, cell& out) const {
        std::string_view type = c.attribute("t").value();
        if (type == "inlineStr") {
            out.type = cell_type::string;
            out.text = string_item_text(c.child("is"));
            return !out.text.empty();
        }
        std::string_view value = c.child("v").child_value();
        // An empty <v> of a "str" formula is its cached empty text; of a number, no value at all.
        if (value.empty()) return type != "str" && formula_text(c, out);
        if (type.empty() || type == "n") {
            out.number = number_value(value, out);
            out.type = cell_type::number;
            format_kind kind = context_.styles.kind(style);
            out.percent = kind == format_kind::percent;
            if (kind != format_kind::number && kind != format_kind::percent) {
                if (auto iso = serial_to_iso(out.number, context_.dates, kind)) {
                    out.type = cell_type::date;
                    out.text = std::move(*iso);
                }
            }
        } else if (type == "s") {
            out.type = cell_type::string;
            out.text = shared_string(value, out);
        } else if (type == "str") {
            out.type = cell_type::string;
            append_unescaped(out.text, value);
        } else if (type == "b") {
            auto flag = parse_boolean(value);
            if (!flag) fail_value(out, value, "b");
            out.type = cell_type::boolean;
            out.number = *flag ? 1 : 0;
        } else if (type == "e") {
            out.type = cell_type::error;
            out.text = value;
        } else if (type == "d") {
            format_kind kind = context_.styles.kind(style);
            bool with_time =
                kind == format_kind::date_time || kind == format_kind::time || kind == format_kind::duration;
            auto iso = normalize_iso_date(value, with_time);
            if (!iso) fail_value(out, value, "d");
            out.type = cell_type::date;
            out.text = std::move(*iso);
        } else {
            fail_cell("xlsx.bad_cell_type", out.row, out.col,
                      "bladet \"{0}\", cell {1}: celltypen \"{2}\" är okänd: filen är skadad; spara om den i Excel "
                      "eller LibreOffice",
                      "sheet \"{0}\", cell {1}: the cell type \"{2}\" is unknown: the file is damaged; save it again "
                      "in Excel or LibreOffice",
                      type);
        }
        return !(out.type == cell_type::string && out.text.empty());
    }

    // A formula without a cached value (openpyxl writes them so) keeps its text, "=" first, as the
    // cell's text rather than vanishing; CSV outputs defuse it. False when there is no formula text.
    static bool formula_text(pugi::xml_node c, cell& out) {
        std::string_view formula = c.child("f").child_value();
        if (formula.empty()) return false;
        out.type = cell_type::string;
        out.text = "=";
        append_unescaped(out.text, formula);
        return true;
    }

    double number_value(std::string_view value, const cell& place) const {
        auto number = parse_number(value);
        if (!number) fail_value(place, value, "n");
        return *number;
    }

    const std::string& shared_string(std::string_view value, const cell& place) const {
        auto index = parse_index(value);
        if (!index || *index >= context_.shared_strings.size())
            fail_cell("xlsx.bad_shared_string", place.row, place.col,
                      "bladet \"{0}\", cell {1}: den delade texten nummer \"{2}\" finns inte (filen har {3}): filen "
                      "är skadad; spara om den i Excel eller LibreOffice",
                      "sheet \"{0}\", cell {1}: the shared string number \"{2}\" does not exist (the file has "
                      "{3}): the file is damaged; save it again in Excel or LibreOffice",
                      value, std::to_string(context_.shared_strings.size()));
        return context_.shared_strings[*index];
    }

    [[noreturn]] void fail_value(const cell& place, std::string_view value, std::string_view type) const {
        fail_cell("xlsx.bad_value", place.row, place.col,
                  "bladet \"{0}\", cell {1}: värdet \"{2}\" passar inte celltypen \"{3}\": filen är skadad; spara om "
                  "den i Excel eller LibreOffice",
                  "sheet \"{0}\", cell {1}: the value \"{2}\" does not fit the cell type \"{3}\": the file is "
                  "damaged; save it again in Excel or LibreOffice",
                  value, type);
    }

    void read_merge(pugi::xml_node merge) {
        std::string_view ref = merge.attribute("ref").value();
        auto range = parse_range(ref);
        if (!range)
            fail("xlsx.bad_merge",
                 "bladet \"{0}\" har ett ogiltigt sammanfogat område \"{1}\" (giltiga celler är A1 till XFD1048576): "
                 "filen är skadad; spara om den i Excel eller LibreOffice",
                 "the sheet \"{0}\" has an invalid merged range \"{1}\" (valid cells are A1 to XFD1048576): the "
                 "file is damaged; save it again in Excel or LibreOffice",
                 {out_.name, quoted(ref)});
        out_.merges.push_back(*range);
    }

    const workbook_context& context_;
    std::string_view part_;
    sheet& out_;
    // 0-based, inclusive.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> hidden_col_ranges_;
    std::unordered_set<std::uint64_t> places_;  // row << 32 | column of every cell read
    std::uint32_t row_ = 0;
    std::uint32_t next_row_ = 0;
    std::uint32_t next_col_ = 0;
};

}  // namespace

void read_worksheet(pugi::xml_node root, const workbook_context& context, std::string_view part, sheet& out) {
    worksheet_reader(context, part, out).read(root);
}

}  // namespace mk::xlsx
