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
