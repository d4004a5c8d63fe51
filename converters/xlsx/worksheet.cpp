#include "converters/xlsx/worksheet.hpp"

#include <algorithm>
#include <optional>

#include "converters/package/xml.hpp"
#include "converters/package/xml_stream.hpp"
#include "converters/xlsx/numbers.hpp"
#include "converters/xlsx/text.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::xlsx {
namespace {

// Longest piece of untrusted text quoted in a message.
constexpr std::size_t quoted_length = 60;

std::string_view quoted(std::string_view text) { return text.substr(0, quoted_length); }

// The value of the attribute local without a namespace (SpreadsheetML's own), or nullopt.
std::optional<std::string_view> attribute(std::span<const xml_attribute_event> attributes, std::string_view local) {
    return find_attribute(attributes, {}, local);
}

// The elements of a worksheet part the reader takes notice of, by where they stand.
enum class element : std::uint8_t {
    other,
    worksheet,
    cols,
    col,
    sheet_data,
    row,
    c,
    v,              // a cell's first <v>
    f,              // a cell's first <f>
    inline_string,  // a cell's first <is>
    merge_cells,
    merge_cell,
};

// The element local (in SpreadsheetML when known) opened inside parent.
element element_in(element parent, bool known, std::string_view local) {
    if (!known) return element::other;
    switch (parent) {
        case element::worksheet:
            if (local == "cols") return element::cols;
            if (local == "sheetData") return element::sheet_data;
            if (local == "mergeCells") return element::merge_cells;
            return element::other;
        case element::cols: return local == "col" ? element::col : element::other;
        case element::sheet_data: return local == "row" ? element::row : element::other;
        case element::row: return local == "c" ? element::c : element::other;
        case element::c:
            if (local == "v") return element::v;
            if (local == "f") return element::f;
            if (local == "is") return element::inline_string;
            return element::other;
        case element::merge_cells: return local == "mergeCell" ? element::merge_cell : element::other;
        default: return element::other;
    }
}

// A cell's t attribute.
enum class value_type : std::uint8_t {
    number,          // none or "n"
    shared_string,   // "s"
    formula_string,  // "str"
    boolean,         // "b"
    error,           // "e"
    date,            // "d"
    inline_string,   // "inlineStr"
    unknown,
};

value_type value_type_of(std::string_view t) {
    static constexpr std::pair<std::string_view, value_type> types[] = {
        {"", value_type::number},         {"n", value_type::number},
        {"s", value_type::shared_string}, {"str", value_type::formula_string},
        {"b", value_type::boolean},       {"e", value_type::error},
        {"d", value_type::date},          {"inlineStr", value_type::inline_string},
    };
    for (auto [name, type] : types)
        if (name == t) return type;
    return value_type::unknown;
}

// The attributes of a <c> the reader uses, found in one pass.
struct cell_attributes {
    std::optional<std::string_view> r, s, t;
};

cell_attributes cell_attributes_of(std::span<const xml_attribute_event> attributes) {
    cell_attributes found;
    for (const xml_attribute_event& a : attributes) {
        if (!a.uri.empty() || a.local.size() != 1) continue;
        std::optional<std::string_view>* slot = a.local[0] == 'r'   ? &found.r
                                                : a.local[0] == 's' ? &found.s
                                                : a.local[0] == 't' ? &found.t
                                                                    : nullptr;
        if (slot && !*slot) *slot = a.value;
    }
    return found;
}

class worksheet_reader : public xml_events {
public:
    // A reader into out (whose name is set), or, with a visitor, one that hands the cells to it
    // and keeps none in out.
    worksheet_reader(const workbook_context& context, std::string_view part, sheet& out,
                     sheet_visitor* visitor = nullptr)
        : context_(context), part_(part), out_(out), visitor_(visitor) {}

    void start(std::string_view uri, std::string_view local, std::span<const xml_attribute_event> attributes) override {
        bool known = spreadsheetml_(uri);
        if (open_.empty()) {
            if (!known || local != "worksheet") refuse_root(uri, local);
            open_.push_back(element::worksheet);
            return;
        }
        element parent = open_.back();
        if (in_item_ > 0 || parent == element::inline_string) {
            ++in_item_;
            item_.start(known, local);
            open_.push_back(element::other);
            return;
        }
        element kind = element_in(parent, known, local);
        switch (kind) {
            case element::col: read_column(attributes); break;
            case element::row: read_row(attributes); break;
            case element::c: start_cell(attributes); break;
            case element::v: kind = first(seen_v_, kind); break;
            case element::f: kind = first(seen_f_, kind); break;
            case element::inline_string: kind = first(seen_is_, kind); break;
            case element::merge_cell: read_merge(attribute(attributes, "ref").value_or("")); break;
            default: break;
        }
        open_.push_back(kind);
    }

