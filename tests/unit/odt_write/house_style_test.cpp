// The house style of the documents malkedja writes: one look (src/container/house_style), the
// same in .docx and .odt, each in its own units.
#include <doctest/doctest.h>

#include "converters/docx/write.hpp"
#include "converters/odt/write.hpp"
#include "converters/package/zip.hpp"
#include "src/container/house_style.hpp"
#include "tests/unit/docx_write/written_documents.hpp"

namespace mk::test {
namespace {

bool has(const std::string& xml, std::string_view text) { return xml.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("house style: headings, title and captions as the house look says") {
    paragraph_look heading = house_look("Heading 1");
    CHECK(heading.heading_level == 1);
    CHECK(heading.size == 16);
    CHECK(heading.bold);
    CHECK_FALSE(heading.italic);
    CHECK(heading.colour == "1F3864");
    CHECK(house_look("Heading 4").italic);
    CHECK(house_look("Heading 9").size == body_text_size);
    CHECK(house_look("Title").size == 24);
    CHECK(house_look("Caption").italic);
    CHECK(house_look("Normal").size == 0);
    CHECK(house_look("Heading 0").heading_level == 0);
}

TEST_CASE("house style: .docx and .odt write the same look in their own units") {
    std::string docx = zip_package::open(write_docx(synthetic_document())).read("word/styles.xml");
    std::string odt = zip_package::open(write_odt(synthetic_document())).read("styles.xml");
    // Heading 1: 16 pt (32 half points), 12 pt before (240 twips, 0.42 cm), 4 pt after (80 twips, 0.14 cm).
    CHECK(has(docx, "<w:spacing w:before=\"240\" w:after=\"80\"/>"));
    CHECK(has(docx, "<w:color w:val=\"1F3864\"/>"));
    CHECK(has(docx, "<w:sz w:val=\"32\"/>"));
    CHECK(has(odt, "fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.14cm\""));
    CHECK(has(odt, "fo:color=\"#1f3864\" fo:font-size=\"16pt\""));
    // Body text: 11 pt with 6 pt after.
    CHECK(has(docx, "<w:sz w:val=\"22\"/>"));
    CHECK(has(docx, "w:after=\"120\""));
    CHECK(has(odt, "fo:margin-bottom=\"0.21cm\""));
    CHECK(has(odt, "fo:font-size=\"11pt\""));
}

}  // namespace mk::test
