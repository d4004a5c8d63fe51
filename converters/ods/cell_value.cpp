#include "converters/ods/cell_value.hpp"

#include "converters/ods/date_time.hpp"
#include "converters/package/xml.hpp"
#include "src/core/error.hpp"
#include "src/text/number_text.hpp"

namespace mk::ods {
namespace {

// The value of the office: attribute local, empty when absent.
std::string_view office_attribute(std::span<const xml_attribute_event> attributes, std::string_view local) {
    return find_attribute(attributes, ns::odf_office, local).value_or("");
}

[[noreturn]] void fail_value(const cell_place& place, std::string_view attribute, std::string_view value) {
    throw error("ods.bad_value",
                tr("{0} har ett ogiltigt värde {1}=\"{2}\": filen är skadad, spara om den i LibreOffice",
                   "{0} has an invalid value {1}=\"{2}\": the file is damaged, save it again in LibreOffice",
                   {describe(place), attribute, value.substr(0, 100)}));
}

double parse_number(std::span<const xml_attribute_event> attributes, const cell_place& place) {
    std::string_view text = office_attribute(attributes, "value");
    std::string_view digits = text;
    while (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
    while (!digits.empty() && digits.back() == ' ') digits.remove_suffix(1);
    if (digits.starts_with('+')) digits.remove_prefix(1);
    std::optional<double> value = text::parse_finite_number(digits);
    if (!value) fail_value(place, "office:value", text);
    return *value;
}

// A date or time cell from the value parsed out of the office: attribute local.
cell date_cell(std::optional<date_value> value, std::string_view local, std::span<const xml_attribute_event> attributes,
               const cell_place& place) {
    if (!value) fail_value(place, "office:" + std::string(local), office_attribute(attributes, local));
    cell result;
    result.type = cell_type::date;
    result.text = std::move(value->iso);
    result.number = value->serial;
    return result;
}

cell boolean_cell(std::span<const xml_attribute_event> attributes, const cell_place& place) {
    std::string_view text = office_attribute(attributes, "boolean-value");
    cell result;
    result.type = cell_type::boolean;
    if (text == "true" || text == "1")
        result.number = 1;
    else if (text != "false" && text != "0")
        fail_value(place, "office:boolean-value", text);
    return result;
}

// Whether the cell's formula is TRUE() or FALSE() alone, as LibreOffice writes a boolean of an .xlsx
// it converts: a number 1 or 0 it shows as TRUE or FALSE.
bool is_boolean_formula(std::span<const xml_attribute_event> attributes) {
    std::string_view formula = find_attribute(attributes, ns::odf_table, "formula").value_or("");
    return formula == "of:=TRUE()" || formula == "of:=FALSE()";
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

value_start read_cell_value(std::span<const xml_attribute_event> attributes, const cell_place& place,
                            const style_facts& styles) {
    // LibreOffice's extension attribute tells an error result ("#N/A") from the value it stores.
    if (find_attribute(attributes, ns::odf_calcext, "value-type") == "error") return {{}, cell_type::error};
    std::string_view type = office_attribute(attributes, "value-type");
    if (type == "float" || type == "percentage" || type == "currency") {
        cell result;
        result.type = is_boolean_formula(attributes) ? cell_type::boolean : cell_type::number;
        result.number = parse_number(attributes, place);
        result.percent = type == "percentage";
        return {result, {}};
    }
    std::string_view style = find_attribute(attributes, ns::odf_table, "style-name").value_or("");
    if (type == "date") {
        bool shows_time = styles.time_cells.contains(std::string(style));
        return {date_cell(parse_date_value(office_attribute(attributes, "date-value"), shows_time), "date-value",
                          attributes, place),
                {}};
    }
    if (type == "time") {
        bool clock = styles.clock_cells.contains(std::string(style));
        return {date_cell(parse_time_value(office_attribute(attributes, "time-value"), clock), "time-value", attributes,
                          place),
                {}};
    }
    if (type == "boolean") return {boolean_cell(attributes, place), {}};
    if (auto string_value = find_attribute(attributes, ns::odf_office, "string-value"))
        return {text_value(std::string(*string_value), cell_type::string), {}};
    return {{}, cell_type::string};
}

std::optional<cell> text_value(std::string text, cell_type type) {
    if (text.empty()) return std::nullopt;
    cell result;
    result.type = type;
    result.text = std::move(text);
    return result;
}

}  // namespace mk::ods
