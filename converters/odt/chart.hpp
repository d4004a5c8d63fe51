#pragma once
// ODF chart objects (an office:chart in an embedded object's content.xml, "Object 1/content.xml")
// read for their data.
#include <pugixml.hpp>

#include "src/container/chart.hpp"

namespace mk::odt {

// The title and each series' points (category and value, from the chart's local table, by the
// cell ranges its series and categories name) of an object's content.xml root; empty when the
// object is no chart.
chart_data read_chart_object(pugi::xml_node root);

}  // namespace mk::odt
