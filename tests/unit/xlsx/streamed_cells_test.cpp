// `malkedja cells` of an .xlsx: the dump of the sheets handed over as they are read (visit_xlsx)
// is the dump of the workbook container (read_xlsx), byte for byte, and fails the same way.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "converters/xlsx/read.hpp"
#include "src/container/workbook_dump.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/counting_visitor.hpp"
#include "tests/unit/package/zip_writer.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

struct streamed {
    std::string text;
    int whole_sheets = 0;
};

// The dump visit_xlsx gives: every sheet, or the one wanted picks.
streamed streamed_dump(const byte_source& bytes, bool all_sheets, const std::string& wanted = {}) {
    string_dump out;
    counting_visitor dump(all_sheets, wanted, out);
    visit_xlsx(bytes, dump);
    dump.check_chosen();
    return {out.text(), dump.whole_sheets};
}

// The dump of the container read_xlsx makes: every sheet, or the one wanted picks.
std::string container_dump(std::string_view bytes, bool all_sheets, const std::string& wanted = {}) {
    return dump_of(read_xlsx(bytes), all_sheets, wanted);
}

// Every .xlsx below folder.
std::vector<std::filesystem::path> xlsx_files(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.path().extension() == ".xlsx") files.push_back(entry.path());
    return files;
}

std::vector<zip_entry> atagande_entries() { return package_entries(fixture_bytes("uppfoljning/atagande-2018.xlsx")); }

constexpr std::string_view atagande_sheet = "xl/worksheets/sheet1.xml";

}  // namespace

TEST_CASE("streamed cells: the dump of every .xlsx fixture is the container's, byte for byte") {
    std::vector<std::filesystem::path> files = xlsx_files(MK_FIXTURES);
    for (const auto& file : xlsx_files(std::string(MK_SOURCE_DIR) + "/tests/data")) files.push_back(file);
    CHECK(files.size() >= 20);
    for (const auto& file : files) {
        INFO(file.string());
        std::string bytes = read_input_file(file.string());
        streamed all = streamed_dump(bytes, true);
        CHECK(!all.text.empty());
        CHECK(all.text == container_dump(bytes, true));
        CHECK(all.whole_sheets == 0);
        CHECK(streamed_dump(open_input_file(file.string()), true).text == all.text);
        CHECK(streamed_dump(bytes, false).text == container_dump(bytes, false));
        CHECK(streamed_dump(bytes, false, "1").text == container_dump(bytes, false, "1"));
    }
}

TEST_CASE("streamed cells: a sheet whose cells are out of order is read whole and printed sorted") {
    auto entries = atagande_entries();
    // B2 moves below the last row: the cells after it come out of order.
    replace_all(entry_content(entries, atagande_sheet), "<c r=\"B2\"", "<c r=\"Z60\"");
    std::string bytes = make_zip(entries);
    streamed all = streamed_dump(bytes, true);
    CHECK(all.whole_sheets == 1);
    CHECK(all.text == container_dump(bytes, true));
    CHECK(all.text.ends_with("\tZ60\ts\tGAN-2019/10.603\n"));
    CHECK(streamed_dump(bytes, false).text == container_dump(bytes, false));
}

TEST_CASE("streamed cells: a sheet whose merges come before its cells is read whole, the merges printed last") {
    auto entries = package_entries(fixture_bytes("uppfoljning/verksamhetsplan-2019.xlsx"));
    std::string& part = entry_content(entries, "xl/worksheets/sheet1.xml");
    std::size_t from = part.find("<mergeCells");
    std::size_t to = part.find("</mergeCells>") + std::string_view("</mergeCells>").size();
    REQUIRE(from != std::string::npos);
    std::string merges = part.substr(from, to - from);
    part.erase(from, to - from);
    part.insert(part.find("<sheetData"), merges);
    std::string bytes = make_zip(entries);
    streamed all = streamed_dump(bytes, true);
    CHECK(all.whole_sheets == 1);
    CHECK(all.text == container_dump(bytes, true));
    CHECK(all.text.find("\tmerge\t") > all.text.rfind("\ts\t"));
}

TEST_CASE("streamed cells: a cell named twice is the container's error") {
    auto entries = atagande_entries();
    replace_all(entry_content(entries, atagande_sheet), "<c r=\"B2\"", "<c r=\"A1\"");
    std::string bytes = make_zip(entries);
    std::string code = error_code_of([&] { streamed_dump(bytes, true); });
    CHECK(code == "xlsx.duplicate_cell");
    CHECK(code == error_code_of([&] { read_xlsx(bytes); }));
    CHECK(error_text_of([&] { streamed_dump(bytes, true); }) == error_text_of([&] { read_xlsx(bytes); }));
}

TEST_CASE("streamed cells: a file bad in its last row fails after its other cells were handed over") {
    auto entries = atagande_entries();
    replace_all(entry_content(entries, atagande_sheet), "</sheetData>",
                "<row r=\"1048576\"><c r=\"A1048576\" t=\"b\"><v>kanske</v></c></row></sheetData>");
    std::string bytes = make_zip(entries);
    string_dump out;
    counting_visitor dump(true, {}, out);
    std::string text = error_text_of([&] { visit_xlsx(bytes, dump); });
    CHECK(text == error_text_of([&] { read_xlsx(bytes); }));
    CHECK(text.find("A1048576") != std::string::npos);
    // What the caller must hold back (`malkedja cells` prints nothing then).
    CHECK(dump.cells > 100);
}

TEST_CASE("streamed cells: a sheet that is not there is choose_sheet's error, after the whole file") {
    std::string bytes = fixture_bytes("skolor/skolor.xlsx");
    std::string expected = error_text_of([&] { container_dump(bytes, false, "Saknas"); });
    CHECK(expected.find("Saknas") != std::string::npos);
    CHECK(error_text_of([&] { streamed_dump(bytes, false, "Saknas"); }) == expected);
    CHECK(streamed_dump(bytes, false, "Utvecklingsområden").text == container_dump(bytes, false, "2"));
}

}  // namespace mk::test
