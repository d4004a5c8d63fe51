#include "converters/docx/chart.hpp"

#include <charconv>
#include <cstdint>
#include <map>
#include <string_view>

#include "converters/docx/text_body.hpp"

namespace mk::docx {
namespace {

// The cached points of a data source (c:tx, c:cat, c:val, c:xVal, c:yVal) by their idx: of a
// reference's cache (c:strRef, c:numRef, c:multiLvlStrRef) or of a literal (c:strLit, c:numLit).
std::map<std::uint32_t, std::string> points_of(pugi::xml_node source) {
    std::map<std::uint32_t, std::string> out;
    for (pugi::xml_node data : source.children()) {
        std::string_view name = data.name();
        pugi::xml_node cache = name == "c:strRef"           ? data.child("c:strCache")
                               : name == "c:numRef"         ? data.child("c:numCache")
                               : name == "c:multiLvlStrRef" ? data.child("c:multiLvlStrCache").child("c:lvl")
                               : name == "c:strLit" || name == "c:numLit" ? data
                                                                          : pugi::xml_node();
        for (pugi::xml_node pt : cache.children("c:pt")) {
            std::string_view idx = pt.attribute("idx").value();
            std::uint32_t at = 0;
            auto [end, ec] = std::from_chars(idx.data(), idx.data() + idx.size(), at);
            if (ec == std::errc() && end == idx.data() + idx.size()) out[at] = pt.child("c:v").text().get();
        }
    }
    return out;
}

// A series' name: its c:tx's cached text or its literal c:v.
std::string series_name(pugi::xml_node tx) {
    if (pugi::xml_node v = tx.child("c:v")) return v.text().get();
    std::string out;
    for (const auto& [idx, text] : points_of(tx)) out += (out.empty() ? "" : " ") + text;
    return out;
}

chart_series read_series(pugi::xml_node ser) {
    chart_series series;
    series.name = series_name(ser.child("c:tx"));
    pugi::xml_node categories = ser.child("c:cat") ? ser.child("c:cat") : ser.child("c:xVal");
    pugi::xml_node values = ser.child("c:val") ? ser.child("c:val") : ser.child("c:yVal");
    std::map<std::uint32_t, std::string> names = points_of(categories);
    for (auto& [idx, value] : points_of(values)) {
        auto name = names.find(idx);
        series.points.emplace_back(name == names.end() ? std::string() : name->second, std::move(value));
    }
    return series;
}

}  // namespace

chart_data read_chart(pugi::xml_node chart_space) {
    chart_data out;
    pugi::xml_node chart = chart_space.child("c:chart");
    pugi::xml_node title = chart.child("c:title").child("c:tx");
    out.title = title.child("c:rich") ? text_body_text(title.child("c:rich")) : series_name(title);
    for (pugi::xml_node plot : chart.child("c:plotArea").children()) {
        if (!std::string_view(plot.name()).ends_with("Chart")) continue;
        for (pugi::xml_node ser : plot.children("c:ser")) out.series.push_back(read_series(ser));
    }
    return out;
}

}  // namespace mk::docx
