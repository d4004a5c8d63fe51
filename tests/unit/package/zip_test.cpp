#include <doctest/doctest.h>

#include "converters/package/zip.hpp"
#include "src/core/error.hpp"
#include "zip_writer.hpp"

#include <stdexcept>

TEST_CASE("package: empty bytes are rejected as an empty file") {
    try {
        mk::zip_package::open(std::string_view(""));
        FAIL("no error");
    } catch (const mk::error& e) {
        CHECK(e.code() == "file.empty");
    }
}

TEST_CASE("package: a large entry inflated ahead on a thread of its own reads the same, piece by piece") {
    std::string text;
    for (int i = 0; text.size() < (3u << 20); ++i) text += "<row r=\"" + std::to_string(i) + "\"><c>v</c></row>";
    std::string bytes = mk::test::make_zip({{"small.xml", "<a/>"}, {"large.xml", text}});
    mk::zip_package package = mk::zip_package::open(bytes);
    CHECK(package.read("large.xml") == text);
    std::string pieces;
    package.read_pieces("large.xml", [&](std::string_view piece) {
        CHECK(piece.size() <= (64u << 10));
        pieces += piece;
    });
    CHECK(pieces == text);
    CHECK(package.inflated_total() == 2 * text.size());
}

TEST_CASE("package: a reader's error in the middle of a large entry stops inflating it, and the package reads on") {
    std::string text;
    for (int i = 0; text.size() < (4u << 20); ++i) text += "<row r=\"" + std::to_string(i) + "\"/>";
    std::string bytes = mk::test::make_zip({{"large.xml", text}, {"small.xml", "<a/>"}});
    mk::zip_package package = mk::zip_package::open(bytes);
    std::size_t pieces = 0;
    CHECK_THROWS_AS(package.read_pieces("large.xml",
                                        [&](std::string_view) {
                                            if (++pieces == 3) throw std::runtime_error("bad XML");
                                        }),
                    std::runtime_error);
    CHECK(pieces == 3);
    CHECK(package.read("small.xml") == "<a/>");
    CHECK(package.read("large.xml") == text);
}
