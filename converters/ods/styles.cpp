#include "converters/ods/styles.hpp"

#include <algorithm>

#include "converters/package/xml.hpp"

namespace mk::ods {
namespace {

// "#ff0000" → "FF0000"; empty for "transparent" and anything that is no #RRGGBB.
std::string background_of(std::string_view value) {
    if (value.size() != 7 || value[0] != '#') return {};
    std::string out;
    for (char c : value.substr(1)) {
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return {};
        out += c;
    }
    return out;
}

std::string attribute_text(std::span<const xml_attribute_event> attributes, std::string_view uri,
                           std::string_view local) {
    return std::string(find_attribute(attributes, uri, local).value_or(""));
}

// A cell style's background and parent, by name.
struct background_entry {
    std::string own;
    std::string parent;
};

// Each cell style's background, its own or else its nearest ancestor's (a style naming no
// background inherits its parent's, as LibreOffice's "Good", "Neutral" and "Bad" children do).
std::unordered_map<std::string, std::string> cell_backgrounds(
    const std::unordered_map<std::string, background_entry>& styles) {
    // Each style's resolved background (empty: none), found once per style: a walk up the parents
    // stops at a style already resolved, and everything it passed gets its answer.
    std::unordered_map<std::string_view, std::string> resolved;
    for (const auto& [name, style] : styles) {
        std::vector<std::string_view> path;
        std::unordered_set<std::string_view> on_path;
        std::string background;
        std::string_view at = name;
        while (true) {
            if (auto done = resolved.find(at); done != resolved.end()) {
                background = done->second;
                break;
            }
            auto found = styles.find(std::string(at));
            // A missing parent, or a loop back to a style on this path, has no background.
            if (found == styles.end() || !on_path.insert(found->first).second) break;
            path.push_back(found->first);
            if (!found->second.own.empty()) {
                background = found->second.own;
                break;
            }
            at = found->second.parent;
        }
        for (std::string_view passed : path) resolved.emplace(passed, background);
    }
    std::unordered_map<std::string, std::string> out;
    for (const auto& [name, background] : resolved)
        if (!background.empty()) out.emplace(name, background);
    return out;
}

}  // namespace

void style_facts_reader::begin_part(std::uint32_t rank) {
    rank_ = rank;
    depth_ = 0;
    container_ = 0;
    seen_automatic_ = seen_common_ = in_style_ = false;
}

void style_facts_reader::start(std::string_view uri, std::string_view local,
                               std::span<const xml_attribute_event> attributes) {
    ++depth_;
    if (depth_ == 2) {
        // Only the first container of each kind under the document element is read.
        container_ = 0;
        if (uri != ns::odf_office) return;
        if (local == "automatic-styles" && !seen_automatic_) {
            seen_automatic_ = true;
            container_ = 1;
        } else if (local == "styles" && !seen_common_) {
            seen_common_ = true;
            container_ = 2;
        }
    } else if (depth_ == 3 && container_ != 0) {
        start_style(uri, local, attributes);
    } else if (depth_ == 4 && in_style_) {
        read_style_child(uri, local, attributes);
    }
}

void style_facts_reader::end() {
    if (depth_ == 3 && in_style_) end_style();
    if (depth_ == 2) container_ = 0;
    --depth_;
}

void style_facts_reader::start_style(std::string_view uri, std::string_view local,
                                     std::span<const xml_attribute_event> attributes) {
    open_ = open_style{};
    open_.style.order = rank_ * 2 + container_ - 1;
    open_.style.name = attribute_text(attributes, ns::odf_style, "name");
    if (uri == ns::odf_number && (local == "date-style" || local == "time-style")) {
        in_style_ = true;
        open_.data_style = true;
        open_.time_style = local == "time-style";
        open_.wraps = find_attribute(attributes, ns::odf_number, "truncate-on-overflow") != "false";
    } else if (uri == ns::odf_style && local == "style") {
        in_style_ = true;
        open_.family = attribute_text(attributes, ns::odf_style, "family");
        open_.style.parent = attribute_text(attributes, ns::odf_style, "parent-style-name");
        open_.style.data_style = attribute_text(attributes, ns::odf_style, "data-style-name");
    }
}

void style_facts_reader::read_style_child(std::string_view uri, std::string_view local,
                                          std::span<const xml_attribute_event> attributes) {
    if (open_.data_style) {
        if (uri == ns::odf_number && (local == "hours" || local == "minutes" || local == "seconds"))
            open_.shows_time = true;
        return;
    }
    if (uri != ns::odf_style) return;
    // Only the first properties element of each kind counts.
    if (local == "table-cell-properties" && !open_.seen_cell_properties) {
        open_.seen_cell_properties = true;
        open_.style.background = background_of(find_attribute(attributes, ns::odf_fo, "background-color").value_or(""));
    } else if (local == "table-properties" && !open_.seen_table_properties) {
        open_.seen_table_properties = true;
        open_.hides_table = find_attribute(attributes, ns::odf_table, "display") == "false";
    }
}

void style_facts_reader::end_style() {
    in_style_ = false;
    if (open_.data_style) {
        if (open_.shows_time) time_data_styles_.insert(open_.style.name);
        if (open_.time_style && open_.wraps) clock_data_styles_.insert(open_.style.name);
    } else if (open_.family == "table") {
        if (open_.hides_table) hidden_tables_.insert(open_.style.name);
    } else if (open_.family == "table-cell") {
        cell_styles_.push_back(std::move(open_.style));
    }
}

style_facts style_facts_reader::facts() const {
    std::vector<const cell_style*> ordered;
    for (const cell_style& style : cell_styles_) ordered.push_back(&style);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const cell_style* a, const cell_style* b) { return a->order < b->order; });
    std::unordered_map<std::string, background_entry> backgrounds;
    for (const cell_style* style : ordered)
        backgrounds.try_emplace(style->name, background_entry{style->background, style->parent});
    style_facts facts;
    facts.cell_fills = cell_backgrounds(backgrounds);
    facts.hidden_tables = hidden_tables_;
    for (const cell_style& style : cell_styles_) {
        if (time_data_styles_.contains(style.data_style)) facts.time_cells.insert(style.name);
        if (clock_data_styles_.contains(style.data_style)) facts.clock_cells.insert(style.name);
    }
    return facts;
}

}  // namespace mk::ods
