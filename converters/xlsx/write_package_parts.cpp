// The packaging parts of an .xlsx: content types, the workbook's relationships, core properties.
#include "converters/package/opc_writer.hpp"
#include "converters/xlsx/write_parts.hpp"
#include "src/container/iso_moment.hpp"

namespace mk::xlsx {
namespace {

constexpr std::string_view spreadsheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

std::string sheet_part_name(std::size_t index) { return "worksheets/sheet" + std::to_string(index + 1) + ".xml"; }

// W3CDTF, as Excel writes it: "2019-03-31T14:30:00Z" (a date alone gets midnight).
std::string w3cdtf(const std::string& iso) { return iso.empty() ? iso : with_time_of_day(iso) + 'Z'; }

}  // namespace

std::string content_types_part(std::size_t sheet_count, bool has_strings) {
    std::string type(spreadsheet_type);
    std::vector<content_type_override> overrides{{"/xl/workbook.xml", type + "sheet.main+xml"}};
    for (std::size_t i = 0; i < sheet_count; ++i)
        overrides.push_back({"/xl/" + sheet_part_name(i), type + "worksheet+xml"});
    overrides.push_back({"/xl/styles.xml", type + "styles+xml"});
    if (has_strings) overrides.push_back({"/xl/sharedStrings.xml", type + "sharedStrings+xml"});
    overrides.push_back({"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"});
    overrides.push_back({"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"});
    return write_content_types(overrides);
}

std::string workbook_relationships_part(std::size_t sheet_count, bool has_strings) {
    std::vector<relationship_entry> entries;
    for (std::size_t i = 0; i < sheet_count; ++i)
        entries.push_back({"rId" + std::to_string(i + 1), office_relationship_type("worksheet"), sheet_part_name(i)});
    entries.push_back({"rId" + std::to_string(sheet_count + 1), office_relationship_type("styles"), "styles.xml"});
    if (has_strings)
        entries.push_back(
            {"rId" + std::to_string(sheet_count + 2), office_relationship_type("sharedStrings"), "sharedStrings.xml"});
    return write_relationships(entries);
}

std::string core_properties_part(const workbook_properties& properties) {
    return write_core_properties(
        {properties.title, properties.subject, properties.creator, w3cdtf(properties.created)});
}

}  // namespace mk::xlsx
