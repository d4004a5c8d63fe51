#include "tests/unit/ods/ods_edit.hpp"

#include "converters/ods/read.hpp"

namespace mk::test {

std::vector<zip_entry> features_entries() { return package_entries(source_bytes("tests/data/ods/features.ods")); }

workbook read_ods_entries(const std::vector<zip_entry>& entries) { return read_ods(make_zip(entries)); }

workbook read_features_with(std::string_view from, std::string_view to) {
    std::vector<zip_entry> entries = features_entries();
    replace_all(entry_content(entries, "content.xml"), from, to);
    return read_ods_entries(entries);
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
