#pragma once
// Test helpers for .ods packages: LibreOffice-made files with parts changed, and minimal synthetic
// packages for hostile cases.
#include <string>
#include <string_view>
#include <vector>

#include "src/container/workbook.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {

// The entries of features.ods (tests/data/ods, made by LibreOffice from features.xlsx).
std::vector<zip_entry> features_entries();

// read_ods of a package holding entries.
workbook read_ods_entries(const std::vector<zip_entry>& entries);

// read_ods of features.ods after replacing `from` by `to` in its content.xml; fails the test when
// `from` is not there.
workbook read_features_with(std::string_view from, std::string_view to);

// A minimal synthetic .ods (mimetype, manifest, content.xml) whose spreadsheet holds tables_xml;
// the table:, text:, office: and style: prefixes are declared. Only for hostile or malformed cases.
std::string synthetic_ods(std::string_view tables_xml);

}  // namespace mk::test
