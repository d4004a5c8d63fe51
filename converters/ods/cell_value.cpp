#include "converters/ods/cell_value.hpp"

#include "converters/ods/cell_text.hpp"
#include "converters/ods/date_time.hpp"
#include "src/core/error.hpp"
#include "src/text/number_text.hpp"

namespace mk::ods {
namespace {

// LibreOffice's extension attribute telling an error result ("#N/A") from the value it stores.
constexpr const char* calcext_value_type =
    "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}value-type";

[[noreturn]] void fail_value(const cell_place& place, std::string_view attribute, std::string_view value) {
    throw error("ods.bad_value",
                tr("{0} har ett ogiltigt värde {1}=\"{2}\": filen är skadad, spara om den i LibreOffice",
                   "{0} has an invalid value {1}=\"{2}\": the file is damaged, save it again in LibreOffice",
                   {describe(place), attribute, value.substr(0, 100)}));
}

double parse_number(pugi::xml_node element, const cell_place& place) {
    std::string_view text = element.attribute("office:value").value();
    std::string_view digits = text;
    while (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
    while (!digits.empty() && digits.back() == ' ') digits.remove_suffix(1);
    if (digits.starts_with('+')) digits.remove_prefix(1);
    std::optional<double> value = text::parse_finite_number(digits);
    if (!value) fail_value(place, "office:value", text);
    return *value;
}

cell date_cell(std::optional<date_value> value, std::string_view attribute, pugi::xml_node element,
               const cell_place& place) {
    if (!value) fail_value(place, attribute, element.attribute(attribute.data()).value());
    cell result;
    result.type = cell_type::date;
    result.text = std::move(value->iso);
    result.number = value->serial;
    return result;
}

cell boolean_cell(pugi::xml_node element, const cell_place& place) {
    std::string_view text = element.attribute("office:boolean-value").value();
    cell result;
    result.type = cell_type::boolean;
    if (text == "true" || text == "1")
        result.number = 1;
    else if (text != "false" && text != "0")
        fail_value(place, "office:boolean-value", text);
    return result;
}

std::optional<cell> text_cell(std::string text, cell_type type) {
    if (text.empty()) return std::nullopt;
    cell result;
    result.type = type;
    result.text = std::move(text);
    return result;
}

}  // namespace

std::string describe(const cell_place& place) {
    if (place.row < max_rows && place.col < max_cols) {
        std::string a1 = format_a1(static_cast<std::uint32_t>(place.row), static_cast<std::uint32_t>(place.col));
        return tr("content.xml, bladet \"{0}\", cell {1}", "content.xml, sheet \"{0}\", cell {1}", {place.sheet, a1})
            .text();
    }
    std::string row = std::to_string(place.row + 1);
    std::string col = std::to_string(place.col + 1);
    return tr("content.xml, bladet \"{0}\", rad {1}, kolumn {2}", "content.xml, sheet \"{0}\", row {1}, column {2}",
              {place.sheet, row, col})
        .text();
}

std::optional<cell> read_cell_value(pugi::xml_node element, const cell_place& place, const style_facts& styles) {
    if (std::string_view(element.attribute(calcext_value_type).value()) == "error")
        return text_cell(cell_text(element), cell_type::error);
    std::string_view type = element.attribute("office:value-type").value();
    if (type == "float" || type == "percentage" || type == "currency") {
        cell result;
        result.type = cell_type::number;
        result.number = parse_number(element, place);
        result.percent = type == "percentage";
        return result;
    }
    if (type == "date") {
        bool shows_time = styles.time_cells.contains(element.attribute("table:style-name").value());
        return date_cell(parse_date_value(element.attribute("office:date-value").value(), shows_time),
                         "office:date-value", element, place);
    }
    if (type == "time") {
        bool clock = styles.clock_cells.contains(element.attribute("table:style-name").value());
        return date_cell(parse_time_value(element.attribute("office:time-value").value(), clock), "office:time-value",
                         element, place);
    }
    if (type == "boolean") return boolean_cell(element, place);
    if (pugi::xml_attribute string_value = element.attribute("office:string-value"))
        return text_cell(string_value.value(), cell_type::string);
    return text_cell(cell_text(element), cell_type::string);
}

}  // namespace mk::ods
