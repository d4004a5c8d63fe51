#include "src/pipeline/summary.hpp"

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

bool has_errors(const std::vector<model::finding>& found) { return count_by_severity(found).fel > 0; }

}  // namespace mk::pipeline
