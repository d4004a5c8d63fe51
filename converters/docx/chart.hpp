#pragma once
// DrawingML chart parts (c:chartSpace, "word/charts/chart1.xml") read for their data.
#include <pugixml.hpp>

#include "src/container/chart.hpp"

namespace mk::docx {

// The title and each series' cached points (category and value, in the order of their idx) of a
// chart part's root; the cells the chart was made from are not in the document and not read.
chart_data read_chart(pugi::xml_node chart_space);

}  // namespace mk::docx
