// What the .docx writer puts in its parts that our reader does not read back: shading, the page
// number field, style outline levels, the list definitions, the package's parts and properties.
#include <doctest/doctest.h>

#include "converters/docx/write.hpp"
#include "converters/package/zip.hpp"
#include "tests/unit/docx_write/written_documents.hpp"

namespace mk::test {
namespace {

bool has(const std::string& xml, std::string_view text) { return xml.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("docx writer: parts hold shading, merges, the page field, heading outline levels and both list kinds") {
    std::string bytes = write_docx(synthetic_document());
    zip_package package = zip_package::open(bytes);
    CHECK(package.names() == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
                                                      "docProps/app.xml", "word/document.xml",
                                                      "word/_rels/document.xml.rels", "word/styles.xml",
                                                      "word/numbering.xml", "word/footer1.xml", "word/header1.xml"});
    std::string body = package.read("word/document.xml");
    CHECK(has(body, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"C6EFCE\"/>"));
    CHECK(has(body, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"ffc7ce\"/>"));
    CHECK(has(body, "<w:vMerge w:val=\"restart\"/>"));
    CHECK(has(body, "<w:vMerge w:val=\"continue\"/>"));
    CHECK(has(body, "<w:gridSpan w:val=\"2\"/>"));
    CHECK(has(body, "<w:tblHeader/>"));
    CHECK(has(body, "<w:highlight w:val=\"yellow\"/>"));
    CHECK(has(body, "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"));
    std::string footer = package.read("word/footer1.xml");
    CHECK(has(footer, "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
    CHECK(has(footer, "<w:t xml:space=\"preserve\">Sida </w:t>"));
    std::string styles = package.read("word/styles.xml");
    CHECK(has(styles, "<w:name w:val=\"heading 9\"/>"));
    CHECK(has(styles, "<w:outlineLvl w:val=\"8\"/>"));
    CHECK(has(styles, "<w:name w:val=\"123 _konstig/stil_\"/>"));
    std::string numbering = package.read("word/numbering.xml");
    CHECK(has(numbering, "<w:numFmt w:val=\"bullet\"/>"));
    CHECK(has(numbering, "<w:numFmt w:val=\"decimal\"/>"));
    // Two numbered lists in the body and one in a table cell (numIds 2-4), each restarting at 1.
    CHECK(has(numbering, "<w:num w:numId=\"4\">"));
    CHECK_FALSE(has(numbering, "<w:num w:numId=\"5\">"));
    CHECK(has(package.read("docProps/core.xml"), "<dc:title>Rapport &amp; &lt;test&gt; för nämnden</dc:title>"));
}

}  // namespace mk::test
