// The findings sheet "Fynd": one row per finding of the checks.
#include "src/check/location.hpp"
#include "src/report/sheet_writer.hpp"
#include "src/report/sheets.hpp"

namespace mk::report {

std::string severity_word(model::severity severity) {
    switch (severity) {
        case model::severity::fel: return "fel";
        case model::severity::varning: return "varning";
        case model::severity::info: return "info";
    }
    return {};
}

std::string severity_fill(model::severity severity) {
    switch (severity) {
        case model::severity::fel: return "FFC7CE";
        case model::severity::varning: return "FFEB9C";
        case model::severity::info: return "";
    }
    return {};
}

void add_findings_sheet(workbook& book, const check::findings& found) {
    book.sheets.push_back({});
    sheet& s = book.sheets.back();
    s.name = "Fynd";
    sheet_writer out(book, s);
    sheet_looks looks;
    out.header_row(0,
                   {{"Regel", 9}, {"Allvarlighet", 12}, {"Fil", 24}, {"Plats", 26}, {"Meddelande", 60}, {"Förslag", 40}},
                   looks.header);
    std::uint32_t row = 1;
    for (const model::finding& f : found) {
        out.text(row, 0, f.rule, looks.body);
        out.text(row, 1, severity_word(f.severity), looks.filled(severity_fill(f.severity)));
        out.text(row, 2, f.location.file, looks.body);
        out.text(row, 3, check::format_location(f.location), looks.body);
        out.text(row, 4, f.message, looks.body);
        out.text(row, 5, f.suggestion, looks.body);
        ++row;
    }
    if (found.empty()) out.text(row++, 0, "Inga fynd: kontrollerna hittade inget att anmärka på.", {});
    out.freeze_and_filter(0, row - 1);
    s.finish();
}

}  // namespace mk::report
