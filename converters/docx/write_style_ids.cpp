#include "converters/docx/write_style_ids.hpp"

#include <algorithm>

#include "src/container/document_layout.hpp"

namespace mk::docx {
namespace {

constexpr std::string_view built_in[] = {"Normal",  "Title",       "Subtitle",    "List Bullet",
                                         "List Number", "Caption", "Header",      "Footer"};

// The id for a display name: its ASCII letters and digits.
std::string id_from_name(std::string_view name) {
    std::string out;
    for (char c : name)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    return out;
}

bool is_heading_name(std::string_view name) {
    return name.size() == 9 && name.starts_with("Heading ") && name[8] >= '1' && name[8] <= '9';
}

}  // namespace

style_ids::style_ids(const document& doc) {
    for (std::string_view name : built_in) add(name, id_from_name(name));
    for (char level = '1'; level <= '9'; ++level) add(std::string("Heading ") + level, std::string("Heading") + level);
    for (const std::string& name : paragraph_styles_used(doc)) {
        if (std::any_of(styles_.begin(), styles_.end(), [&](const style& s) { return s.name == name; })) continue;
        auto taken = [&](const std::string& id) {
            return std::any_of(styles_.begin(), styles_.end(), [&](const style& s) { return s.id == id; });
        };
        std::string id = id_from_name(name);
        for (std::size_t n = styles_.size() + 1; id.empty() || taken(id); ++n) id = "Style" + std::to_string(n);
        add(name, std::move(id));
    }
}

const std::string& style_ids::id_of(std::string_view name) const {
    for (const style& s : styles_)
        if (s.name == name) return s.id;
    return styles_.front().id;
}

void style_ids::add(std::string_view name, std::string id) { styles_.push_back({std::string(name), std::move(id)}); }

std::string stored_style_name(std::string_view name) {
    if (is_heading_name(name) || name == "Caption" || name == "Header" || name == "Footer") {
        std::string out(name);
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
        return out;
    }
    return std::string(name);
}

}  // namespace mk::docx
