#include "src/pipeline/outputs.hpp"

#include <algorithm>

#include "src/core/error.hpp"
#include "src/normalized/write.hpp"
#include "src/report/json.hpp"

namespace mk::pipeline {
namespace {

// The goal-chain format that is read back: normalized XML.
bool read_back_chain(const file_format& f) {
    return f.kind == format_kind::goal_chain && f.chain_read && f.chain_write;
}

}  // namespace

std::vector<const file_format*> import_formats() { return formats_where(read_back_chain); }

std::vector<const file_format*> report_formats() {
    return formats_where([](const file_format& f) { return f.writable(); });
}

std::vector<const file_format*> sk_collect_formats() {
    return formats_where([](const file_format& f) {
        return read_back_chain(f) || (f.write_workbook && !f.one_sheet) || f.write_document;
    });
}

const file_format& output_format(const std::string& path, const std::vector<const file_format*>& formats) {
    const file_format* f = format_for_path(path);
    if (f && std::find(formats.begin(), formats.end(), f) != formats.end()) return *f;
    std::string list = extension_list(formats);
    if (!f)
        throw error(
            "output.format",
            tr("utfilens ändelse säger inte vilket format den ska ha: ge den ändelsen {0}",
               "the output file's extension does not name a format to write: give it the extension {0}", {list}),
            path);
    throw error("output.format",
                tr("kan inte skrivas som {0}: ge utfilen ändelsen {1}",
                   "cannot be written as {0}: give the output file "
                   "the extension {1}",
                   {f->name, list}),
                path);
}

std::string write_goal_chain(const file_format& f, const model::document& doc, const goal_chain_options& options) {
    if (read_back_chain(f)) return normalized::write_normalized(doc, {.provenance = options.provenance});
    if (f.kind == format_kind::goal_chain && f.chain_write)
        return report::write_report_json(doc, doc.findings, options.report);
    throw error("output.not_goal_chain", tr("formatet {0} är inget format för målkedjan",
                                            "the format {0} is not a format of the goal chain", {f.name}));
}

}  // namespace mk::pipeline
