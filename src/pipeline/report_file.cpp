#include "src/pipeline/report_file.hpp"

#include "src/pipeline/outputs.hpp"

namespace mk::pipeline {

std::string report_bytes(const file_format& f, model::document doc, const report::report_options& options) {
    switch (f.kind) {
        case format_kind::workbook: {
            workbook book = f.one_sheet ? report::build_detail_workbook(doc, options)
                                        : report::build_report_workbook(doc, doc.findings, options);
            doc = {};  // the parts are made in the room the model leaves
            return f.write_workbook(book);
        }
        case format_kind::document: {
            document report = report::build_report_document(doc, doc.findings, options);
            doc = {};
            return f.write_document(report);
        }
        case format_kind::goal_chain: return write_goal_chain(f, doc, {.provenance = true, .report = options});
    }
    return {};
}

}  // namespace mk::pipeline
