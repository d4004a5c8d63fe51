#include "converters/package/part_deflater.hpp"

#include <doctest/doctest.h>
#include <zlib.h>

#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"

namespace {

// Varied XML of about size bytes, so that deflate has work to do.
std::string rows_of_xml(std::size_t size) {
    std::string out;
    for (int i = 0; out.size() < size; ++i)
        out += "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"" +
               std::to_string(i * 7919 % 100003) + "\"/></table:table-row>";
    return out;
}

// The part written to a deflater in pieces of piece bytes, stored in a zip and read back.
std::string through_zip(const std::string& part, std::size_t piece, std::string& zip) {
    mk::part_deflater deflater;
    mk::text_sink sink = deflater.sink();
    for (std::size_t at = 0; at < part.size(); at += piece) sink(std::string_view(part).substr(at, piece));
    std::shared_ptr<const mk::deflated_bytes> deflated = deflater.finish();
    CHECK(deflated->size == part.size());
    CHECK(deflated->crc == crc32_z(0, reinterpret_cast<const Bytef*>(part.data()), part.size()));
    zip = mk::write_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
                         {"content.xml", "", false, deflated},
                         {"styles.xml", "<office:document-styles/>", false}});
    auto package = mk::zip_package::open(zip);
    CHECK(package.names() == std::vector<std::string>{"mimetype", "content.xml", "styles.xml"});
    CHECK(package.read("styles.xml") == "<office:document-styles/>");
    return package.read("content.xml");
}

}  // namespace

TEST_CASE("part deflater: a part written in pieces reads back whole from the zip, with its size and CRC") {
    // Larger than the window the writer may run ahead of the deflating thread by.
    std::string part = rows_of_xml(12 << 20);
    std::string zip;
    CHECK(through_zip(part, 65536, zip) == part);
    CHECK(zip.size() < part.size() / 4);
    CHECK(through_zip(part, 1000003, zip) == part);  // pieces of any size
}

TEST_CASE("part deflater: the same part gives the same bytes however it was cut") {
    std::string part = rows_of_xml(300000);
    std::string a, b;
    through_zip(part, 4096, a);
    through_zip(part, 77777, b);
    CHECK(a == b);
}

TEST_CASE("part deflater: an empty part and a part of one byte") {
    std::string zip;
    CHECK(through_zip("", 1, zip).empty());
    CHECK(through_zip("x", 1, zip) == "x");
}

TEST_CASE("part deflater: dropped unfinished, nothing is left running") {
    std::string part = rows_of_xml(8 << 20);
    {
        mk::part_deflater deflater;
        mk::text_sink sink = deflater.sink();
        for (std::size_t at = 0; at < part.size(); at += 65536) sink(std::string_view(part).substr(at, 65536));
    }
    std::string zip;
    CHECK(through_zip(part, 65536, zip) == part);
}
