#include "converters/ods/table.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "converters/ods/cell_value.hpp"
#include "converters/ods/walk.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::ods {
namespace {

constexpr std::uint64_t saturated = UINT64_MAX;

std::uint64_t add(std::uint64_t a, std::uint64_t b) { return a > saturated - b ? saturated : a + b; }
std::uint64_t multiply(std::uint64_t a, std::uint64_t b) { return b != 0 && a > saturated / b ? saturated : a * b; }

// A repeat or span count: 1 when absent, saturating when huge; throws unless a positive integer.
std::uint64_t read_count(pugi::xml_node element, const char* attribute, const cell_place& place) {
    pugi::xml_attribute attr = element.attribute(attribute);
    if (!attr) return 1;
    std::string_view text = attr.value();
    std::uint64_t count = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
    if (ec == std::errc::result_out_of_range && end == text.data() + text.size()) return saturated;
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || count == 0)
        throw error("ods.bad_count",
                    tr("{0} har ett ogiltigt antal {1}=\"{2}\": filen är skadad, spara om den i LibreOffice",
                       "{0} has an invalid count {1}=\"{2}\": the file is damaged, save it again in LibreOffice",
                       {describe(place), attribute, text.substr(0, 100)}));
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

// Rows (or columns) hidden from first on, as many as the file claims.
struct hidden_run {
    std::uint64_t first = 0;
    std::uint64_t count = 0;
};

bool is_hidden(pugi::xml_node element) {
    std::string_view visibility = element.attribute("table:visibility").value();
    return visibility == "collapse" || visibility == "filter";
}

// Calls visit(element) for each element named leaf among table's children and inside the grouping
// elements named in groups (nested to any depth), in document order.
template <class Visit>
void for_each_in_groups(pugi::xml_node table, std::string_view leaf, std::initializer_list<std::string_view> groups,
                        Visit visit) {
    walk_descendants(table, [&](pugi::xml_node n) {
        std::string_view name = n.name();
        if (name == leaf) visit(n);
        return std::find(groups.begin(), groups.end(), name) != groups.end();
    });
}

class table_reader {
public:
    table_reader(sheet& out, const style_facts& styles, expansion_budget& budget)
        : sheet_(out), styles_(styles), budget_(budget) {}

    void read_column(pugi::xml_node column) {
        std::uint64_t count = read_count(column, "table:number-columns-repeated", {sheet_.name, 0, column_});
        if (is_hidden(column)) hidden_cols_.push_back({column_, count});
        if (auto fill = styles_.cell_fills.find(column.attribute("table:default-cell-style-name").value());
            fill != styles_.cell_fills.end())
            column_fills_.push_back({column_, count, fill->second});
        column_ = add(column_, count);
    }

    void read_row(pugi::xml_node row) {
        std::uint64_t repeat = read_count(row, "table:number-rows-repeated", {sheet_.name, row_, 0});
        if (is_hidden(row)) hidden_rows_.push_back({row_, repeat});
        std::vector<cell> cells;
        std::vector<cell_range> merges;
        std::uint64_t text_bytes = 0;
        read_cells(row, cells, merges, text_bytes);
        add_fills(repeat);
        if (cells.empty() && merges.empty()) {
            row_ = add(row_, repeat);
            return;
        }
        if (repeat > max_rows - row_) fail_beyond_limits({sheet_.name, max_rows, cells.empty() ? 0 : cells[0].col});
        budget_.spend(multiply(repeat - 1, cells.size() + merges.size()), multiply(repeat - 1, text_bytes),
                      sheet_.name);
        for (std::uint64_t copy = 0; copy < repeat; ++copy) {
            auto at = static_cast<std::uint32_t>(row_ + copy);
            for (const cell& c : cells) {
                sheet_.cells.push_back(c);
                sheet_.cells.back().row = at;
            }
            for (const cell_range& m : merges)
                sheet_.merges.push_back(
                    {at, m.first_col, std::min<std::uint32_t>(at + m.last_row, max_rows - 1), m.last_col});
        }
        row_ += repeat;
    }

    // Adds the hidden rows and columns up to the last one holding a cell or merge, then sorts the sheet.
    void finish() {
        std::optional<std::uint64_t> last_row, last_col;
        auto extend = [](std::optional<std::uint64_t>& last, std::uint64_t index) {
            last = last ? std::max(*last, index) : index;
        };
        for (const cell& c : sheet_.cells) {
            extend(last_row, c.row);
            extend(last_col, c.col);
        }
        for (const cell_range& m : sheet_.merges) {
            extend(last_row, m.last_row);
            extend(last_col, m.last_col);
        }
        add_hidden(hidden_rows_, last_row, sheet_.hidden_rows);
        add_hidden(hidden_cols_, last_col, sheet_.hidden_cols);
        sheet_.finish();
    }

private:
    // A colour band: columns first to first + count - 1 of the rows being read.
    struct fill_run {
        std::uint64_t first = 0;
        std::uint64_t count = 0;
        std::string rgb;
    };

