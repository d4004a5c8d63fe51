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
    auto count = [](std::size_t n, std::string_view one_sv, std::string_view many_sv, std::string_view one_en,
                    std::string_view many_en) {
        return tr(n == 1 ? one_sv : many_sv, n == 1 ? one_en : many_en, {std::to_string(n)}).text();
    };
    return count(counts.fel, "{0} fel", "{0} fel", "{0} error", "{0} errors") + ", " +
           count(counts.varning, "{0} varning", "{0} varningar", "{0} warning", "{0} warnings") + ", " +
           count(counts.info, "{0} info", "{0} info", "{0} info", "{0} info");
}

bool has_errors(const std::vector<model::finding>& found) { return count_by_severity(found).fel > 0; }

}  // namespace mk::pipeline
