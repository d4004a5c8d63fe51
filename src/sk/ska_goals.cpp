#include "src/sk/ska_goals.hpp"

#include <string>

#include "src/text/fold.hpp"

namespace mk::sk {
namespace {

std::string goal_text(const model::goal& goal) { return goal.text.empty() ? goal.name : goal.text; }

// The last four-digit year a heading names ("... MÅL 2023" → 2023); 0 when none.
int year_in(const std::string& heading) {
    int year = 0;
    for (const auto& word : text::tokens(heading))
        if (word.size() == 4 && word.find_first_not_of("0123456789") == std::string::npos) year = std::stoi(word);
    return year;
}

std::vector<merged_group> groups_of(const block& table) {
    std::vector<merged_group> groups;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r].cells;
        if (cells.size() < 2) continue;
        std::string below = cell_text(cells[1]);
        if (below.empty()) continue;
        if (!cells[0].covered || groups.empty()) groups.push_back({cell_text(cells[0]), {}});
        groups.back().below.push_back(below);
    }
    return groups;
}

}  // namespace

std::vector<merged_group> ska_goals_of_chain(const model::document& chain) {
    std::vector<merged_group> groups;
    merged_group loose;
    for (const auto& goal : chain.goals) {
        if (goal.level == model::level::kf) {
            merged_group group{goal_text(goal), {}};
            for (const auto& below : chain.goals)
                if (below.level == model::level::namnd && below.parent && below.parent->target == goal.id)
                    group.below.push_back(goal_text(below));
            if (!group.below.empty()) groups.push_back(std::move(group));
        } else if (goal.level == model::level::namnd && !goal.parent) {
            loose.below.push_back(goal_text(goal));
        }
    }
    if (!loose.below.empty()) groups.push_back(std::move(loose));
    return groups;
}

std::vector<merged_group> ska_goals_in(const document& doc) {
    std::vector<merged_group> latest;
    int latest_year = -1;
    std::string heading;
    for (const auto& b : doc.blocks) {
        if (b.kind == block_kind::heading) heading = b.text;
        if (b.kind != block_kind::table || b.rows.empty() || b.column_count() < 2) continue;
        std::string folded_heading = text::fold(heading);
        std::string first_row = text::fold(cell_text(b.rows.front().cells[0]));
        if (folded_heading.find("ska mål") == std::string::npos || !first_row.starts_with("kommunfullmäktigemål"))
            continue;
        if (year_in(heading) > latest_year) {
            latest_year = year_in(heading);
            latest = groups_of(b);
        }
    }
    return latest;
}

}  // namespace mk::sk
