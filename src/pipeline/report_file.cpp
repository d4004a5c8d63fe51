#include "src/pipeline/report_file.hpp"

#include "src/report/json.hpp"

namespace mk::pipeline {

std::string report_bytes(output_format format, const model::document& doc, const check::findings& found,
                         const report::report_options& options) {
    switch (format) {
        case output_format::xlsx:
        case output_format::ods: return write_workbook(report::build_report_workbook(doc, found, options), format);
        case output_format::csv: return write_workbook(report::build_detail_workbook(doc, options), format);
        case output_format::docx:
        case output_format::odt:
        case output_format::html: return write_document(report::build_report_document(doc, found, options), format);
        case output_format::json: return report::write_report_json(doc, found, options);
    }
    return {};
}

}  // namespace mk::pipeline
