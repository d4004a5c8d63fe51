#pragma once
// The parts of an .ods the writer makes, one function per part (each in its own file).
#include <string>
#include <string_view>

#include "converters/ods/write_style_names.hpp"
#include "src/container/workbook.hpp"
#include "src/core/xml_writer.hpp"

namespace mk::ods {

inline constexpr std::string_view spreadsheet_media_type = "application/vnd.oasis.opendocument.spreadsheet";

// content.xml: the automatic styles, the sheets and the autofilters' database ranges, handed to
// sink in pieces as it is written (a report's is 120 MiB).
void content_part(const workbook& book, const text_sink& sink);
// styles.xml: the default cell style and the pages (portrait, and landscape where a sheet prints so).
std::string styles_part(const workbook& book);
// settings.xml: the sheet shown first and the frozen rows of each sheet (LibreOffice's view settings).
std::string settings_part(const workbook& book);

// content.xml's office:automatic-styles: data, table, column and cell styles.
void write_automatic_styles(xml_writer& out, const workbook& book, const style_names& names);
// One table:table for s.
void write_table(xml_writer& out, const sheet& s, const style_names& names);

}  // namespace mk::ods
