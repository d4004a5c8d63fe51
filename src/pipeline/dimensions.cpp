#include "src/pipeline/dimensions.hpp"

#include <algorithm>
#include <set>

#include "src/core/file_io.hpp"
#include "src/core/message.hpp"
#include "src/recognize/title_block.hpp"

namespace mk::pipeline {
namespace {

bool is_separator(char c) { return c == '-' || c == '_' || c == ' ' || c == '.'; }

// The stems without the words all of them begin and end with, cut only between words, keeping the
// last common word before parts of one or two characters ("uppfoljning-skola-a",
// "uppfoljning-skola-b" → "skola-a", "skola-b").
std::vector<std::string> distinguishing_parts(std::vector<std::string> stems) {
    auto common_prefix = [&] {
        std::size_t n = stems.front().size();
        for (const std::string& s : stems)
            n = std::min<std::size_t>(
                n, std::mismatch(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(std::min(n, s.size())),
                                 stems.front().begin())
                           .first -
                       s.begin());
        while (n > 0 && !is_separator(stems.front()[n - 1])) --n;
        bool short_part =
            std::any_of(stems.begin(), stems.end(), [&](const std::string& s) { return s.size() - n <= 2; });
        if (short_part && n > 0) {
            --n;
            while (n > 0 && !is_separator(stems.front()[n - 1])) --n;
        }
        return n;
    };
    std::size_t prefix = common_prefix();
    for (std::string& s : stems) s.erase(0, prefix);
    for (std::string& s : stems) std::reverse(s.begin(), s.end());
    std::size_t suffix = common_prefix();
    for (std::string& s : stems) {
        s.erase(0, suffix);
        std::reverse(s.begin(), s.end());
    }
    return stems;
}

// Whether every input's activities work for at least one goal that the first input's work for too:
// files of one follow-up per unit share their goals.
bool same_goals(const model::document& doc, const std::vector<input_activities>& inputs) {
    auto goals_of = [&](const input_activities& input) {
        std::set<std::string> out;
        for (std::size_t i = input.first; i < input.last; ++i)
            if (doc.activities[i].goal) out.insert(doc.activities[i].goal->target);
        return out;
    };
    std::set<std::string> first = goals_of(inputs.front());
    for (const input_activities& input : inputs) {
        std::set<std::string> goals = goals_of(input);
        if (std::none_of(goals.begin(), goals.end(), [&](const std::string& g) { return first.contains(g); }))
            return false;
    }
    return true;
}

}  // namespace

// Gives each input's activities the part of its file's name that tells it from the others.
void units_from_names(model::document& doc, const std::vector<input_activities>& inputs,
                      const std::vector<std::string>& units) {
    for (std::size_t k = 0; k < inputs.size(); ++k)
        for (std::size_t i = inputs[k].first; i < inputs[k].last; ++i) doc.activities[i].unit = units[k];
}

void settle_file_dimensions(model::document& doc, const std::vector<input_activities>& inputs,
                            recognize::unit_rule::source units_from) {
    if (units_from == recognize::unit_rule::source::file && !inputs.empty()) {
        std::vector<std::string> stems;
        for (const input_activities& input : inputs) stems.push_back(file_stem(input.file));
        std::vector<std::string> parts = distinguishing_parts(stems);
        std::set<std::string> distinct(parts.begin(), parts.end());
        bool told_apart = distinct.size() == parts.size() && !distinct.contains("");
        units_from_names(doc, inputs, inputs.size() > 1 && told_apart ? parts : stems);
    }
    std::set<int> years;
    for (const input_activities& input : inputs)
        if (input.year) years.insert(*input.year);
    if (years.size() > 1) {
        for (const input_activities& input : inputs) {
            if (!input.year) continue;
            for (std::size_t i = input.first; i < input.last; ++i)
                if (!doc.activities[i].year) doc.activities[i].year = input.year;
            doc.metadata.assumptions.push_back(
                {model::assumption_kind::year_from_file, input.file, "", std::to_string(*input.year), ""});
        }
        return;
    }
    if (inputs.size() < 2 || units_from != recognize::unit_rule::source::automatic) return;
    for (const input_activities& input : inputs)
        for (std::size_t i = input.first; i < input.last; ++i)
            if (!doc.activities[i].unit.empty()) return;
    std::vector<std::string> stems;
    for (const input_activities& input : inputs) stems.push_back(file_stem(input.file));
    std::vector<std::string> units = distinguishing_parts(stems);
    std::set<std::string> distinct(units.begin(), units.end());
    if (distinct.size() != units.size() || distinct.contains("")) return;
    for (const std::string& unit : units)
        if (recognize::first_year(unit)) return;
    if (!same_goals(doc, inputs)) return;
    units_from_names(doc, inputs, units);
    for (std::size_t k = 0; k < inputs.size(); ++k)
        doc.metadata.assumptions.push_back({model::assumption_kind::unit_from_file, inputs[k].file, "", units[k], ""});
}

}  // namespace mk::pipeline
