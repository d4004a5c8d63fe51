// Minimal synthetic .odt packages built here (not LibreOffice output): one ODF feature or one
// hostile construct each, in content.xml and styles.xml written for the test.
#include <doctest/doctest.h>

#include "converters/odt/read.hpp"
#include "src/container/document_limits.hpp"
#include "tests/unit/docx/document_queries.hpp"

namespace mk::test {
namespace {

constexpr std::string_view namespaces =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
    "xmlns:x=\"urn:example:foreign\"";

// Common styles: "Gul" has a yellow background and "Barn" inherits it; "Punkter" bullets level 1
// and numbers level 2; "Nummer" numbers level 1. One master page with a header and left footer.
constexpr std::string_view common_styles =
    "<office:styles>"
    "<style:style style:name=\"Gul\" style:family=\"paragraph\"><style:paragraph-properties "
    "fo:background-color=\"#FFFF00\"/></style:style>"
    "<style:style style:name=\"Barn\" style:display-name=\"Barnet\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Gul\"/>"
    "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
    "<text:list-style style:name=\"Punkter\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/>"
    "<text:list-level-style-number text:level=\"2\" style:num-format=\"1\"/></text:list-style>"
    "<text:list-style style:name=\"Nummer\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\"/>"
    "</text:list-style>"
    "<text:list-style style:name=\"Romerska\"><text:list-level-style-number text:level=\"1\" style:num-format=\"I\" "
    "style:num-suffix=\")\" text:start-value=\"3\"/></text:list-style>"
    "<text:outline-style style:name=\"Outline\"><text:outline-level-style text:level=\"1\" style:num-format=\"1\" "
    "style:num-suffix=\".\"/><text:outline-level-style text:level=\"2\" style:num-format=\"a\" "
    "text:display-levels=\"2\"/></text:outline-style></office:styles>"
    "<office:master-styles><style:master-page style:name=\"Standard\">"
    "<style:header><text:p>Huvud</text:p></style:header>"
    "<style:footer style:display=\"false\"><text:p>Dold</text:p></style:footer>"
    "<style:footer-left><text:p>Vänster fot</text:p></style:footer-left>"
    "</style:master-page></office:master-styles>";

constexpr std::string_view automatic_styles =
    "<office:automatic-styles>"
    "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>"
    "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:background-color=\"#ffff00\"/>"
    "</style:style><style:style style:name=\"T2\" style:family=\"text\"><style:text-properties "
    "fo:font-weight=\"700\"/></style:style></office:automatic-styles>";

std::string package(std::string_view body) {
    std::string content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " +
                          std::string(namespaces) + ">" + std::string(automatic_styles) +
                          "<office:body><office:text>" + std::string(body) +
                          "</office:text></office:body></office:document-content>";
    std::string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " +
                         std::string(namespaces) + ">" + std::string(common_styles) + "</office:document-styles>";
    return make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                     {"content.xml", content},
                     {"styles.xml", styles}});
}

std::vector<block> blocks_of(std::string_view body) { return read_odt(package(body)).blocks; }

std::string p(std::string_view inner) { return "<text:p>" + std::string(inner) + "</text:p>"; }

std::string nested_tables(std::size_t depth) {
    std::string xml = p("innerst");
    for (std::size_t i = 0; i < depth; ++i)
        xml = "<table:table><table:table-row><table:table-cell>" + xml + "</table:table-cell></table:table-row></table:table>";
    return xml;
}

}  // namespace

TEST_CASE("odt: list levels, list styles inherited from the outer list, headers and overrides") {
    std::vector<block> blocks = blocks_of(
        "<text:list text:style-name=\"Punkter\"><text:list-item>" + p("a") + p("fortsättning") +
        "<text:list><text:list-item>" + p("b") + "</text:list-item></text:list></text:list-item>"
        "<text:list-header>" + p("rubrik") + "</text:list-header>"
        "<text:list-item text:style-override=\"Nummer\">" + p("c") + "</text:list-item></text:list>");
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[0].kind == block_kind::list_item);
    CHECK(blocks[0].level == 0);
    CHECK_FALSE(blocks[0].numbered);
    CHECK(blocks[1].kind == block_kind::paragraph);
    CHECK(blocks[2].kind == block_kind::list_item);
    CHECK(blocks[2].level == 1);
    CHECK(blocks[2].numbered);
    CHECK(blocks[3].kind == block_kind::paragraph);
    CHECK(blocks[3].text == "rubrik");
    CHECK(blocks[4].numbered);
}

