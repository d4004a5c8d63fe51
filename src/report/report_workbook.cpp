#include "src/report/report.hpp"
#include "src/report/sheets.hpp"

namespace mk::report {
namespace {

workbook empty_book(const model::document& doc, const report_options& options) {
    workbook book;
    book.properties.title = report_title(doc, options);
    book.properties.subject = "Uppföljning till nämnden";
    book.properties.creator = "malkedja";
    book.properties.created = options.created;
    return book;
}

}  // namespace

std::string report_title(const model::document& doc, const report_options& options) {
    if (!options.title.empty()) return options.title;
    if (!doc.metadata.title.empty()) return doc.metadata.title;
    return "Uppföljning till nämnden";
}

workbook build_report_workbook(const model::document& doc, const check::findings& found,
                               const report_options& options) {
    return build_report_workbook_while_checking(
        doc, [&]() -> const check::findings& { return found; }, options);
}

workbook build_report_workbook_while_checking(const model::document& doc,
                                              const std::function<const check::findings&()>& found,
                                              const report_options& options) {
    workbook book = empty_book(doc, options);
    add_summary_sheet(book, doc, options);
    add_detail_sheet(book, doc, options, goal_cells::merged);
    add_findings_sheet(book, found());
    return book;
}

workbook build_detail_workbook(const model::document& doc, const report_options& options) {
    workbook book = empty_book(doc, options);
    add_detail_sheet(book, doc, options, goal_cells::repeated);
    return book;
}

}  // namespace mk::report
