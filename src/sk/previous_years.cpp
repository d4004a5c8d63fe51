#include "src/sk/previous_years.hpp"

#include "src/recognize/sk_document.hpp"
#include "src/sk/ska_goals.hpp"
#include "src/text/fold.hpp"

namespace mk::sk {
namespace {

// The school of schools whose name title holds, the longest such name; nullptr when none.
const model::school* school_in_title(const std::vector<model::school>& schools, const std::string& title) {
    std::string folded = text::fold(title);
    const model::school* found = nullptr;
    for (const auto& school : schools) {
        std::string name = text::fold(school.name);
        if (!name.empty() && folded.find(name) != std::string::npos &&
            (!found || school.name.size() > found->name.size()))
            found = &school;
    }
    return found;
}

}  // namespace

void add_previous_document(previous_years& years, const document& doc, const std::string& name,
                           const std::vector<model::school>& schools) {
    model::document recognised = recognize::recognise_sk_document(doc, name);
    if (recognised.sk_reports.empty()) return;
    const model::sk_report& report = recognised.sk_reports.front();
    const model::school* school = school_in_title(schools, report.title);
    if (!school) {
        years.about_no_school.push_back(name);
        return;
    }
    auto [year, added] = years.by_school.try_emplace(text::fold(school->name));
    if (!added) {
        if (report.lasar <= year->second.lasar) {
            years.passed_over.emplace_back(name, year->first);
            return;
        }
        years.passed_over.emplace_back(year->second.file, year->first);
    }
    previous_year& previous = year->second;
    previous = {};
    previous.file = name;
    previous.lasar = report.lasar;
    previous.goals = report.planned_goals;
    previous.ska_goals = ska_goals_of_chain(recognised);
}

const previous_year& previous_of(const previous_years& years, const model::school& school) {
    static const previous_year none;
    auto found = years.by_school.find(text::fold(school.name));
    return found == years.by_school.end() ? none : found->second;
}

}  // namespace mk::sk
