// Writes the .ods files tests/interop/test_sheet_writer_clients.sh gives to jing and LibreOffice,
// when MK_INTEROP_OUT names a folder (otherwise it does nothing).
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/ods/write.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {

TEST_CASE("ods writer: files for the client tests") {
    workbook synthetic = synthetic_workbook();
    if (!write_interop_file("synthetic.ods", write_ods(synthetic))) return;
    write_interop_file("synthetic.ods.frozen", frozen_rows_listing(synthetic));
    for (const std::string& path : spreadsheet_fixtures()) {
        std::string name = path;
        std::replace(name.begin(), name.end(), '/', '-');
        write_interop_file(name + ".ods", write_ods(read_fixture_workbook(path)));
    }
}

}  // namespace mk::test
