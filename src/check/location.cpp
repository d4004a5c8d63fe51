#include "src/check/location.hpp"

#include "src/core/message.hpp"

namespace mk::check {

std::string format_location(const model::source_ref& place) {
    if (!place.sheet.empty()) return place.sheet.str() + (place.cell.empty() ? "" : "!" + place.cell);
    std::string out;
    auto add = [&](const message& part) { out += (out.empty() ? "" : ", ") + part.text(); };
    if (!place.section.empty()) add(tr("avsnitt \"{0}\"", "section \"{0}\"", {place.section}));
    if (place.table) add(tr("tabell {0}", "table {0}", {std::to_string(*place.table)}));
    if (place.row) add(tr("rad {0}", "row {0}", {std::to_string(*place.row)}));
    if (place.column) add(tr("kolumn {0}", "column {0}", {std::to_string(*place.column)}));
    if (place.paragraph) add(tr("stycke {0}", "paragraph {0}", {std::to_string(*place.paragraph)}));
    return out;
}

}  // namespace mk::check
