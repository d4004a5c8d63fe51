#include "src/pipeline/summary.hpp"

#include "src/core/message.hpp"

namespace mk::pipeline {

severity_counts count_by_severity(const std::vector<model::finding>& found) {
    severity_counts counts;
    for (const model::finding& f : found) {
        switch (f.severity) {
            case model::severity::fel: ++counts.fel; break;
            case model::severity::varning: ++counts.varning; break;
            case model::severity::info: ++counts.info; break;
        }
    }
    return counts;
}

std::string severity_counts_text(const severity_counts& counts) {
    return counted(counts.fel, "fel", "fel", "error", "errors") + ", " +
           counted(counts.varning, "varning", "varningar", "warning", "warnings") + ", " +
           counted(counts.info, "info", "info", "info", "info");
}

bool has_errors(const std::vector<model::finding>& found) { return count_by_severity(found).fel > 0; }

}  // namespace mk::pipeline
