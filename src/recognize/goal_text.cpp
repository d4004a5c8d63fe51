#include "src/recognize/goal_text.hpp"

#include <array>

#include "src/container/iso_moment.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {

goal_text split_goal_text(std::string_view text) {
    goal_text out;
    std::size_t cut = std::string_view::npos;
    std::size_t skip = 0;
    if (auto nl = text.find('\n'); nl != std::string_view::npos) {
        cut = nl;
        skip = 1;
    }
    for (std::string_view separator : std::array<std::string_view, 3>{" - ", " \xE2\x80\x93 ", " : "}) {
        auto at = text.find(separator);
        if (at != std::string_view::npos && at < cut) {
            cut = at;
            skip = separator.size();
        }
    }
    if (cut == std::string_view::npos) {
        out.name = text::squeeze_spaces(text);
        return out;
    }
    out.name = text::squeeze_spaces(text.substr(0, cut));
    out.description = text::squeeze_spaces(text.substr(cut + skip));
    return out;
}

planned_parse parse_planned(std::string_view text) {
    planned_parse out;
    std::string folded = text::fold(text);
    for (std::string_view prefix : {"q", "kv", "kvartal", "q "}) {
        if (folded.size() == prefix.size() + 1 && folded.starts_with(prefix)) {
            char digit = folded.back();
            if (digit >= '1' && digit <= '4') out.quarter = digit - '0';
        }
        if (folded.size() == prefix.size() + 2 && folded.starts_with(prefix) && folded[prefix.size()] == ' ') {
            char digit = folded.back();
            if (digit >= '1' && digit <= '4') out.quarter = digit - '0';
        }
    }
    std::string trimmed = text::squeeze_spaces(text);
    std::string_view day = std::string_view(trimmed).substr(0, 10);
    if (parse_iso_moment(day)) out.date = std::string(day);
    return out;
}

std::optional<model::plan_time> planned_time(std::string_view text) {
    if (text::is_blank(text)) return std::nullopt;
    model::plan_time time;
    time.text = text::squeeze_spaces(text);
    auto parsed = parse_planned(text);
    if (parsed.quarter) time.quarter = static_cast<std::uint8_t>(parsed.quarter);
    time.date = parsed.date;
    return time;
}

}  // namespace mk::recognize
