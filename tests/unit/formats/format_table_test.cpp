// The table of formats (converters/formats.cpp): each row is consistent with its kind, detection
// finds every readable format from its bytes alone, and every writer's output is detected as the
// format that wrote it. A new row is checked by these tests without a new test.
#include <doctest/doctest.h>

#include <set>

#include "converters/registry.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"

using namespace mk;

namespace {

std::string fixture(const std::string& path) { return read_input_file(std::string(MK_FIXTURES) + "/" + path); }

workbook small_workbook() {
    workbook book;
    book.sheets.push_back({});
    book.sheets.back().name = "Blad1";
    book.sheets.back().cells = {cell{0, 0, cell_type::string, "Nämndmål", 0, 0},
                                cell{1, 0, cell_type::number, "", 75, 0}};
    return book;
}

document small_document() {
    document doc;
    doc.blocks.resize(2);
    doc.blocks[0].kind = block_kind::heading;
    doc.blocks[0].level = 1;
    doc.blocks[0].text = "Nämndmål";
    doc.blocks[1].text = "Eleverna når målen.";
    return doc;
}

}  // namespace

TEST_CASE("format table: names and extensions are unique, lower case, and every row can be used") {
    std::set<std::string_view> names, extensions;
    int text_rows = 0;
    for (const file_format& f : all_formats()) {
        CAPTURE(f.name);
        CHECK(names.insert(f.name).second);
        CHECK(f.media_type.find('/') != std::string_view::npos);
        REQUIRE_FALSE(f.extensions.empty());
        for (std::string_view e : f.extensions) {
            CHECK(e.starts_with("."));
            CHECK(e.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos);
            CHECK(extensions.insert(e).second);
        }
        if (f.container == format_container::text) ++text_rows;
        if (f.refusal) {
            CHECK_FALSE(f.readable());
            CHECK(f.container != format_container::none);
        } else {
            CHECK((f.readable() || f.writable()));
        }
        if (f.container == format_container::none) CHECK(f.writable());
        if (!f.readable() && !f.refusal) CHECK(f.container == format_container::none);
    }
    CHECK(text_rows == 1);
}

TEST_CASE("format table: a row has the reader, writer and filler of its kind only") {
    for (const file_format& f : all_formats()) {
        CAPTURE(f.name);
        bool workbook_io = f.read_workbook != nullptr || f.write_workbook != nullptr;
        bool document_io = f.read_document != nullptr || f.write_document != nullptr || f.fill != nullptr;
        bool chain_io = f.chain_read || f.chain_write;
        CHECK(workbook_io == (f.kind == format_kind::workbook && workbook_io));
        CHECK(document_io == (f.kind == format_kind::document && document_io));
        CHECK(chain_io == (f.kind == format_kind::goal_chain && chain_io));
        if (f.fill) CHECK((f.read_document != nullptr));
        if (f.one_sheet) CHECK((f.write_workbook != nullptr));
    }
}

TEST_CASE("format table: the fixtures made by office tools are detected from their bytes") {
    for (auto [path, name] : {std::pair{"uppfoljning/atagande-2018.xlsx", "xlsx"},
                              {"uppfoljning/atagande-2018.ods", "ods"},
                              {"uppfoljning/atagande-2018.csv", "csv"},
                              {"sk/sk-mall-2023-2024.docx", "docx"},
                              {"sk/sk-mall-2023-2024.odt", "odt"}}) {
        CAPTURE(path);
        const file_format& f = detect_format(fixture(path));
        CHECK(f.name == name);
        CHECK(format_for_path(path) == &f);
    }
    CHECK(detect_format(std::string_view("<?xml version=\"1.0\"?><malkedja/>")).name == "xml");
}

TEST_CASE("format table: what each writer writes is detected as its own format") {
    for (const file_format& f : all_formats()) {
        if (f.container == format_container::none) continue;
        CAPTURE(f.name);
        if (f.write_workbook) CHECK(&detect_format(f.write_workbook(small_workbook())) == &f);
        if (f.write_document) CHECK(&detect_format(f.write_document(small_document())) == &f);
    }
}

TEST_CASE("format table: extensions name formats in any case, and only the file name's extension counts") {
    CHECK(format_for_path("Plan 2019.XLSX")->name == "xlsx");
    CHECK(format_for_path("makro.xlsm")->name == "xlsx");
    CHECK(format_for_path("rapport.htm")->name == "html");
    CHECK(format_for_path("mapp.xlsx/fil") == nullptr);
    CHECK(format_for_path("utan-filändelse") == nullptr);
    CHECK(format_for_path("bild.png") == nullptr);
    CHECK(format_named("ods")->extensions.front() == ".ods");
    CHECK(format_named("ods2") == nullptr);
}

TEST_CASE("format table: lists of extensions for messages follow the language") {
    std::vector<const file_format*> readable{format_named("xlsx"), format_named("ods"), format_named("csv")};
    CHECK(extension_list(readable) == ".xlsx, .ods eller .csv");
    set_language(language::en);
    CHECK(extension_list(readable) == ".xlsx, .ods or .csv");
    CHECK(extension_list({format_named("html")}) == ".html");
    set_language(language::sv);
}

TEST_CASE("format table: a recognised format that is not read is refused with its own message") {
    try {
        detect_format(std::string_view("%PDF-1.7\n"));
        FAIL("a PDF was not refused");
    } catch (const error& e) {
        CHECK(e.code() == "file.pdf");
    }
}
