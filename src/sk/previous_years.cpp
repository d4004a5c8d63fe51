#include "src/sk/previous_years.hpp"

#include "src/recognize/sk_document.hpp"
#include "src/sk/ska_goals.hpp"
#include "src/text/fold.hpp"

namespace mk::sk {

void add_previous_document(previous_years& years, const document& doc, const std::string& name) {
    model::document recognised = recognize::recognise_sk_document(doc, name);
    if (recognised.schools.empty() || recognised.sk_reports.empty()) return;
    auto& year = years[text::fold(recognised.schools.front().name)];
    for (const auto& report : recognised.sk_reports)
        year.goals.insert(year.goals.end(), report.planned_goals.begin(), report.planned_goals.end());
    if (year.ska_goals.empty()) year.ska_goals = ska_goals_of_chain(recognised);
}

const previous_year& previous_of(const previous_years& years, const model::school& school) {
    static const previous_year none;
    auto found = years.find(text::fold(school.name));
    return found == years.end() ? none : found->second;
}

}  // namespace mk::sk
