#include "src/report/sk_workbook.hpp"

#include <map>

#include "src/check/location.hpp"
#include "src/core/message.hpp"
#include "src/model/names.hpp"
#include "src/report/sheet_writer.hpp"
#include "src/text/number_text.hpp"

namespace mk::report {
namespace {

// A sheet of rows of texts or numbers under a header.
struct table_builder {
    workbook& book;
    sheet& target;
    sheet_looks looks;
    std::uint32_t row = 1;

    table_builder(workbook& b, const message& name, const std::vector<std::pair<std::string, double>>& header)
        : book(b), target(add_sheet(b, name.text())) {
        sheet_writer(book, target).header_row(0, header, looks.header);
    }

    static sheet& add_sheet(workbook& b, const std::string& name) {
        b.sheets.push_back({});
        b.sheets.back().name = name;
        return b.sheets.back();
    }

    // Adds one row: each value a text, or a number when the text reads as one.
    void add(const std::vector<std::string>& texts, const std::vector<std::optional<double>>& numbers = {}) {
        sheet_writer w(book, target);
        for (std::uint32_t c = 0; c < texts.size(); ++c) {
            if (c < numbers.size() && numbers[c])
                w.number(row, c, *numbers[c], looks.body);
            else
                w.text(row, c, texts[c], looks.body);
        }
        ++row;
    }

    void finish() {
        sheet_writer(book, target).freeze_and_filter(0, row > 1 ? row - 1 : 1);
        target.finish();
    }
};

std::string school_name(const model::document& doc, const std::string& code) {
    for (const model::school& s : doc.schools)
        if (s.code == code) return s.name.empty() ? code : s.name;
    return code;
}

std::optional<double> number_of(const std::optional<model::measured_value>& v) { return v ? v->number : std::nullopt; }
std::string text_of(const std::optional<model::measured_value>& v) { return v ? v->text : ""; }

void goals_sheet(workbook& book, const model::document& doc) {
    table_builder t(book, tr("Mål per fokusområde", "Goals per focus area"),
                    {{tr("Fokusområde", "Focus area").text(), 18}, {tr("Skola", "School").text(), 20},
                     {tr("Del", "Part").text(), 16}, {tr("Mål", "Goal").text(), 50},
                     {tr("Varför", "Why").text(), 30}, {tr("Verksamheter", "Activities").text(), 20},
                     {tr("Målbild", "Target").text(), 30}, {tr("Insatser", "Efforts").text(), 30},
                     {tr("Mätning / finnas kvar", "Measurement / keep").text(), 30}});
    std::vector<std::string> focus_areas;
    for (const auto& r : doc.sk_reports) {
        for (const auto& g : r.analysed_goals) add_distinct(focus_areas, g.focus_area);
        for (const auto& g : r.planned_goals) add_distinct(focus_areas, g.focus_area);
    }
    for (const std::string& focus : focus_areas)
        for (const auto& r : doc.sk_reports) {
            std::string school = school_name(doc, r.school);
            for (const auto& g : r.planned_goals)
                if (g.focus_area == focus)
                    t.add({focus, school, tr("Planeringsrapport", "Planning report").text(), g.goal_text, g.why,
                           g.activities, g.target_state, g.efforts, g.measurement});
            for (const auto& g : r.analysed_goals)
                if (g.focus_area == focus)
                    t.add({focus, school, tr("Målanalys", "Goal analysis").text(), g.goal_text, g.why, g.activities,
                           g.target_state, g.efforts_and_results, g.keep});
        }
    t.finish();
}

void results_sheet(workbook& book, const model::document& doc) {
    table_builder t(book, tr("Resultat", "Results"),
                    {{tr("Skola", "School").text(), 20}, {tr("Årskurs", "Grade").text(), 8},
                     {tr("Ämne", "Subject").text(), 20}, {tr("Totalt %", "Total %").text(), 10},
                     {tr("Flickor %", "Girls %").text(), 10}, {tr("Pojkar %", "Boys %").text(), 10}});
    for (const auto& r : doc.sk_reports)
        for (const auto& row : r.results)
            t.add({school_name(doc, r.school), std::to_string(row.grade), row.subject, text_of(row.total),
                   text_of(row.girls), text_of(row.boys)},
                  {std::nullopt, double(row.grade), std::nullopt, number_of(row.total), number_of(row.girls),
                   number_of(row.boys)});
    t.finish();
}

void survey_sheet(workbook& book, const model::document& doc) {
    table_builder t(book, tr("Elevenkät", "Pupil survey"),
                    {{tr("Skola", "School").text(), 20}, {tr("Stadium", "Stage").text(), 8},
                     {tr("Index", "Index").text(), 26}, {tr("Skolan", "School value").text(), 10},
                     {tr("Område", "Area").text(), 20}, {tr("Områdets värde", "Area value").text(), 10},
                     {tr("Kommunen", "Kommun").text(), 10}});
    for (const auto& r : doc.sk_reports)
        for (const auto& s : r.survey)
            t.add({school_name(doc, r.school), s.stage, s.index, text_of(s.school), s.area_name, text_of(s.area),
                   text_of(s.kommun)},
                  {std::nullopt, std::nullopt, std::nullopt, number_of(s.school), std::nullopt, number_of(s.area),
                   number_of(s.kommun)});
    t.finish();
}

void findings_sheet(workbook& book, const model::document& doc) {
    table_builder t(book, tr("Fynd", "Findings"),
                    {{tr("Regel", "Rule").text(), 8}, {tr("Allvar", "Severity").text(), 10},
                     {tr("Fil", "File").text(), 30}, {tr("Plats", "Place").text(), 40},
                     {tr("Fynd", "Finding").text(), 60}});
    for (const auto& f : doc.findings)
        t.add({f.rule, std::string(model::name_of(f.severity)), f.location.file, check::format_location(f.location),
               f.message});
    t.finish();
}

}  // namespace

workbook sk_workbook(const model::document& doc) {
    workbook book;
    book.properties.title = tr("SK-dokument {0}", "SK documents {0}", {doc.metadata.lasar}).text();
    goals_sheet(book, doc);
    results_sheet(book, doc);
    survey_sheet(book, doc);
    findings_sheet(book, doc);
    return book;
}

document sk_document(const workbook& book) {
    document out;
    out.title = book.properties.title;
    out.blocks.push_back(text_block(block_kind::heading, out.title, 1));
    for (const sheet& s : book.sheets) {
        out.blocks.push_back(text_block(block_kind::heading, s.name, 2));
        block table = text_block(block_kind::table, "");
        table.header_rows = 1;
        std::uint32_t width = 0;
        for (const cell& c : s.cells) width = std::max(width, c.col + 1);
        for (const cell& c : s.cells) {
            while (table.rows.size() <= c.row) table.rows.push_back({std::vector<table_cell>(width)});
            std::string text = c.type == cell_type::number ? text::number_text(c.number) : c.text;
            table.rows[c.row].cells[c.col].blocks.push_back(text_block(block_kind::paragraph, text));
        }
        if (!table.rows.empty()) out.blocks.push_back(std::move(table));
    }
    return out;
}

}  // namespace mk::report
