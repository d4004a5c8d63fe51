#pragma once
// The parts of an .xlsx the writer makes, one function per part (each in its own file).
#include <cstddef>
#include <string>

#include "converters/xlsx/cell_formats.hpp"
#include "converters/xlsx/shared_string_table.hpp"
#include "src/container/workbook.hpp"

namespace mk::xlsx {

// [Content_Types].xml for sheet_count worksheets, with xl/sharedStrings.xml when has_strings.
std::string content_types_part(std::size_t sheet_count, bool has_strings);
// xl/_rels/workbook.xml.rels: worksheets rId1..rIdN, then styles and shared strings.
std::string workbook_relationships_part(std::size_t sheet_count, bool has_strings);
// docProps/core.xml from the workbook's properties.
std::string core_properties_part(const workbook_properties& properties);
// xl/workbook.xml: the sheets with their visibility and the autofilters' defined names.
std::string workbook_part(const workbook& book);
// xl/worksheets/sheetN.xml with looks from styles; selected: the sheet shown when the file opens.
// Adds its texts to strings.
std::string worksheet_part(const sheet& s, const std::vector<cell_style>& styles, bool selected,
                           const cell_formats& formats, shared_string_table& strings);
// xl/sharedStrings.xml.
std::string shared_strings_part(const shared_string_table& strings);
// xl/styles.xml: fonts, fills, borders and the cell formats of formats.
std::string styles_part(const workbook& book, const cell_formats& formats);

// The sheet's name as a formula quotes it ('Mål och aktiviteter', an apostrophe doubled).
std::string quoted_sheet_name(std::string_view sheet_name);

// A sheet-qualified absolute range for formulas and defined names: 'Sheet 1'!$A$1:$E$57.
std::string absolute_range(std::string_view sheet_name, const cell_range& range);

}  // namespace mk::xlsx
