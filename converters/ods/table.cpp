#include "converters/ods/table.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "converters/package/xml.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::ods {
namespace {

constexpr std::uint64_t saturated = UINT64_MAX;

std::uint64_t add(std::uint64_t a, std::uint64_t b) { return a > saturated - b ? saturated : a + b; }
std::uint64_t multiply(std::uint64_t a, std::uint64_t b) { return b != 0 && a > saturated / b ? saturated : a * b; }

// A repeat or span count (the table: attribute local): 1 when absent, saturating when huge;
// throws unless a positive integer.
std::uint64_t read_count(std::span<const xml_attribute_event> attributes, std::string_view local,
                         const cell_place& place) {
    std::optional<std::string_view> attribute = find_attribute(attributes, ns::odf_table, local);
    if (!attribute) return 1;
    std::string_view text = *attribute;
    std::uint64_t count = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
    if (ec == std::errc::result_out_of_range && end == text.data() + text.size()) return saturated;
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || count == 0) {
        std::string name = "table:" + std::string(local);
        throw error("ods.bad_count",
                    tr("{0} har ett ogiltigt antal {1}=\"{2}\": filen är skadad, spara om den i LibreOffice",
                       "{0} has an invalid count {1}=\"{2}\": the file is damaged, save it again in LibreOffice",
                       {describe(place), name, text.substr(0, 100)}));
    }
    return count;
}

[[noreturn]] void fail_beyond_limits(const cell_place& place) {
    std::string rows = std::to_string(max_rows);
    std::string cols = std::to_string(max_cols);
    throw error("ods.out_of_range",
                tr("{0} har innehåll utanför det största tillåtna bladet ({1} rader, {2} kolumner): filen är "
                   "skadad eller manipulerad",
                   "{0} has content beyond the largest sheet allowed ({1} rows, {2} columns): the file is "
                   "damaged or has been tampered with",
                   {describe(place), rows, cols}));
}

// The table: attribute local, empty when absent.
std::string_view table_attribute(std::span<const xml_attribute_event> attributes, std::string_view local) {
    return find_attribute(attributes, ns::odf_table, local).value_or("");
}

bool is_hidden(std::span<const xml_attribute_event> attributes) {
    std::string_view visibility = table_attribute(attributes, "visibility");
    return visibility == "collapse" || visibility == "filter";
}

}  // namespace

void expansion_budget::spend(std::uint64_t items, std::uint64_t text_bytes, std::string_view sheet) {
    items_ = add(items_, items);
    text_bytes_ = add(text_bytes_, text_bytes);
    spend_memory(add(multiply(items, 2 * sizeof(cell)), text_bytes), "content.xml");
    if (items_ <= max_items && text_bytes_ <= max_text_bytes) return;
    std::string most = std::to_string(max_items);
    throw error("ods.too_many_cells",
                tr("bladet \"{0}\" i content.xml upprepar celler eller rader så att arbetsboken skulle få fler än "
                   "{1} celler (eller mer än 256 MB text): filen är skadad eller manipulerad",
                   "the sheet \"{0}\" in content.xml repeats cells or rows so that the workbook would get more "
                   "than {1} cells (or more than 256 MB of text): the file is damaged or has been tampered with",
                   {sheet, most}));
}

table_reader::table_reader(std::string name, std::string_view table_style, const style_facts& styles,
                           expansion_budget& budget, sheet_visitor* visitor)
    : styles_(styles), budget_(budget), visitor_(visitor) {
    sheet_.name = std::move(name);
    if (styles.hidden_tables.contains(std::string(table_style))) sheet_.visibility = sheet_visibility::hidden;
    if (visitor_) visitor_->begin_sheet(sheet_);
}

void table_reader::read_column(std::span<const xml_attribute_event> attributes) {
    std::uint64_t count = read_count(attributes, "number-columns-repeated", {sheet_.name, 0, column_});
    if (is_hidden(attributes)) hidden_cols_.push_back({column_, count});
    if (auto fill = styles_.cell_fills.find(std::string(table_attribute(attributes, "default-cell-style-name")));
        fill != styles_.cell_fills.end())
        column_fills_.push_back({column_, count, fill->second});
    column_ = add(column_, count);
}

void table_reader::start_row(std::span<const xml_attribute_event> attributes) {
    row_repeat_ = read_count(attributes, "number-rows-repeated", {sheet_.name, row_, 0});
    if (is_hidden(attributes)) hidden_rows_.push_back({row_, row_repeat_});
    row_style_ = table_attribute(attributes, "default-cell-style-name");
    col_ = 0;
    cells_.clear();
    merges_.clear();
    text_bytes_ = 0;
}

bool table_reader::start_cell(std::span<const xml_attribute_event> attributes, bool covered) {
    cell_place place{sheet_.name, row_, col_};
    cell_repeat_ = read_count(attributes, "number-columns-repeated", place);
    collect_fills(attributes, col_, cell_repeat_);
    covered_ = covered;
    value_ = covered ? value_start{} : read_cell_value(attributes, place, styles_);
    row_span_ = read_count(attributes, "number-rows-spanned", place);
    col_span_ = read_count(attributes, "number-columns-spanned", place);
    return value_.text_type.has_value();
}

