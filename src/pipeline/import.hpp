#pragma once
// `import` as a library step: inputs → one normalized XML document, with what the summary says.
#include <map>
#include <string>
#include <vector>

#include "src/core/xml_writer.hpp"
#include "src/pipeline/load.hpp"
#include "src/pipeline/summary.hpp"

namespace mk::pipeline {

struct import_request {
    std::vector<source> inputs;
    load_options load;
    // Whether the findings of the checks (as of the document's report date) go into the XML.
    bool check = false;
    // Whether the XML says where each element came from.
    bool provenance = true;
};

// What import found, for its summary.
struct import_summary {
    std::size_t files = 0;
    // Goals per level.
    std::map<model::level, int> goals;
    std::size_t activities = 0;
    // The indicators of goals and activities, their outcomes, and how many met their target and
    // how many did not (check::target_met).
    std::size_t indicators = 0;
    std::size_t outcomes = 0;
    std::size_t met = 0;
    std::size_t not_met = 0;
    // Activities per status at their latest checkpoint (those with a status).
    std::map<model::status, int> latest_statuses;
    // The same in the current language, with the activities whose status cells are all empty
    // ("28 klar, 2 avviker, 3 saknas").
    std::string latest_status_text;
    // How statuses were read: legends, the user's words, assumed lights, empty cells (status_notes).
    std::vector<std::string> status_notes;
    // Rows passed over, and how many for each reason (described in the current language).
    std::vector<recognize::skipped_row> skipped;
    std::map<std::string, int> skipped_by_reason;
    // Where the cells of each spreadsheet went.
    std::vector<recognize::cell_accounting> cells;
    // The texts of documents (work plans) kept as notes, having no other place in the model.
    std::vector<model::statement> document_notes;
    // What the readers decided by guessing (units, years), one line each.
    std::vector<std::string> assumptions;
    // Goals linked by a fuzzy text match.
    std::vector<link_guess> guesses;
    // The findings written into the XML (with check).
    severity_counts findings;
};

struct import_result {
    std::string xml;
    import_summary summary;
};

// What import says of result, read from files inputs.
import_summary summarise_import(const loaded& result, std::size_t files);

// Reads and merges the inputs (load_inputs), runs the checks when asked, and writes the normalized
// XML. Throws mk::error naming the input when one is unusable.
import_result import_inputs(const import_request& request);

// The same, handing the XML to xml in pieces as it is written instead of holding it whole; what it
// was handed is to be discarded when this throws.
import_summary import_inputs(const import_request& request, const text_sink& xml);

}  // namespace mk::pipeline
