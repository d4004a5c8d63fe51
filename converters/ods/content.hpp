#pragma once
// content.xml of an .ods package, read as a stream: its styles, then its sheets one row at a time.
#include "converters/ods/styles.hpp"
#include "converters/package/zip.hpp"
#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"

namespace mk::ods {

// Reads the sheets of package's content.xml. styles has read styles.xml (when there is one) and is
// given the styles content.xml holds before office:body, as ODF places them. Throws mk::error when
// content.xml is no spreadsheet, a sheet has no name or a table cannot be read (see table_reader).
workbook read_content(zip_package& package, style_facts_reader& styles);

// As read_content, handing the sheets to visitor as they are read.
void visit_content(zip_package& package, style_facts_reader& styles, sheet_visitor& visitor);

}  // namespace mk::ods
