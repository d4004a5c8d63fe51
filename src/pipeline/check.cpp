#include "src/pipeline/check.hpp"

#include "converters/registry.hpp"
#include "src/core/error.hpp"
#include "src/pipeline/load.hpp"
#include "src/report/findings_list.hpp"

namespace mk::pipeline {

check::findings check_inputs(const check_request& request) {
    if (request.chain) check_sources({&*request.chain});
    loaded input = load_inputs(request.inputs, request.load);
    std::optional<model::document> chain;
    if (request.chain) {
        load_options options;
        options.warnings = request.load.warnings;
        chain = load_inputs({*request.chain}, options).doc;
    }
    return check::run_all(
        {input.doc, chain ? &*chain : nullptr, request.as_of.empty() ? input.doc.metadata.as_of : request.as_of});
}

std::string findings_as(const check::findings& found, std::string_view format_name) {
    if (format_name == "json") return report::findings_json(found) + "\n";
    const file_format* f = format_named(format_name);
    if (f && f->write_workbook) return f->write_workbook(report::findings_workbook(found));
    throw error("check.format", tr("fynden kan inte skrivas som {0}", "the findings cannot be written as {0}",
                                   {std::string(format_name)}));
}

}  // namespace mk::pipeline
