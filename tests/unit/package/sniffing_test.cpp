// What the registry says about files that are no usable package: legacy and encrypted Office files
// (compound files), packages missing their required parts, and relationships leaving the package.
#include <doctest/doctest.h>

#include "converters/registry.hpp"
#include "error_code.hpp"
#include "src/core/error.hpp"
#include "zip_writer.hpp"

namespace {

using mk::test::make_zip;

std::string detect_error(const std::string& bytes) {
    return mk::test::error_code([&] { mk::detect_format(bytes); });
}

std::string utf16le(std::string_view ascii) {
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

// A minimal compound file (OLE/CFB): the magic and a 512-byte header, then one directory sector
// of 128-byte entries, each starting with its UTF-16LE name. Enough for sniffing, not for reading.
std::string compound_file(std::initializer_list<std::string_view> streams) {
    std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.resize(512, '\0');
    for (std::string_view name : streams) {
        std::string entry = utf16le(name);
        entry.resize(128, '\0');
        bytes += entry;
    }
    bytes.resize(1024, '\0');
    return bytes;
}

const std::string content_types =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>)";

std::string package_rels(std::string_view target, std::string_view mode = "") {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)"
                       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                       R"(<Relationship Id="rId1" Target=")") +
           std::string(target) + "\"" + std::string(mode) +
           R"( Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>)"
           R"(</Relationships>)";
}

std::string xlsx_with_main_target(std::string_view target, std::string_view mode = "") {
    return make_zip({{"[Content_Types].xml", content_types},
                     {"_rels/.rels", package_rels(target, mode)},
                     {"xl/workbook.xml", "<workbook/>"}});
}

}  // namespace

TEST_CASE("an encrypted OOXML file (a compound file with EncryptionInfo) is named as password-protected") {
    CHECK(detect_error(compound_file({"Root Entry", "EncryptionInfo", "EncryptedPackage"})) == "ole.encrypted");
    CHECK(detect_error(compound_file({"Root Entry", "\x06" "DataSpaces", "EncryptedPackage"})) == "ole.encrypted");
}

TEST_CASE("a legacy .xls is detected by its workbook stream, a legacy .doc is named as such") {
    CHECK(mk::detect_format(compound_file({"Root Entry", "Workbook", "\x05SummaryInformation"})).name == "xls");
    CHECK(mk::detect_format(compound_file({"Root Entry", "Book"})).name == "xls");
    CHECK(detect_error(compound_file({"Root Entry", "WordDocument", "1Table"})) == "ole.doc");
    CHECK(detect_error(compound_file({"Root Entry", "Something"})) == "ole.unknown");
}

TEST_CASE("a compound file that only names a workbook stream is refused by read_workbook as damaged") {
    CHECK(mk::test::error_code([] {
              mk::read_workbook(compound_file({"Root Entry", "Workbook"}), "x");
          }) == "ole.bad_header");
}

TEST_CASE("a zip without [Content_Types].xml or mimetype is no office document") {
    std::string bytes = make_zip({{"_rels/.rels", package_rels("xl/workbook.xml")}, {"xl/workbook.xml", "<w/>"}});
    CHECK(detect_error(bytes) == "zip.not_office");
}

TEST_CASE("an OpenDocument without its manifest, and one without mimetype, are refused") {
    std::string no_manifest =
        make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}});
    CHECK(detect_error(no_manifest) == "odf.no_manifest");
    std::string no_mimetype = make_zip({{"META-INF/manifest.xml", "<x/>"}, {"content.xml", "<x/>"}});
    CHECK(detect_error(no_mimetype) == "zip.not_office");
}

TEST_CASE("a well-formed minimal package is detected as xlsx") {
    CHECK(mk::detect_format(xlsx_with_main_target("xl/workbook.xml")).name == "xlsx");
    CHECK(mk::detect_format(xlsx_with_main_target("/xl/workbook.xml")).name == "xlsx");
}

TEST_CASE("a relationship target leaving the package is refused, never followed") {
    for (const char* target : {"../../etc/passwd", "xl/../../etc/passwd", "..\\..\\etc\\passwd",
                               "http://example.invalid/workbook.xml", "file:///etc/passwd"}) {
        CAPTURE(target);
        CHECK(detect_error(xlsx_with_main_target(target)) == "opc.escaping_target");
    }
}

TEST_CASE("an external main document (an absolute URL) is not followed: the package has no main part") {
    CHECK(detect_error(xlsx_with_main_target("http://example.invalid/workbook.xml", R"( TargetMode="External")")) ==
          "opc.no_main_part");
}

TEST_CASE("a DOCTYPE in a package part is refused") {
    std::string rels = package_rels("xl/workbook.xml");
    std::string with_entity = R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>)" +
                              rels.substr(rels.find("?>") + 2);
    std::string bytes = make_zip({{"[Content_Types].xml", content_types}, {"_rels/.rels", with_entity}});
    CHECK(detect_error(bytes) == "xml.doctype");
}