TEST_CASE("odt: white space collapses, text:s, text:tab and text:line-break are kept") {
    std::vector<block> blocks = blocks_of(p("  a \n  b<text:s text:c=\"2\"/>c<text:tab/>d<text:line-break/>e  ") +
                                          p("<text:s/>indrag") + p("x<text:s text:c=\"999999999\"/>"));
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].text == "a b  c\td\ne");
    CHECK(blocks[1].text == " indrag");
    CHECK(blocks[2].text.size() == 1 + 10'000);
}

TEST_CASE("odt: annotations, notes, marks and tracked deletions are no text, foreign elements are read through") {
    std::vector<block> blocks = blocks_of(
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>" + p("borttagen") +
        "</text:deletion></text:changed-region></text:tracked-changes>" +
        p("Ord<office:annotation><text:p>kommentar</text:p></office:annotation>et"
          "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body>" +
          p("fotnot") + "</text:note-body></text:note><text:bookmark text:name=\"b\"/><text:change text:change-id=\"c1\"/>"
          "<text:soft-page-break/> <text:a>länk</text:a> <x:wrap>inuti</x:wrap><x:skip office:process-content=\"false\">"
          "nej</x:skip>") +
        "<text:section text:name=\"S\">" + p("i sektion") + "</text:section>");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].text == "Ordet länk inuti");
    CHECK(blocks[1].text == "i sektion");
}

TEST_CASE("odt: an index reads its body, not its template") {
    std::vector<block> blocks = blocks_of(
        "<text:table-of-content><text:table-of-content-source><text:index-title-template>Mall"
        "</text:index-title-template></text:table-of-content-source><text:index-body><text:index-title>" +
        p("Innehåll") + "</text:index-title>" + p("Post<text:tab/>3") + "</text:index-body></text:table-of-content>");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].text == "Innehåll");
    CHECK(blocks[1].text == "Post\t3");
}

TEST_CASE("odt: headings, their numbers, yellow and bold through styles") {
    std::vector<block> blocks = blocks_of(
        "<text:h text:outline-level=\"2\"><text:number>1.2</text:number>Rubrik</text:h><text:h>Utan nivå</text:h>"
        "<text:h text:outline-level=\"12\">Djup</text:h><text:p text:style-name=\"Barn\">ärvd gul</text:p>"
        "<text:p text:style-name=\"P1\">vanlig <text:span text:style-name=\"T1\">markerad</text:span></text:p>"
        "<text:p text:style-name=\"P1\"><text:span text:style-name=\"T2\">fet</text:span> </text:p>");
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[0].kind == block_kind::heading);
    CHECK(blocks[0].level == 2);
    CHECK(blocks[0].number == "1.2");
    CHECK(blocks[0].text == "Rubrik");
    CHECK(blocks[1].level == 1);
    CHECK(blocks[2].level == 9);
    CHECK(blocks[3].yellow);
    CHECK(blocks[3].style == "Barnet");
    CHECK(blocks[4].yellow);
    CHECK(blocks[4].style == "Normal");
    CHECK_FALSE(blocks[4].bold);
    CHECK(blocks[5].bold);
}

TEST_CASE("odt: heading numbers from the outline style and from the list a heading is in") {
    std::string in_list = "<text:list text:style-name=\"Romerska\"><text:list-item><text:h text:outline-level=\"1\">"
                          "Listad</text:h></text:list-item></text:list>";
    std::string continued = "<text:list text:style-name=\"Romerska\" text:continue-numbering=\"true\"><text:list-item>"
                            "<text:h text:outline-level=\"1\">Fortsatt</text:h></text:list-item></text:list>";
    std::string restarted = "<text:list text:style-name=\"Romerska\"><text:list-item><text:h text:outline-level=\"1\">"
                            "Omstart</text:h></text:list-item></text:list>";
    std::vector<block> blocks = blocks_of(
        "<text:h text:outline-level=\"1\">Ett</text:h><text:h text:outline-level=\"2\">Under</text:h>"
        "<text:h text:outline-level=\"2\">Under två</text:h><text:h text:outline-level=\"1\">Två</text:h>"
        "<text:h text:outline-level=\"2\">Under igen</text:h>" + in_list + continued + restarted);
    REQUIRE(blocks.size() == 8);
    CHECK(blocks[0].number == "1.");
    CHECK(blocks[1].number == "1.a");
    CHECK(blocks[2].number == "1.b");
    CHECK(blocks[3].number == "2.");
    CHECK(blocks[4].number == "2.a");
    CHECK(blocks[5].number == "III)");
    CHECK(blocks[6].number == "IV)");
    CHECK(blocks[7].number == "III)");
}

