// What the .odt writer puts in its parts that our reader does not read back: shading, covered
// cells, the page number, heading outline levels and the list styles.
#include <doctest/doctest.h>

#include "converters/odt/write.hpp"
#include "converters/package/zip.hpp"
#include "tests/unit/docx_write/written_documents.hpp"

namespace mk::test {
namespace {

bool has(const std::string& xml, std::string_view text) { return xml.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("odt writer: parts hold shading, spans, header rows, the page number and both list kinds") {
    std::string bytes = write_odt(synthetic_document());
    zip_package package = zip_package::open(bytes);
    std::string content = package.read("content.xml");
    CHECK(has(content, "<style:table-cell-properties fo:background-color=\"#C6EFCE\""));
    CHECK(has(content, "<style:table-cell-properties fo:background-color=\"#FFC7CE\""));
    CHECK(has(content, "table:style-name=\"Cell_C6EFCE\""));
    CHECK(has(content, "table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\""));
    CHECK(has(content, "<table:covered-table-cell/>"));
    CHECK(has(content, "<table:table-header-rows>"));
    CHECK(has(content, "<text:h text:style-name=\"Heading_20_9\" text:outline-level=\"9\">För djup rubrik</text:h>"));
    CHECK(has(content, "<text:s text:c=\"2\"/>två inledande,<text:s text:c=\"2\"/>två inuti"));
    CHECK(has(content, "rad ett<text:line-break/>rad två"));
    CHECK(has(content, "rad fyra<text:tab/>flik"));
    CHECK(has(content, "<text:list text:style-name=\"Number_20_List\">"));
    std::string styles = package.read("styles.xml");
    CHECK(has(styles, "<text:page-number text:select-page=\"current\">1</text:page-number>"));
    CHECK(has(styles, "style:display-name=\"Heading 1\""));
    CHECK(has(styles, "style:name=\"_31_23_20__5f_konstig_2f_stil_5f_\" style:display-name=\"123 _konstig/stil_\""));
    CHECK(has(styles, "<text:list-level-style-bullet text:level=\"9\""));
    CHECK(has(styles, "<text:list-level-style-number text:level=\"9\""));
}

}  // namespace mk::test
