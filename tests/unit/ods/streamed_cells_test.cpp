// `malkedja cells` of an .ods: the dump of the sheets handed over as content.xml is read
// (visit_ods) is the dump of the workbook container (read_ods), byte for byte, and fails the same way.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "converters/ods/read.hpp"
#include "src/container/workbook_dump.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/counting_visitor.hpp"
#include "tests/unit/ods/ods_edit.hpp"

namespace mk::test {
namespace {

// The dump visit_ods gives: every sheet, or the one wanted picks.
std::string streamed_dump(const byte_source& bytes, bool all_sheets, const std::string& wanted = {}) {
    string_dump out;
    dump_visitor dump(all_sheets, wanted, out);
    visit_ods(bytes, dump);
    dump.check_chosen();
    return out.text();
}

// The dump of the container read_ods makes: every sheet, or the one wanted picks.
std::string container_dump(const byte_source& bytes, bool all_sheets, const std::string& wanted = {}) {
    return dump_of(read_ods(bytes), all_sheets, wanted);
}

// A table named name of rows rows, each a text cell repeated over three columns and a merged cell.
std::string table_xml(std::string_view name, int rows) {
    std::string xml = "<table:table table:name=\"" + std::string(name) + "\">";
    for (int r = 0; r < rows; ++r)
        xml +=
            "<table:table-row><table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\">"
            "<text:p>" +
            std::string(name) + " " + std::to_string(r) +
            "</text:p></table:table-cell><table:table-cell table:number-columns-spanned=\"2\" "
            "office:value-type=\"float\" office:value=\"" +
            std::to_string(r) + "\"/><table:covered-table-cell/></table:table-row>";
    return xml + "</table:table>";
}

}  // namespace

TEST_CASE("streamed ods cells: the dump of every .ods fixture is the container's, byte for byte") {
    std::vector<std::filesystem::path> files;
    for (std::string folder : {std::string(MK_FIXTURES), std::string(MK_SOURCE_DIR) + "/tests/data"})
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
            if (entry.path().extension() == ".ods") files.push_back(entry.path());
    CHECK(files.size() >= 10);
    for (const auto& file : files) {
        INFO(file.string());
        std::string bytes = read_input_file(file.string());
        std::string all = streamed_dump(bytes, true);
        CHECK(!all.empty());
        CHECK(all == container_dump(bytes, true));
        CHECK(streamed_dump(open_input_file(file.string()), true) == all);
        CHECK(streamed_dump(bytes, false) == container_dump(bytes, false));
        CHECK(streamed_dump(bytes, false, "1") == container_dump(bytes, false, "1"));
    }
}

TEST_CASE("streamed ods cells: a sheet is picked by name, by number, or as the first visible one") {
    // The third table is named "2": it, not the second, is the sheet "2" names.
    std::string bytes = synthetic_ods(table_xml("Första", 3) + table_xml("Andra", 2000) + table_xml("2", 4));
    for (std::string wanted : {"2", "Andra", "1", "3", ""}) {
        CAPTURE(wanted);
        CHECK(streamed_dump(bytes, false, wanted) == container_dump(bytes, false, wanted));
    }
    CHECK(streamed_dump(bytes, false, "2").starts_with("2\tA1\ts\t2 0\n"));
    CHECK(streamed_dump(bytes, true).find("\tmerge\t") != std::string::npos);
    std::string missing = error_text_of([&] { streamed_dump(bytes, false, "Saknas"); });
    CHECK(missing == error_text_of([&] { container_dump(bytes, false, "Saknas"); }));
    CHECK(missing.find("\"Första\", \"Andra\", \"2\"") != std::string::npos);
}

TEST_CASE("streamed ods cells: a file bad after many cells is the container's error, the cells handed over first") {
    std::string bad_second = synthetic_ods(table_xml("Första", 500) + "<table:table><table:table-row/></table:table>");
    std::string text = error_text_of([&] { streamed_dump(bad_second, true); });
    CHECK(text.find("nummer 2") != std::string::npos);
    CHECK(text == error_text_of([&] { read_ods(bad_second); }));

    std::string bad_count = synthetic_ods(
        table_xml("Första", 500) +
        "<table:table table:name=\"Sista\"><table:table-row table:number-rows-repeated=\"noll\"/></table:table>");
    string_dump out;
    counting_visitor dump(true, {}, out);
    text = error_text_of([&] { visit_ods(bad_count, dump); });
    CHECK(text == error_text_of([&] { read_ods(bad_count); }));
    CHECK(text.find("Sista") != std::string::npos);
    // What the caller must hold back (`malkedja cells` prints nothing then).
    CHECK(dump.cells == 500 * 4);
}

}  // namespace mk::test
