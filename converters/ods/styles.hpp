#pragma once
// What the styles of content.xml and styles.xml tell the reader about sheets and cells.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "converters/package/xml_stream.hpp"

namespace mk::ods {

struct style_facts {
    // Table styles that hide their sheet (style:table-properties table:display="false").
    std::unordered_set<std::string> hidden_tables;
    // Cell styles whose data style shows a time of day (number:hours, number:minutes or
    // number:seconds), so that their dates are date-times even at midnight.
    std::unordered_set<std::string> time_cells;
    // Cell styles whose data style is a time of day that wraps at midnight (a number:time-style
    // without number:truncate-on-overflow="false"): "12:00:00" for 36 hours.
    std::unordered_set<std::string> clock_cells;
    // Cell styles with a background colour (fo:background-color of style:table-cell-properties,
    // their own or their parent style's), as RRGGBB.
    std::unordered_map<std::string, std::string> cell_fills;
};

// Gathers style facts from the events of parts (content.xml, styles.xml), each from its document
// element on: the styles in the first office:automatic-styles and the first office:styles under it.
class style_facts_reader : public xml_events {
public:
    // The events of another part follow. Where two places name one cell style the lower rank's
    // counts: content.xml is rank 0, styles.xml 1, and within a part office:automatic-styles
    // comes before office:styles.
    void begin_part(std::uint32_t rank);
    void start(std::string_view uri, std::string_view local, std::span<const xml_attribute_event> attributes) override;
    void end() override;
    void text(std::string_view) override {}
    // The facts of all parts read so far.
    style_facts facts() const;

private:
    // A style:style of the family table-cell, as written.
    struct cell_style {
        std::uint32_t order = 0;  // where its container stands among all parts' containers
        std::string name;
        std::string parent;
        std::string data_style;
        std::string background;  // RRGGBB, or empty
    };
    // The style element being read: a data style (number:date-style, number:time-style) or a
    // style:style.
    struct open_style {
        bool data_style = false;
        bool time_style = false;  // a number:time-style
        bool wraps = false;       // number:truncate-on-overflow is not "false"
        bool shows_time = false;  // holds number:hours, number:minutes or number:seconds
        std::string family;
        bool hides_table = false;
        bool seen_cell_properties = false;
        bool seen_table_properties = false;
        cell_style style;
    };

    void start_style(std::string_view uri, std::string_view local, std::span<const xml_attribute_event> attributes);
    void read_style_child(std::string_view uri, std::string_view local,
                          std::span<const xml_attribute_event> attributes);
    void end_style();

    std::uint32_t rank_ = 0;
    int depth_ = 0;                // elements open in the part; its document element is 1
    std::uint32_t container_ = 0;  // 1 + the order of the container open at depth 2, 0 for none
    bool seen_automatic_ = false;
    bool seen_common_ = false;
    bool in_style_ = false;  // open_ holds a style element open at depth 3
    open_style open_;
    std::vector<cell_style> cell_styles_;
    std::unordered_set<std::string> hidden_tables_;
    std::unordered_set<std::string> time_data_styles_;
    std::unordered_set<std::string> clock_data_styles_;
};

}  // namespace mk::ods