    // The fills of a run of repeat cells from col on: their own style's, else the row's default
    // style's, else each column's default style's.
    void collect_fills(pugi::xml_node element, std::string_view row_style, std::uint64_t col, std::uint64_t repeat) {
        pugi::xml_attribute own = element.attribute("table:style-name");
        std::string_view style = own ? std::string_view(own.value()) : row_style;
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
    void add_fills(std::uint64_t repeat) {
        for (const fill_run& run : row_fills_) {
            if (row_ >= max_rows || run.first >= max_cols) continue;
            sheet_.fills.push_back({{static_cast<std::uint32_t>(row_), static_cast<std::uint32_t>(run.first),
                                     static_cast<std::uint32_t>(std::min<std::uint64_t>(add(row_, repeat), max_rows) - 1),
                                     static_cast<std::uint32_t>(std::min<std::uint64_t>(add(run.first, run.count), max_cols) - 1)},
                                    run.rgb});
        }
        row_fills_.clear();
    }

    // One instance of row's cells at row_; merges hold their row span in last_row (0 = one row).
    void read_cells(pugi::xml_node row, std::vector<cell>& cells, std::vector<cell_range>& merges,
                    std::uint64_t& text_bytes) {
        std::uint64_t col = 0;
        std::string_view row_style = row.attribute("table:default-cell-style-name").value();
        for (pugi::xml_node element : row.children()) {
            std::string_view name = element.name();
            bool covered = name == "table:covered-table-cell";
            if (name != "table:table-cell" && !covered) continue;
            cell_place place{sheet_.name, row_, col};
            std::uint64_t repeat = read_count(element, "table:number-columns-repeated", place);
            collect_fills(element, row_style, col, repeat);
            std::optional<cell> value = covered ? std::nullopt : read_cell_value(element, place, styles_);
            std::uint64_t row_span = read_count(element, "table:number-rows-spanned", place);
            std::uint64_t col_span = read_count(element, "table:number-columns-spanned", place);
            bool merged = !covered && (row_span > 1 || col_span > 1);
            if (!value && !merged) {
                col = add(col, repeat);
                continue;
            }
            if (row_ >= max_rows || col >= max_cols || repeat > max_cols - col) fail_beyond_limits(place);
            std::uint64_t text_size = value ? value->text.size() : 0;
            budget_.spend(repeat * ((value ? 1 : 0) + (merged ? 1 : 0)), repeat * text_size, sheet_.name);
            for (std::uint64_t i = 0; i < repeat; ++i, ++col) {
                auto c = static_cast<std::uint32_t>(col);
                if (value) {
                    cells.push_back(*value);
                    cells.back().col = c;
                    text_bytes += text_size;
                }
                if (merged) {
                    auto rows_below = static_cast<std::uint32_t>(std::min<std::uint64_t>(row_span - 1, max_rows));
                    auto last_col =
                        static_cast<std::uint32_t>(std::min<std::uint64_t>(add(col, col_span - 1), max_cols - 1));
                    merges.push_back({0, c, rows_below, last_col});
                }
            }
        }
    }

    void add_hidden(const std::vector<hidden_run>& runs, std::optional<std::uint64_t> last,
                    std::vector<std::uint32_t>& out) {
        if (!last) return;
        for (const hidden_run& run : runs) {
            if (run.first > *last) continue;
            std::uint64_t end = std::min(add(run.first, run.count), *last + 1);
            budget_.spend(end - run.first, 0, sheet_.name);
            for (std::uint64_t i = run.first; i < end; ++i) out.push_back(static_cast<std::uint32_t>(i));
        }
    }

    sheet& sheet_;
    const style_facts& styles_;
    expansion_budget& budget_;
    std::uint64_t row_ = 0;
    std::uint64_t column_ = 0;
    std::vector<hidden_run> hidden_rows_;
    std::vector<hidden_run> hidden_cols_;
    // Columns whose default cell style has a fill, and the fills of the row being read.
    std::vector<fill_run> column_fills_;
    std::vector<fill_run> row_fills_;
};

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

sheet read_table(pugi::xml_node table, const style_facts& styles, expansion_budget& budget) {
    sheet out;
    out.name = table.attribute("table:name").value();
    if (styles.hidden_tables.contains(table.attribute("table:style-name").value()))
        out.visibility = sheet_visibility::hidden;
    table_reader reader(out, styles, budget);
    for_each_in_groups(table, "table:table-column",
                       {"table:table-columns", "table:table-column-group", "table:table-header-columns"},
                       [&](pugi::xml_node column) { reader.read_column(column); });
    for_each_in_groups(table, "table:table-row",
                       {"table:table-rows", "table:table-row-group", "table:table-header-rows"},
                       [&](pugi::xml_node row) { reader.read_row(row); });
    reader.finish();
    return out;
}

}  // namespace mk::ods
