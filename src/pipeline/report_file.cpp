#include "src/pipeline/report_file.hpp"

#include "src/pipeline/outputs.hpp"

namespace mk::pipeline {

std::string report_bytes(const file_format& f, const model::document& doc, const report::report_options& options) {
    switch (f.kind) {
        case format_kind::workbook:
            return f.write_workbook(f.one_sheet ? report::build_detail_workbook(doc, options)
                                                : report::build_report_workbook(doc, doc.findings, options));
        case format_kind::document: return f.write_document(report::build_report_document(doc, doc.findings, options));
        case format_kind::goal_chain: return write_goal_chain(f, doc, {.provenance = true, .report = options});
    }
    return {};
}

}  // namespace mk::pipeline
