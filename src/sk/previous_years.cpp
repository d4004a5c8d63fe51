#include "src/sk/previous_years.hpp"

#include "src/recognize/sk_document.hpp"
#include "src/sk/document_facts.hpp"
#include "src/sk/ska_goals.hpp"
#include "src/text/fold.hpp"

namespace mk::sk {

void add_previous_document(previous_years& years, const document& doc, const std::string& name,
                           const std::vector<model::school>& schools) {
    model::document recognised = recognize::recognise_sk_document(doc, name);
    if (recognised.sk_reports.empty()) return;
    const model::sk_report& report = recognised.sk_reports.front();
    const model::school* school = school_named_in(schools, report.title);
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