void table_reader::end_cell(std::string text) {
    std::optional<cell> value =
        value_.text_type ? text_value(std::move(text), *value_.text_type) : std::move(value_.value);
    bool merged = !covered_ && (row_span_ > 1 || col_span_ > 1);
    std::uint64_t repeat = cell_repeat_;
    if (!value && !merged) {
        col_ = add(col_, repeat);
        return;
    }
    if (row_ >= max_rows || col_ >= max_cols || repeat > max_cols - col_) fail_beyond_limits({sheet_.name, row_, col_});
    std::uint64_t text_size = value ? value->text.size() : 0;
    budget_.spend(repeat * ((value ? 1 : 0) + (merged ? 1 : 0)), repeat * text_size, sheet_.name);
    for (std::uint64_t i = 0; i < repeat; ++i, ++col_) {
        auto c = static_cast<std::uint32_t>(col_);
        if (value) {
            cells_.push_back(*value);
            cells_.back().col = c;
            text_bytes_ += text_size;
        }
        if (merged) {
            auto rows_below = static_cast<std::uint32_t>(std::min<std::uint64_t>(row_span_ - 1, max_rows));
            auto last_col = static_cast<std::uint32_t>(std::min<std::uint64_t>(add(col_, col_span_ - 1), max_cols - 1));
            merges_.push_back({0, c, rows_below, last_col});
        }
    }
}

void table_reader::end_row() {
    std::uint64_t repeat = row_repeat_;
    add_fills(repeat);
    if (cells_.empty() && merges_.empty()) {
        row_ = add(row_, repeat);
        return;
    }
    if (repeat > max_rows - row_) fail_beyond_limits({sheet_.name, max_rows, cells_.empty() ? 0 : cells_[0].col});
    budget_.spend(multiply(repeat - 1, cells_.size() + merges_.size()), multiply(repeat - 1, text_bytes_), sheet_.name);
    if (!cells_.empty()) {
        last_cell_row_ = row_ + repeat - 1;
        last_cell_col_ = std::max<std::uint64_t>(last_cell_col_.value_or(0), cells_.back().col);
    }
    for (std::uint64_t copy = 0; copy < repeat; ++copy) {
        auto at = static_cast<std::uint32_t>(row_ + copy);
        for (cell& c : cells_) {
            c.row = at;
            if (visitor_) {
                visitor_->add_cell(c);
            } else {
                sheet_.cells.push_back(c);
            }
        }
        for (const cell_range& m : merges_)
            sheet_.merges.push_back(
                {at, m.first_col, std::min<std::uint32_t>(at + m.last_row, max_rows - 1), m.last_col});
    }
    row_ += repeat;
}

sheet table_reader::finish() {
    std::optional<std::uint64_t> last_row = last_cell_row_, last_col = last_cell_col_;
    auto extend = [](std::optional<std::uint64_t>& last, std::uint64_t index) {
        last = last ? std::max(*last, index) : index;
    };
    for (const cell_range& m : sheet_.merges) {
        extend(last_row, m.last_row);
        extend(last_col, m.last_col);
    }
    add_hidden(hidden_rows_, last_row, sheet_.hidden_rows);
    add_hidden(hidden_cols_, last_col, sheet_.hidden_cols);
    sheet_.finish();
    if (visitor_) {
        for (const cell_range& m : sheet_.merges) visitor_->add_merge(m);
        visitor_->end_sheet();
    }
    return std::move(sheet_);
}

// The fills of a run of repeat cells from col on: their own style's, else the row's default
// style's, else each column's default style's.
void table_reader::collect_fills(std::span<const xml_attribute_event> attributes, std::uint64_t col,
                                 std::uint64_t repeat) {
    std::optional<std::string_view> own = find_attribute(attributes, ns::odf_table, "style-name");
    std::string_view style = own ? *own : std::string_view(row_style_);
    if (!style.empty()) {
        if (auto fill = styles_.cell_fills.find(std::string(style)); fill != styles_.cell_fills.end())
            row_fills_.push_back({col, repeat, fill->second});
        return;
    }
    std::uint64_t end = add(col, repeat);
    for (const fill_run& column : column_fills_) {
        std::uint64_t first = std::max(col, column.first), last = std::min(end, add(column.first, column.count));
        if (first < last) row_fills_.push_back({first, last - first, column.rgb});
    }
}

// The fills collected for the row just read, as bands over its repeat rows from row_.
void table_reader::add_fills(std::uint64_t repeat) {
    for (const fill_run& run : row_fills_) {
        if (row_ >= max_rows || run.first >= max_cols) continue;
        sheet_.fills.push_back(
            {{static_cast<std::uint32_t>(row_), static_cast<std::uint32_t>(run.first),
              static_cast<std::uint32_t>(std::min<std::uint64_t>(add(row_, repeat), max_rows) - 1),
              static_cast<std::uint32_t>(std::min<std::uint64_t>(add(run.first, run.count), max_cols) - 1)},
             run.rgb});
    }
    row_fills_.clear();
}

void table_reader::add_hidden(const std::vector<hidden_run>& runs, std::optional<std::uint64_t> last,
                              std::vector<std::uint32_t>& out) {
    if (!last) return;
    for (const hidden_run& run : runs) {
        if (run.first > *last) continue;
        std::uint64_t end = std::min(add(run.first, run.count), *last + 1);
        budget_.spend(end - run.first, 0, sheet_.name);
        for (std::uint64_t i = run.first; i < end; ++i) out.push_back(static_cast<std::uint32_t>(i));
    }
}

}  // namespace mk::ods