TEST_CASE("odt: header rows, spans, covered cells and repeats make a full grid") {
    std::vector<block> blocks = blocks_of(
        "<table:table><table:table-header-rows><table:table-row><table:table-cell>" + p("H") +
        "</table:table-cell><table:table-cell table:number-columns-repeated=\"2\">" + p("tom") +
        "</table:table-cell></table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\">" +
        p("X") + "</table:table-cell><table:covered-table-cell/><table:table-cell/></table:table-row>"
        "<table:table-row><table:covered-table-cell table:number-columns-repeated=\"2\"/></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell>" + p("igen") +
        "</table:table-cell></table:table-row></table:table>");
    REQUIRE(blocks.size() == 1);
    const block& t = blocks[0];
    CHECK(t.header_rows == 1);
    REQUIRE(t.rows.size() == 5);
    CHECK(t.column_count() == 3);
    CHECK(cell_text(t, 0, 2) == "tom");
    CHECK(t.rows[1].cells[0].col_span == 2);
    CHECK(t.rows[1].cells[0].row_span == 2);
    CHECK(t.rows[1].cells[1].covered);
    CHECK(t.rows[2].cells[0].covered);
    CHECK(t.rows[2].cells[1].covered);
    CHECK_FALSE(t.rows[2].cells[2].covered);
    CHECK(cell_text(t, 4, 0) == "igen");
}

TEST_CASE("odt: page headers and footers are kept apart, hidden ones are left out") {
    document doc = read_odt(package(p("kropp")));
    CHECK(doc.page_headers == std::vector<std::string>{"Huvud"});
    CHECK(doc.page_footers == std::vector<std::string>{"Vänster fot"});
}

TEST_CASE("odt: hostile nesting and repeats give clean errors") {
    CHECK(error_code_of([] { read_odt(package(nested_tables(max_table_depth))); }).empty());
    CHECK(error_code_of([] { read_odt(package(nested_tables(max_table_depth + 1))); }) == "document.table_too_deep");
    std::string spans;
    for (int i = 0; i < 300; ++i) spans += "<text:span>";
    spans += "djup";
    for (int i = 0; i < 300; ++i) spans += "</text:span>";
    CHECK(error_code_of([&] { read_odt(package(p(spans))); }) == "document.too_deep");
    CHECK(error_code_of([] {
              read_odt(package("<table:table><table:table-row><table:table-cell "
                               "table:number-columns-repeated=\"2000\"/></table:table-row></table:table>"));
          }) == "document.table_too_large");
    CHECK(error_code_of([] {
              read_odt(package("<table:table><table:table-row table:number-rows-repeated=\"2000000\">"
                               "<table:table-cell/></table:table-row></table:table>"));
          }) == "document.table_too_large");
    CHECK(error_code_of([] { read_odt(make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}})); }) ==
          "odt.no_content");
}

TEST_CASE("odt: repeats and spaces that would grow past the weight limit give a clean error") {
    std::string big_cell = "<table:table-cell table:number-columns-repeated=\"1000\">" + p(std::string(100'000, 'x')) +
                           "</table:table-cell>";
    std::string repeated = "<table:table><table:table-row table:number-rows-repeated=\"900\">" + big_cell +
                           "</table:table-row></table:table>";
    CHECK(error_code_of([&] { read_odt(package(repeated)); }) == "document.too_large");
    std::string spaces;
    for (int i = 0; i < 30'000; ++i) spaces += "<text:s text:c=\"10000\"/>";
    CHECK(error_code_of([&] { read_odt(package(p(spaces))); }) == "document.too_large");
}

}  // namespace mk::test
