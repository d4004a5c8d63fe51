// The .docx writer read back by our .docx reader: the same blocks, as written_documents.hpp
// documents what cannot round-trip.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "converters/docx/write.hpp"
#include "tests/unit/docx_write/written_documents.hpp"

namespace mk::test {

TEST_CASE("docx writer: every fixture document and one with every block kind and hard case read back the same") {
    check_round_trips(write_docx, read_docx, written_format::docx);
}

TEST_CASE("docx writer: the same document gives the same bytes") {
    document doc = synthetic_document();
    std::string first = write_docx(doc);
    CHECK(write_docx(doc) == first);
    document other = doc;
    other.blocks.pop_back();
    other.blocks.pop_back();
    CHECK(write_docx(other) != first);
}

TEST_CASE("docx writer: an empty document is a valid package with a footer") {
    document back = read_docx(write_docx(document{}));
    CHECK(back.blocks.empty());
    CHECK(back.page_headers.empty());
    CHECK(back.page_footers == std::vector<std::string>{"Sida 1"});
}

}  // namespace mk::test
