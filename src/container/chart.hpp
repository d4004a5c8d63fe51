#pragma once
// A chart's data as the readers of documents find it (the cached values of a .docx chart part, the
// local table of an .odt chart object), and the text of the note that keeps it.
#include <string>
#include <utility>
#include <vector>

namespace mk {

struct chart_series {
    std::string name;
    // Each point's category (empty when the chart has none) and value, as written.
    std::vector<std::pair<std::string, std::string>> points;
};

struct chart_data {
    std::string title;
    std::vector<chart_series> series;
};

// The chart as a note's text: its title, then a line per series with its name and each point
// ("Flickor: 2021 = 81, 2022 = 79"); empty when the chart has neither title nor points.
std::string chart_text(const chart_data& chart);

}  // namespace mk
