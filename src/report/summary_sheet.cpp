// The summary sheet "Sammanfattning": per KF goal and nämndmål, the activities per status at the
// latest checkpoint, the share done and a light.
#include <algorithm>

#include "src/report/lights.hpp"
#include "src/report/sheet_writer.hpp"
#include "src/report/sheets.hpp"
#include "src/report/summary.hpp"

namespace mk::report {

namespace {

// A table of the activities per unit or per year at row (nothing when rows is empty); returns the
// row below it and an empty row.
std::uint32_t add_group_table(sheet_writer& out, const sheet_looks& looks, std::uint32_t row, const std::string& label,
                              const std::vector<group_row>& rows) {
    if (rows.empty()) return row;
    out.text(row, 0, label, looks.header);
    out.text(row, 1, "Antal aktiviteter", looks.header);
    out.text(row, 2, "Avviker", looks.header);
    out.text(row, 3, "Andel avvikande", looks.header);
    out.text(row, 4, "Andel klara", looks.header);
    out.text(row, 5, "Läge", looks.header);
    for (const group_row& r : rows) {
        ++row;
        out.text(row, 0, r.name, looks.body);
        out.number(row, 1, r.counts.activities, looks.body);
        out.number(row, 2, r.counts.count(model::status::deviates), looks.body);
        out.share(row, 3, r.counts.deviating_fraction(), looks.body);
        out.share(row, 4, r.counts.done_fraction(), looks.body);
        model::status light = r.counts.light();
        out.text(row, 5, light_word(light), looks.filled(std::string(light_fill(light))));
    }
    return row + 2;
}

}  // namespace

void add_summary_sheet(workbook& book, const model::document& doc, const report_options& options) {
    book.sheets.push_back({});
    sheet& s = book.sheets.back();
    s.name = "Sammanfattning";
    sheet_writer out(book, s);
    sheet_looks looks;
    chain_index index(doc);
    std::vector<summary_row> rows = summary_rows(doc, index);
    const tally& total = rows.back().counts;

    out.text(0, 0, report_title(doc, options), looks.title);
    std::string as_of = doc.metadata.as_of.empty() ? "" : " per " + doc.metadata.as_of;
    out.text(1, 0, "Aktiviteternas status vid senaste kontrollpunkten" + as_of, {});

    bool with_kf = std::any_of(doc.goals.begin(), doc.goals.end(),
                               [](const model::goal& g) { return g.level == model::level::kf; });
    std::vector<std::pair<std::string, double>> headers;
    if (with_kf) headers.emplace_back("Kommunfullmäktiges mål", 30);
    headers.emplace_back("Nämndmål", 40);
    headers.emplace_back("Antal aktiviteter", 11);
    std::vector<model::status> counted;
    // Partly (a year-end goal evaluation) and unknown only where some activity has them.
    for (model::status st : summary_statuses)
        if ((st != model::status::unknown && st != model::status::partly) || total.count(st)) counted.push_back(st);
    for (model::status st : counted) headers.emplace_back(summary_header(st), 11);
    headers.emplace_back("Andel klara", 10);
    headers.emplace_back("Läge", 9);
    constexpr std::uint32_t header = 3;
    out.header_row(header, headers, looks.header);

    std::uint32_t row = header + 1;
    for (const summary_row& r : rows) {
        bool strong = r.goal == nullptr;
        const cell_style& text_look = strong ? looks.strong_body : looks.body;
        std::uint32_t col = 0;
        std::string heading = r.goal ? "" : r.kf ? goal_text(*r.kf) : "Totalt";
        if (with_kf) out.text(row, col++, heading, text_look);
        out.text(row, col++, r.goal ? goal_text(*r.goal) : with_kf ? "" : heading, text_look);
        out.number(row, col++, r.counts.activities, text_look);
        for (model::status st : counted) out.number(row, col++, r.counts.count(st), text_look);
        out.share(row, col++, r.counts.done_fraction(), text_look);
        model::status light = r.counts.light();
        cell_style light_look = looks.filled(std::string(light_fill(light)));
        light_look.bold = strong;
        out.text(row, col++, light_word(light), light_look);
        ++row;
    }
    out.freeze_and_filter(header, row - 1);
    row = add_group_table(out, looks, row + 1, "Enhet", unit_rows(doc));
    add_group_table(out, looks, row, "År", year_rows(doc));
    s.finish();
}

}  // namespace mk::report
