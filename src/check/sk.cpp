// The SK documents: values out of range, totals, goal rows, development areas, placeholders, values
// written as text (MK010-MK017, MK023).
#include <algorithm>

#include "src/check/families.hpp"
#include "src/recognize/goal_match.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/text/fold.hpp"

namespace mk::check {
namespace {

using model::measured_value;

// The place of v, or of the row when the value has none.
std::optional<model::source_ref> place_of(const measured_value& v, const std::optional<model::source_ref>& row) {
    return v.source ? v.source : row;
}

// The place of a goal row's text column slot (0-5), when its column is known.
template <class Goal>
std::optional<model::source_ref> column_place(const Goal& g, std::size_t slot) {
    std::optional<model::source_ref> place = g.source;
    if (place && slot < g.source_columns.size()) place->column = g.source_columns[slot];
    return place;
}

void share_out_of_range(const std::optional<measured_value>& v, const std::optional<model::source_ref>& row,
                        const std::string& what, const std::string& school, findings& out) {
    if (!v || !v->number || (*v->number >= 0 && *v->number <= 100)) return;
    out.push_back(make_finding(
        "MK010", place_of(*v, row), "",
        tr("{0}: andelen {1} ({2}) ligger utanför 0–100 %; rätta värdet i tabellen",
           "{0}: the share {1} ({2}) lies outside 0–100 %; correct the value in the table", {school, v->text, what})));
}

// "Äldre läsår" is the one before ("2022/23" before "2023/24").
bool is_year_before(const std::string& earlier, const std::string& later) {
    if (earlier.size() < 4 || later.size() < 4) return false;
    return std::stoi(earlier.substr(0, 4)) + 1 == std::stoi(later.substr(0, 4));
}

}  // namespace

void check_sk_share_range(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports) {
        for (const model::result_row& row : r.results) {
            std::string what = "ÅK " + std::to_string(row.grade) + " " + row.subject;
            share_out_of_range(row.total, row.source, what, r.school, out);
            share_out_of_range(row.girls, row.source, what + tr(" flickor", " girls").text(), r.school, out);
            share_out_of_range(row.boys, row.source, what + tr(" pojkar", " boys").text(), r.school, out);
        }
        for (const model::national_test& t : r.national_tests)
            share_out_of_range(
                t.value, std::nullopt,
                tr("nationellt prov ÅK {0} {1}", "national test ÅK {0} {1}", {std::to_string(t.grade), t.test}).text(),
                r.school, out);
        for (const model::history_value& h : r.history)
            if (h.measure == model::history_measure::minst_e)
                share_out_of_range(
                    h.value, std::nullopt,
                    tr("minst E ÅK {0} {1}", "at least E ÅK {0} {1}", {std::to_string(h.grade), h.label}).text(),
                    r.school, out);
    }
}

void check_sk_meritvarde(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports)
        for (const model::history_value& h : r.history) {
            if (h.measure != model::history_measure::meritvarde || !h.value.number) continue;
            if (*h.value.number >= 0 && *h.value.number <= 340) continue;
            out.push_back(make_finding(
                "MK011", h.value.source, "",
                tr("{0}: meritvärdet {1} (ÅK {2}, {3}) ligger utanför 0–340 (17 ämnen × 20); rätta värdet i tabellen",
                   "{0}: the meritvärde {1} (ÅK {2}, {3}) lies outside 0–340 (17 subjects × 20); correct the value in the table",
                   {r.school, h.value.text, std::to_string(h.grade), h.label})));
        }
}

void check_sk_survey_range(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports)
        for (const model::survey_index& s : r.survey)
            for (const auto* v : {&s.school, &s.area, &s.kommun}) {
                if (!*v || !(*v)->number || (*(*v)->number >= 0 && *(*v)->number <= 100)) continue;
                out.push_back(make_finding(
                    "MK012", place_of(**v, s.source), "",
                    tr("{0}: indexvärdet {1} ({2}, {3}) ligger utanför 0–100; rätta värdet i tabellen",
                       "{0}: the index value {1} ({2}, {3}) lies outside 0–100; correct the value in the table",
                       {r.school, (*v)->text, s.stage, s.index})));
            }
}

void check_sk_total_between(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports)
        for (const model::result_row& row : r.results) {
            if (!row.total || !row.girls || !row.boys || !row.total->number || !row.girls->number || !row.boys->number)
                continue;
            // A share written as a fraction (0,82) beside shares in percent (84 %) is the same measure.
            bool in_percent = *row.total->number > 1 || *row.girls->number > 1 || *row.boys->number > 1;
            auto share = [&](const model::measured_value& v) {
                bool fraction = in_percent && *v.number <= 1 && v.text.find('%') == std::string::npos;
                return fraction ? *v.number * 100 : *v.number;
            };
            double t = share(*row.total), g = share(*row.girls), b = share(*row.boys);
            if (t >= std::min(g, b) && t <= std::max(g, b)) continue;
            out.push_back(
                make_finding("MK013", row.source, "",
                             tr("{0}: ÅK {1} {2}: totalen {3} ligger inte mellan flickornas {4} och pojkarnas {5}",
                                "{0}: ÅK {1} {2}: the total {3} is not between the girls' {4} and the boys' {5}",
                                {r.school, std::to_string(row.grade), row.subject, row.total->text, row.girls->text,
                                 row.boys->text})));
        }
}

