#pragma once
// Test helpers for .ods packages: LibreOffice-made files with their content.xml changed, and
// minimal synthetic packages for hostile cases.
#include <functional>
#include <string>
#include <string_view>

#include "src/container/workbook.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {

// read_ods of package_bytes after edit has changed its content.xml.
workbook read_edited_ods(std::string_view package_bytes, const std::function<void(std::string&)>& edit);

// read_ods of features.ods (tests/data/ods, made by LibreOffice) after replacing `from` by `to` in
// its content.xml; fails the test when `from` is not there.
workbook read_features_with(std::string_view from, std::string_view to);

// Checks that actual has the name, visibility, cells (place, type, text, number), merges and hidden
// rows and columns of expected.
void check_same_sheet(const sheet& expected, const sheet& actual);

// A minimal synthetic .ods (mimetype, manifest, content.xml) whose spreadsheet holds tables_xml;
// the table:, text:, office: and style: prefixes are declared. Only for hostile or malformed cases.
std::string synthetic_ods(std::string_view tables_xml);

}  // namespace mk::test
