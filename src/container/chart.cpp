#include "src/container/chart.hpp"

namespace mk {

std::string chart_text(const chart_data& chart) {
    std::string out = chart.title;
    for (const chart_series& series : chart.series) {
        if (series.points.empty()) continue;
        std::string line = series.name.empty() ? "" : series.name + ":";
        for (std::size_t i = 0; i < series.points.size(); ++i) {
            const auto& [category, value] = series.points[i];
            line += i == 0 ? (line.empty() ? "" : " ") : ", ";
            line += category.empty() ? value : category + " = " + value;
        }
        if (!out.empty()) out += '\n';
        out += line;
    }
    return out;
}

}  // namespace mk
