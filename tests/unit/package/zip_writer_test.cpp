#include <doctest/doctest.h>

#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"

TEST_CASE("zip writer: deterministic bytes, order kept, stored mimetype first, readable by the package layer") {
    std::vector<mk::zip_entry> entries{{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                       {"content.xml", std::string(5000, 'x'), false},
                                       {"META-INF/manifest.xml", "<manifest/>", false}};
    std::string first = mk::write_zip(entries);
    CHECK(first == mk::write_zip(entries));
    CHECK(first.substr(30, 8) == "mimetype");
    CHECK(first.substr(38, 39) == "application/vnd.oasis.opendocument.text");
    std::string bytes = first;
    auto package = mk::zip_package::open(bytes);
    CHECK(package.names() == std::vector<std::string>{"mimetype", "content.xml", "META-INF/manifest.xml"});
    CHECK(package.read("content.xml") == std::string(5000, 'x'));
}

TEST_CASE("zip writer: a large part written again is copied from its first deflate, exactly") {
    // Varied text, so that deflate has work to do, in parts above the size the writer keeps.
    std::string styles;
    for (int i = 0; styles.size() < 300000; ++i) styles += "<w:style w:styleId=\"s" + std::to_string(i * 7919 % 10007) + "\"/>";
    std::string changed = styles;
    changed[changed.size() / 2] = 'X';
    std::vector<mk::zip_entry> first{{"word/styles.xml", styles, false}, {"word/document.xml", "<w:document/>", false}};
    std::vector<mk::zip_entry> second{{"word/styles.xml", changed, false}, {"word/document.xml", "<w:document/>", false}};
    std::string a = mk::write_zip(first);
    std::string b = mk::write_zip(second);
    CHECK(a == mk::write_zip(first));
    CHECK(a != b);
    std::string a_bytes = a, b_bytes = b;
    auto package_a = mk::zip_package::open(a_bytes);
    auto package_b = mk::zip_package::open(b_bytes);
    CHECK(package_a.read("word/styles.xml") == styles);
    CHECK(package_b.read("word/styles.xml") == changed);
    CHECK(package_a.read("word/document.xml") == "<w:document/>");
    CHECK(a.size() < styles.size() / 4);
}

TEST_CASE("zip writer: parts alike where the deflate cache samples them are still written as they are") {
    std::string styles;
    for (int i = 0; styles.size() < 300000; ++i) styles += "<w:style w:styleId=\"s" + std::to_string(i) + "\"/>";
    // The cache hashes 64 bytes at every 64th of a part: this byte lies between two of them.
    std::string changed = styles;
    changed[changed.size() / 64 * 10 + 200] ^= 1;
    std::string small = "<Properties/>", small_changed = "<Properties/ >";
    for (const auto& [part, other] : {std::pair{styles, changed}, std::pair{small, small_changed}}) {
        std::string a = mk::write_zip({{"part.xml", part, false}});
        std::string b = mk::write_zip({{"part.xml", other, false}});
        auto package_a = mk::zip_package::open(a);
        auto package_b = mk::zip_package::open(b);
        CHECK(package_a.read("part.xml") == part);
        CHECK(package_b.read("part.xml") == other);
    }
}

TEST_CASE("zip writer: a part deflated in the background gives the bytes of the same part deflated by write_zip") {
    std::string sheet;
    for (long long i = 0; sheet.size() < (20u << 20); ++i)
        sheet +=
            "<row r=\"" + std::to_string(i) + "\"><c t=\"s\"><v>" + std::to_string(i * 7919 % 10007) + "</v></c></row>";
    for (std::string part : {sheet, std::string("<sst/>"), std::string()}) {
        CAPTURE(part.size());
        std::string whole =
            mk::write_zip({{"xl/styles.xml", "<styleSheet/>", false}, {"xl/worksheets/sheet1.xml", part, false}});
        auto deflated = mk::deflate_in_background(part).get();
        CHECK(deflated->size == part.size());
        CHECK(mk::write_zip({{"xl/styles.xml", "<styleSheet/>", false},
                             {"xl/worksheets/sheet1.xml", "", false, deflated}}) == whole);
    }
}
