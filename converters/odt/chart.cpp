#include "converters/odt/chart.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

#include "converters/odt/body.hpp"
#include "src/container/document_limits.hpp"

namespace mk::odt {
namespace {

// The texts of the paragraphs (text:p) of node, a space between them.
std::string paragraphs_text(pugi::xml_node node) {
    std::string out;
    for (pugi::xml_node p : node.children("text:p")) {
        std::string text = p.text().get();
        for (pugi::xml_node child : p.children())
            if (child.type() == pugi::node_element) text += child.text().get();
        if (text.empty()) continue;
        if (!out.empty()) out += ' ';
        out += text;
    }
    return out;
}

using grid = std::vector<std::vector<std::string>>;

// Most rows of a chart's local table written out: a chart shows far fewer.
constexpr std::size_t max_chart_rows = 65'536;

// The chart's local table (its header rows and rows), each cell's text; repeated rows and cells
// are written out up to max_chart_rows, max_table_columns and max_table_cells.
grid local_table(pugi::xml_node table) {
    grid out;
    std::size_t cells = 0;
    auto read_row = [&](pugi::xml_node row) {
        std::vector<std::string> texts;
        for (pugi::xml_node cell : row.children("table:table-cell")) {
            std::string text = paragraphs_text(cell);
            std::size_t repeat = count_attribute(cell, "table:number-columns-repeated");
            repeat = std::min(repeat, max_table_columns - std::min(max_table_columns, texts.size()));
            texts.insert(texts.end(), repeat, text);
        }
        std::size_t repeat = count_attribute(row, "table:number-rows-repeated");
        for (std::size_t i = 0; i < repeat && out.size() < max_chart_rows && cells + texts.size() <= max_table_cells;
             ++i) {
            cells += texts.size();
            out.push_back(texts);
        }
    };
    for (pugi::xml_node child : table.children()) {
        std::string_view name = child.name();
        if (name == "table:table-row") read_row(child);
        if (name == "table:table-header-rows" || name == "table:table-rows")
            for (pugi::xml_node row : child.children("table:table-row")) read_row(row);
    }
    return out;
}

struct cell_at {
    std::size_t row = 0;
    std::size_t col = 0;
};

// The cell an address names ("local-table.$B$2", ".$B$4"): what follows its last '.'.
std::optional<cell_at> parse_cell(std::string_view address) {
    address = address.substr(address.rfind('.') + 1);
    cell_at out;
    std::size_t i = 0;
    if (i < address.size() && address[i] == '$') ++i;
    std::size_t letters = 0;
    for (; i < address.size() && address[i] >= 'A' && address[i] <= 'Z' && letters < 4; ++i, ++letters)
        out.col = out.col * 26 + static_cast<std::size_t>(address[i] - 'A' + 1);
    if (i < address.size() && address[i] == '$') ++i;
    std::size_t row = 0;
    auto [end, ec] = std::from_chars(address.data() + i, address.data() + address.size(), row);
    if (letters == 0 || ec != std::errc() || end != address.data() + address.size() || row == 0) return std::nullopt;
    out.row = row - 1;
    out.col -= 1;
    return out;
}

// The texts of the cells a range names ("local-table.$B$2:.$B$4"), row by row; none when it names
// none of table.
std::vector<std::string> cells_of(const grid& table, std::string_view range) {
    std::vector<std::string> out;
    std::size_t colon = range.find(':');
    std::optional<cell_at> first = parse_cell(range.substr(0, colon));
    std::optional<cell_at> last = colon == std::string_view::npos ? first : parse_cell(range.substr(colon + 1));
    if (!first || !last) return out;
    for (std::size_t r = first->row; r <= last->row && r < table.size(); ++r)
        for (std::size_t c = first->col; c <= last->col && c < table[r].size(); ++c) out.push_back(table[r][c]);
    return out;
}

}  // namespace

chart_data read_chart_object(pugi::xml_node root) {
    chart_data out;
    pugi::xml_node chart = root.child("office:body").child("office:chart").child("chart:chart");
    if (!chart) return out;
    out.title = paragraphs_text(chart.child("chart:title"));
    grid table = local_table(chart.child("table:table"));
    pugi::xml_node plot = chart.child("chart:plot-area");
    std::vector<std::string> categories;
    for (pugi::xml_node axis : plot.children("chart:axis"))
        if (pugi::xml_node names = axis.child("chart:categories"))
            categories = cells_of(table, names.attribute("table:cell-range-address").value());
    for (pugi::xml_node series_node : plot.children("chart:series")) {
        chart_series series;
        std::vector<std::string> label = cells_of(table, series_node.attribute("chart:label-cell-address").value());
        if (!label.empty()) series.name = label.front();
        std::vector<std::string> values =
            cells_of(table, series_node.attribute("chart:values-cell-range-address").value());
        for (std::size_t i = 0; i < values.size(); ++i)
            series.points.emplace_back(i < categories.size() ? categories[i] : std::string(), std::move(values[i]));
        out.series.push_back(std::move(series));
    }
    return out;
}

}  // namespace mk::odt
