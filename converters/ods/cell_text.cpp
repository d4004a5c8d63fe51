#include "converters/ods/cell_text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>

#include "converters/ods/walk.hpp"

namespace mk::ods {
namespace {

// Elements whose character data is not part of the paragraph (ODF 1.3 part 3, 6.1.1).
bool is_excluded(std::string_view name) {
    return name == "office:annotation" || name == "text:note-body" || name == "text:ruby-text" ||
           name.starts_with("draw:");
}

// The spaces a text:s stands for: text:c, 1 when absent or malformed.
std::uint64_t space_count(pugi::xml_node s) {
    std::string_view value = s.attribute("text:c").value();
    std::uint64_t count = 1;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), count);
    if (ec == std::errc::result_out_of_range) return UINT64_MAX;
    return value.empty() || ec != std::errc() || end != value.data() + value.size() ? 1 : count;
}

void append_spaces(std::string& out, std::uint64_t count) {
    std::size_t room = max_spaced_length - std::min(out.size(), max_spaced_length);
    out.append(static_cast<std::size_t>(std::min<std::uint64_t>(count, room)), ' ');
}

void append_paragraph(pugi::xml_node paragraph, std::string& out) {
    walk_descendants(paragraph, [&](pugi::xml_node n) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
        if (n.type() != pugi::node_element) return false;
        std::string_view name = n.name();
        if (name == "text:s")
            append_spaces(out, space_count(n));
        else if (name == "text:tab")
            out += '\t';
        else if (name == "text:line-break")
            out += '\n';
        else
            return !is_excluded(name);
        return false;
    });
}

}  // namespace

std::string cell_text(pugi::xml_node cell) {
    std::string out;
    bool first = true;
    for (pugi::xml_node child : cell.children()) {
        std::string_view name = child.name();
        if (name != "text:p" && name != "text:h") continue;
        if (!first) out += '\n';
        first = false;
        append_paragraph(child, out);
    }
    return out;
}

}  // namespace mk::ods
