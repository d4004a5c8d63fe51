#include "converters/ods/cell_text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>

#include "converters/ods/walk.hpp"

namespace mk::ods {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Elements whose character data is not part of the paragraph (ODF 1.3 part 3, 6.1.1).
bool is_excluded(std::string_view name) {
    return name == "office:annotation" || name == "text:note-body" || name == "text:ruby-text" ||
           name.starts_with("draw:");
}

// Builds one paragraph's text, collapsing white space (ODF 1.3 part 3, 6.1.2): runs of spaces, tabs
// and line ends in character data count as one space, dropped at the paragraph's start and end.
class paragraph_builder {
public:
    explicit paragraph_builder(std::string& out) : out_(out), start_(out.size()) {}

    void add_data(std::string_view data) {
        for (char c : data) {
            if (is_space(c)) {
                space_pending_ = out_.size() > start_;
            } else {
                add_char(c);
            }
        }
    }

    void add_char(char c) {
        flush_space();
        out_ += c;
    }

    void add_spaces(std::uint64_t count) {
        flush_space();
        std::size_t room = max_spaced_length - std::min(out_.size(), max_spaced_length);
        out_.append(static_cast<std::size_t>(std::min<std::uint64_t>(count, room)), ' ');
    }

private:
    void flush_space() {
        if (space_pending_) out_ += ' ';
        space_pending_ = false;
    }

    std::string& out_;
    std::size_t start_;
    bool space_pending_ = false;
};

std::uint64_t space_count(pugi::xml_node s) {
    std::string_view value = s.attribute("text:c").value();
    std::uint64_t count = 1;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), count);
    if (ec == std::errc::result_out_of_range) return UINT64_MAX;
    return value.empty() || ec != std::errc() || end != value.data() + value.size() ? 1 : count;
}

void append_paragraph(pugi::xml_node paragraph, std::string& out) {
    paragraph_builder builder(out);
    walk_descendants(paragraph, [&](pugi::xml_node n) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) builder.add_data(n.value());
        if (n.type() != pugi::node_element) return false;
        std::string_view name = n.name();
        if (name == "text:s") builder.add_spaces(space_count(n));
        else if (name == "text:tab") builder.add_char('\t');
        else if (name == "text:line-break") builder.add_char('\n');
        else return !is_excluded(name);
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