void check_sk_goal_without_measurement(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports)
        for (const model::planned_goal& g : r.planned_goals) {
            if (!text::fold(g.measurement).empty()) continue;
            out.push_back(make_finding(
                "MK014", column_place(g, 5), "",
                tr("{0}: målet \"{1}\" saknar svar på \"Hur ska ni mäta målet?\"",
                   "{0}: the goal \"{1}\" has no answer to \"Hur ska ni mäta målet?\"", {r.school, g.goal_text})));
        }
}

void check_sk_goal_not_followed_up(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports)
        for (const model::analysed_goal& g : r.analysed_goals) {
            if (!text::fold(g.keep).empty()) continue;
            out.push_back(make_finding(
                "MK015", column_place(g, 5), "",
                tr("{0}: målet \"{1}\" saknar svar på \"Ska målet finnas kvar?\"",
                   "{0}: the goal \"{1}\" has no answer to \"Ska målet finnas kvar?\"", {r.school, g.goal_text})));
        }
    // Last year's planned goals against this year's Målanalys of the same school.
    for (const model::sk_report& previous : ctx.doc.sk_reports)
        for (const model::sk_report& r : ctx.doc.sk_reports) {
            if (r.school != previous.school || !is_year_before(previous.lasar, r.lasar)) continue;
            std::vector<model::goal> analysed(r.analysed_goals.size());
            for (std::size_t i = 0; i < analysed.size(); ++i) analysed[i].text = r.analysed_goals[i].goal_text;
            for (const model::planned_goal& g : previous.planned_goals) {
                if (recognize::match_goal(g.goal_text, analysed)) continue;
                out.push_back(
                    make_finding("MK015", g.source, "",
                                 tr("{0}: förra årets mål \"{1}\" ({2}) saknas i Målanalysen {3}",
                                    "{0}: last year's goal \"{1}\" ({2}) is missing from the Målanalys of {3}",
                                    {r.school, g.goal_text, previous.lasar, r.lasar})));
            }
        }
}

void check_sk_highlighted_ska_without_goal(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports)
        for (const std::string& key : r.highlighted_areas) {
            auto area = std::find_if(ctx.doc.development_areas.begin(), ctx.doc.development_areas.end(),
                                     [&](const model::development_area& d) { return d.key == key; });
            if (area == ctx.doc.development_areas.end() || !area->ska) continue;
            bool has_goal =
                std::any_of(r.planned_goals.begin(), r.planned_goals.end(), [&](const model::planned_goal& g) {
                    return g.development_area == key || recognize::goal_covers_area(g.goal_text, area->text);
                });
            if (has_goal) continue;
            // Documents of one school area share its list of areas, read from the first of them: the
            // finding names this school's document, at the list's section.
            std::optional<model::source_ref> place = area->source;
            if (place && r.source && place->file != r.source->file) {
                place->file = r.source->file;
                place->paragraph.reset();
            }
            out.push_back(make_finding(
                "MK016", place, "",
                tr("{0}: SKA-målet \"{1}\" är markerat som skolans utvecklingsområde men har inget mål i Planeringsrapporten",
                   "{0}: the SKA-mål \"{1}\" is marked as the school's development area but has no goal in the Planeringsrapport",
                   {r.school, area->text})));
        }
}

void check_sk_placeholder(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports) {
        if (text::fold(r.title).find("skolans namn") == std::string::npos && !r.title.empty()) continue;
        out.push_back(make_finding("MK017", r.source, "",
                                   tr("titeln \"{0}\" är inte ifylld: skriv skolans namn",
                                      "the title \"{0}\" is not filled in: write the school's name", {r.title})));
    }
}

void check_sk_number_as_text(const context& ctx, findings& out) {
    for (const model::sk_report& r : ctx.doc.sk_reports) {
        auto note = [&](const std::optional<measured_value>& v, const std::optional<model::source_ref>& row) {
            if (!v || v->number || text::is_blank(v->text)) return;
            out.push_back(
                make_finding("MK023", place_of(*v, row), "",
                             tr("{0}: \"{1}\" står kvar som det skrevs men räknas inte som ett tal",
                                "{0}: \"{1}\" is kept as written but not counted as a number", {r.school, v->text})));
        };
        for (const model::result_row& row : r.results) {
            note(row.total, row.source);
            note(row.girls, row.source);
            note(row.boys, row.source);
        }
        for (const model::history_value& h : r.history) note(h.value, std::nullopt);
        for (const model::national_test& t : r.national_tests) note(t.value, std::nullopt);
        for (const model::survey_index& i : r.survey) {
            note(i.school, i.source);
            note(i.area, i.source);
            note(i.kommun, i.source);
        }
    }
}

}  // namespace mk::check
