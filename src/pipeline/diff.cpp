#include "src/pipeline/diff.hpp"

#include "src/core/error.hpp"

namespace mk::pipeline {
namespace {

// The goal-chain format only written: JSON.
bool is_json(const file_format& f) { return f.kind == format_kind::goal_chain && f.chain_write && !f.chain_read; }

}  // namespace

diff::changes diff_inputs(const diff_request& request) {
    check_sources({&request.before, &request.after});
    loaded before = load_inputs(std::vector<source>{request.before}, request.load);
    loaded after = load_inputs(std::vector<source>{request.after}, request.load);
    return diff::compare(before.doc, after.doc);
}

std::vector<const file_format*> diff_formats() {
    return formats_where(
        [](const file_format& f) { return (f.write_workbook && !f.one_sheet) || f.write_document || is_json(f); });
}

std::string diff_bytes(const file_format& f, const diff::changes& found, const diff::sides& names) {
    if (f.write_workbook && !f.one_sheet) return f.write_workbook(diff::changes_workbook(found, names));
    if (f.write_document) return f.write_document(diff::changes_document(found, names));
    if (is_json(f)) return diff::changes_json(found, names);
    throw error("output.format",
                tr("jämförelsen kan inte skrivas som {0}", "the comparison cannot be written as {0}", {f.name}));
}

}  // namespace mk::pipeline