    // kind the first time (seen is set then), other after: a cell's later <v>, <f> or <is> is not read.
    static element first(bool& seen, element kind) {
        if (seen) return element::other;
        seen = true;
        return kind;
    }

    void end() override {
        element kind = open_.back();
        open_.pop_back();
        if (in_item_ > 0) {
            --in_item_;
            item_.end();
            return;
        }
        if (kind == element::c) finish_cell();
    }

    void text(std::string_view piece) override {
        if (in_item_ > 0) {
            item_.text(piece);
            return;
        }
        element kind = open_.back();
        if (kind == element::v) {
            value_.append(piece);
        } else if (kind == element::f) {
            formula_.append(piece);
        }
    }

    // After the part has ended: what the whole sheet gives.
    void finish() {
        if (visitor_) {
            visitor_->end_sheet();
            return;
        }
        refuse_duplicate_cells();
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

    [[noreturn]] void refuse_root(std::string_view uri, std::string_view local) const {
        std::string name =
            is_spreadsheetml_or_none(uri) ? std::string(local) : "{" + std::string(uri) + "}" + std::string(local);
        throw error(
            "xlsx.not_worksheet",
            tr("bladet \"{0}\" är inget vanligt kalkylblad (rotelementet är \"{1}\"): filen är skadad; spara om "
               "den i Excel eller LibreOffice",
               "the sheet \"{0}\" is not an ordinary worksheet (its root element is \"{1}\"): the file "
               "is damaged; save it again in Excel or LibreOffice",
               {out_.name, quoted(name)}));
    }

    void read_column(std::span<const xml_attribute_event> col) {
        if (!parse_boolean(attribute(col, "hidden").value_or("")).value_or(false)) return;
        std::string_view min = attribute(col, "min").value_or("");
        std::string_view max = attribute(col, "max").value_or("");
        auto first = parse_index(min);
        auto last = parse_index(max);
        if (!first || !last || *first == 0 || *first > *last || *first > max_cols)
            fail("xlsx.bad_column_range",
                 "bladet \"{0}\" har ett ogiltigt kolumnintervall min=\"{1}\" max=\"{2}\" (giltiga kolumner är 1 till "
                 "16384): filen är skadad; spara om den i Excel eller LibreOffice",
                 "the sheet \"{0}\" has an invalid column range min=\"{1}\" max=\"{2}\" (valid columns are 1 to "
                 "16384): the file is damaged; save it again in Excel or LibreOffice",
                 {out_.name, quoted(min), quoted(max)});
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

    void read_row(std::span<const xml_attribute_event> row) {
        if (auto number = attribute(row, "r")) {
            auto parsed = parse_index(*number);
            if (!parsed || *parsed == 0 || *parsed > max_rows)
                fail("xlsx.bad_row",
                     "bladet \"{0}\" har ett ogiltigt radnummer \"{1}\" (giltiga rader är 1 till 1048576): filen är "
                     "skadad; spara om den i Excel eller LibreOffice",
                     "the sheet \"{0}\" has an invalid row number \"{1}\" (valid rows are 1 to 1048576): the file "
                     "is damaged; save it again in Excel or LibreOffice",
                     {out_.name, quoted(*number)});
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
        if (!visitor_ && parse_boolean(attribute(row, "hidden").value_or("")).value_or(false))
            out_.hidden_rows.push_back(row_);
    }

    void start_cell(std::span<const xml_attribute_event> attributes) {
        cell_attributes c = cell_attributes_of(attributes);
        cell& out = cell_;
        std::string room = std::move(out.text);  // the last cell's text's room, kept for this one's
        room.clear();
        out = cell{};
        out.text = std::move(room);
        value_.clear();
        formula_.clear();
        inline_text_.clear();
        seen_v_ = seen_f_ = seen_is_ = false;
        if (auto ref = c.r) {
            auto place = parse_a1(*ref);
            if (!place)
                fail("xlsx.bad_reference",
                     "bladet \"{0}\" har en ogiltig cellreferens \"{1}\" (giltiga är A1 till XFD1048576): filen är "
                     "skadad; spara om den i Excel eller LibreOffice",
                     "the sheet \"{0}\" has an invalid cell reference \"{1}\" (valid ones are A1 to XFD1048576): "
                     "the file is damaged; save it again in Excel or LibreOffice",
                     {out_.name, quoted(*ref)});
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
        std::uint64_t place = std::uint64_t{out.row} << 32 | out.col;
        bool after_last = !any_place_ || last_place_ < place;
        if (visitor_ && (!after_last || merge_given_)) throw cells_out_of_order{};
        in_order_ = in_order_ && after_last;
        any_place_ = true;
        last_place_ = place;
        if (!visitor_) places_.push_back(place);
        style_ = read_style(c.s, out);
        if (std::string_view fill = context_.styles.fill(style_); !visitor_ && !fill.empty())
            out_.fills.push_back({{out.row, out.col, out.row, out.col}, std::string(fill)});
        std::string_view type = c.t.value_or("");
        type_ = value_type_of(type);
        if (type_ == value_type::unknown) unknown_type_.assign(type);
    }

    void finish_cell() {
        cell& out = cell_;
        if (seen_is_) inline_text_ = item_.take();
        if (visitor_ && type_ == value_type::shared_string && !value_.empty()) {
            // read_value's shared string, handed on where the table holds it instead of copied.
            std::string_view text = shared_string(value_, out);
            if (!text.empty()) visitor_->add_text(out.row, out.col, text);
            return;
        }
        if (!read_value(out)) return;
        if (visitor_) {
            visitor_->add_cell(out);
            return;
        }
        spend_memory(cell_memory(out), part_);
        out_.cells.push_back(std::move(out));
    }

    // A place named by two cells: checked once the sheet has ended, by sorting only when the cells
    // did not come in order.
    void refuse_duplicate_cells() {
        if (in_order_) return;
        std::sort(places_.begin(), places_.end());
        auto twice = std::adjacent_find(places_.begin(), places_.end());
        if (twice == places_.end()) return;
        fail_cell("xlsx.duplicate_cell", static_cast<std::uint32_t>(*twice >> 32),
                  static_cast<std::uint32_t>(*twice & 0xFFFFFFFFu),
                  "bladet \"{0}\" har cellen {1} två gånger: filen är skadad; spara om den i Excel eller "
                  "LibreOffice",
                  "the sheet \"{0}\" has the cell {1} twice: the file is damaged; save it again in Excel or "
                  "LibreOffice",
                  {});
    }

    std::uint32_t read_style(std::optional<std::string_view> attr, const cell& place) const {
        if (!attr) return 0;
        auto style = parse_index(*attr);
        if (!style || (*style != 0 && *style >= context_.styles.size()))
            fail_cell("xlsx.bad_style_index", place.row, place.col,
                      "bladet \"{0}\", cell {1}: cellformatet \"{2}\" finns inte (filen har {3} cellformat): filen "
                      "är skadad; spara om den i Excel eller LibreOffice",
                      "sheet \"{0}\", cell {1}: the cell format \"{2}\" does not exist (the file has {3} cell "
                      "formats): the file is damaged; save it again in Excel or LibreOffice",
                      *attr, std::to_string(context_.styles.size()));
        return *style;
    }

    // Fills the type and value of out from the cell just read; false when it holds no value.
    bool read_value(cell& out) {
        std::uint32_t style = style_;
        if (type_ == value_type::inline_string) {
            out.type = cell_type::string;
            out.text = std::move(inline_text_);
            return !out.text.empty();
        }
        std::string_view value = value_;
        // An empty <v> of a "str" formula is its cached empty text; of a number, no value at all.
        if (value.empty()) return type_ != value_type::formula_string && formula_text(out);
        switch (type_) {
            case value_type::number: {
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
                break;
            }
            case value_type::shared_string:
                out.type = cell_type::string;
                out.text = shared_string(value, out);
                break;
            case value_type::formula_string:
                out.type = cell_type::string;
                append_unescaped(out.text, value);
                break;
            case value_type::boolean: {
                auto flag = parse_boolean(value);
                if (!flag) fail_value(out, value, "b");
                out.type = cell_type::boolean;
                out.number = *flag ? 1 : 0;
                break;
            }
            case value_type::error:
                out.type = cell_type::error;
                out.text = value;
                break;
            case value_type::date: {
                format_kind kind = context_.styles.kind(style);
                bool with_time =
                    kind == format_kind::date_time || kind == format_kind::time || kind == format_kind::duration;
                auto iso = normalize_iso_date(value, with_time);
                if (!iso) fail_value(out, value, "d");
                out.type = cell_type::date;
                out.text = std::move(*iso);
                break;
            }
            case value_type::inline_string:
            case value_type::unknown:
                fail_cell("xlsx.bad_cell_type", out.row, out.col,
                          "bladet \"{0}\", cell {1}: celltypen \"{2}\" är okänd: filen är skadad; spara om den i "
                          "Excel eller LibreOffice",
                          "sheet \"{0}\", cell {1}: the cell type \"{2}\" is unknown: the file is damaged; save it "
                          "again in Excel or LibreOffice",
                          unknown_type_);
        }
        return !(out.type == cell_type::string && out.text.empty());
    }

    // A formula without a cached value (openpyxl writes them so) keeps its text, "=" first, as the
    // cell's text rather than vanishing; CSV outputs defuse it. False when there is no formula text.
    bool formula_text(cell& out) const {
        std::string_view formula = formula_;
        if (formula.empty()) return false;
        out.type = cell_type::string;
        out.text.assign(1, '=');
        append_unescaped(out.text, formula);
        return true;
    }

    double number_value(std::string_view value, const cell& place) const {
        auto number = parse_number(value);
        if (!number) fail_value(place, value, "n");
        return *number;
    }

    std::string_view shared_string(std::string_view value, const cell& place) const {
        auto index = parse_index(value);
        std::optional<std::string_view> text;
        if (index) text = context_.shared_strings.at(*index);
        if (!text)
            fail_cell("xlsx.bad_shared_string", place.row, place.col,
                      "bladet \"{0}\", cell {1}: den delade texten nummer \"{2}\" finns inte (filen har {3}): filen "
                      "är skadad; spara om den i Excel eller LibreOffice",
                      "sheet \"{0}\", cell {1}: the shared string number \"{2}\" does not exist (the file has "
                      "{3}): the file is damaged; save it again in Excel or LibreOffice",
                      value, std::to_string(context_.shared_strings.size()));
        return *text;
    }

    [[noreturn]] void fail_value(const cell& place, std::string_view value, std::string_view type) const {
        fail_cell("xlsx.bad_value", place.row, place.col,
                  "bladet \"{0}\", cell {1}: värdet \"{2}\" passar inte celltypen \"{3}\": filen är skadad; spara om "
                  "den i Excel eller LibreOffice",
                  "sheet \"{0}\", cell {1}: the value \"{2}\" does not fit the cell type \"{3}\": the file is "
                  "damaged; save it again in Excel or LibreOffice",
                  value, type);
    }

    void read_merge(std::string_view ref) {
        auto range = parse_range(ref);
        if (!range)
            fail("xlsx.bad_merge",
                 "bladet \"{0}\" har ett ogiltigt sammanfogat område \"{1}\" (giltiga celler är A1 till XFD1048576): "
                 "filen är skadad; spara om den i Excel eller LibreOffice",
                 "the sheet \"{0}\" has an invalid merged range \"{1}\" (valid cells are A1 to XFD1048576): the "
                 "file is damaged; save it again in Excel or LibreOffice",
                 {out_.name, quoted(ref)});
        if (visitor_) {
            visitor_->add_merge(*range);
            merge_given_ = true;
        } else {
            out_.merges.push_back(*range);
        }
    }

    const workbook_context& context_;
    std::string_view part_;
    sheet& out_;
    sheet_visitor* visitor_;
    // 0-based, inclusive.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> hidden_col_ranges_;
    std::vector<element> open_;          // the elements open, the root first
    std::vector<std::uint64_t> places_;  // row << 32 | column of every cell read, in file order (no visitor)
    bool in_order_ = true;               // the places read are strictly increasing
    bool any_place_ = false;             // a cell has been read
    bool merge_given_ = false;           // a merge has been given to the visitor
    std::uint64_t last_place_ = 0;       // the place of the last cell read
    std::uint32_t row_ = 0;
    std::uint32_t next_row_ = 0;
    std::uint32_t next_col_ = 0;
    // The cell being read: its place, its style and t attribute, and the text of its first <v>,
    // <f> and <is> as they come.
    cell cell_;
    std::uint32_t style_ = 0;
    value_type type_ = value_type::number;
    std::string unknown_type_;         // the t attribute when it is none of value_type's
    uri_match spreadsheetml_{is_spreadsheetml_or_none};
    std::string value_;
    std::string formula_;
    std::string inline_text_;
    bool seen_v_ = false;
    bool seen_f_ = false;
    bool seen_is_ = false;
    int in_item_ = 0;  // elements open inside the cell's <is>
    string_item_events item_;
};

}  // namespace

void read_worksheet(zip_package& package, std::string_view part, const workbook_context& context, sheet& out) {
    worksheet_reader reader(context, part, out);
    read_xml_events(package, part, reader);
    reader.finish();
}

void visit_worksheet(zip_package& package, std::string_view part, const workbook_context& context, const sheet& header,
                     sheet_visitor& visitor) {
    sheet names_only;
    names_only.name = header.name;
    names_only.visibility = header.visibility;
    worksheet_reader reader(context, part, names_only, &visitor);
    read_xml_events(package, part, reader);
    reader.finish();
}

}  // namespace mk::xlsx
