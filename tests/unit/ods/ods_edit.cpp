#include "tests/unit/ods/ods_edit.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "converters/ods/read.hpp"

namespace mk::test {

workbook read_edited_ods(std::string_view package_bytes, const std::function<void(std::string&)>& edit) {
    std::vector<zip_entry> entries = package_entries(package_bytes);
    edit(entry_content(entries, "content.xml"));
    return read_ods(make_zip(entries));
}

workbook read_features_with(std::string_view from, std::string_view to) {
    return read_edited_ods(source_bytes("tests/data/ods/features.ods"),
                           [&](std::string& content) { replace_all(content, from, to); });
}

void check_same_sheet(const sheet& expected, const sheet& actual) {
    INFO("sheet " << expected.name);
    CHECK(actual.name == expected.name);
    CHECK(actual.visibility == expected.visibility);
    CHECK(actual.merges == expected.merges);
    CHECK(actual.hidden_rows == expected.hidden_rows);
    CHECK(actual.hidden_cols == expected.hidden_cols);
    CHECK(actual.cells.size() == expected.cells.size());
    for (std::size_t i = 0; i < std::min(actual.cells.size(), expected.cells.size()); ++i) {
        const cell& e = expected.cells[i];
        const cell& a = actual.cells[i];
        INFO("cell " << format_a1(e.row, e.col) << " (ods: " << format_a1(a.row, a.col) << ")");
        CHECK(a.row == e.row);
        CHECK(a.col == e.col);
        CHECK(a.type == e.type);
        CHECK(a.text == e.text);
        CHECK(a.number == doctest::Approx(e.number));
    }
}

std::string synthetic_ods(std::string_view tables_xml) {
    std::string content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=\"1.3\">"
        "<office:body><office:spreadsheet>" +
        std::string(tables_xml) + "</office:spreadsheet></office:body></office:document-content>";
    std::string manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    return make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                     {"META-INF/manifest.xml", manifest},
                     {"content.xml", content}});
}

}  // namespace mk::test
