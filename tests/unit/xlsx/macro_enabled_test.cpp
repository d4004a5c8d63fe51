// A macro-enabled workbook (.xlsm) is read like an .xlsx, by content; its macros are ignored.
#include <doctest/doctest.h>

#include "converters/registry.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {

TEST_CASE(".xlsm: the macro-enabled content type reads the same cells") {
    std::string bytes = fixture_bytes("uppfoljning/atagande-2018.xlsx");
    auto entries = package_entries(bytes);
    replace_all(entry_content(entries, "[Content_Types].xml"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    entries.push_back({"xl/vbaProject.bin", std::string(64, '\x01')});
    std::string xlsm = make_zip(entries);
    CHECK(detect_format(xlsm).name == "xlsx");
    check_same_workbook(read_workbook(xlsm, "atagande"), read_workbook(bytes, "atagande"));
}

}  // namespace mk::test
