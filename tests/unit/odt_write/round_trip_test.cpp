// The .odt writer read back by our .odt reader: the same blocks, as written_documents.hpp
// documents what cannot round-trip.
#include <doctest/doctest.h>

#include "converters/odt/read.hpp"
#include "converters/odt/write.hpp"
#include "converters/package/zip.hpp"
#include "tests/unit/docx_write/written_documents.hpp"

namespace mk::test {

TEST_CASE("odt writer: every fixture document and one with every block kind and hard case read back the same") {
    check_round_trips(write_odt, read_odt, written_format::odt);
}

TEST_CASE("odt writer: the same document gives the same bytes") {
    document doc = synthetic_document();
    std::string first = write_odt(doc);
    CHECK(write_odt(doc) == first);
    document other = doc;
    other.title = "annan titel";
    CHECK(write_odt(other) != first);
}

TEST_CASE("odt writer: mimetype comes first, stored, and every part says ODF 1.3") {
    std::string bytes = write_odt(synthetic_document());
    // A stored first entry puts its name and then its bytes at fixed places of the local header.
    CHECK(bytes.substr(30, 8) == "mimetype");
    CHECK(bytes.substr(38, 39) == "application/vnd.oasis.opendocument.text");
    zip_package package = zip_package::open(bytes);
    REQUIRE(package.names().front() == "mimetype");
    for (std::string_view part : {"content.xml", "styles.xml", "meta.xml"}) {
        std::string xml = package.read(part);
        CHECK(xml.find("office:version=\"1.3\"") != std::string::npos);
        CHECK(xml.find("loext") == std::string::npos);
        CHECK(xml.find("officeooo") == std::string::npos);
    }
    CHECK(package.read("meta.xml").find("<dc:title>Rapport &amp; &lt;test&gt; för nämnden</dc:title>") !=
          std::string::npos);
    CHECK(package.read("META-INF/manifest.xml").find("manifest:version=\"1.3\"") != std::string::npos);
}

TEST_CASE("odt writer: an empty document is a valid package with a footer") {
    document back = read_odt(write_odt(document{}));
    CHECK(back.blocks.empty());
    CHECK(back.page_headers.empty());
    CHECK(back.page_footers == std::vector<std::string>{"Sida 1"});
}

}  // namespace mk::test
