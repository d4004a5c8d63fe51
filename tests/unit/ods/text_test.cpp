// Cell text from ODF paragraphs: text:s, text:tab, text:line-break, spans and links, several
// paragraphs; annotations left out. Each case edits one cell of LibreOffice's features.ods.
#include <doctest/doctest.h>

#include "converters/ods/cell_text.hpp"
#include "tests/unit/ods/ods_edit.hpp"

namespace mk::test {
namespace {

// The text of A2 (written by LibreOffice as <text:p>Tal</text:p>) after replacing its paragraph.
std::string a2_with(std::string_view paragraphs) {
    workbook book = read_features_with("<text:p>Tal</text:p>", paragraphs);
    const cell* c = book.sheets.at(0).find(1, 0);
    return c ? c->text : std::string("(no cell)");
}

}  // namespace

TEST_CASE("text:s stands for text:c spaces, one without text:c") {
    CHECK(a2_with("<text:p>a<text:s text:c=\"3\"/>b<text:s/>c</text:p>") == "a   b c");
    CHECK(a2_with("<text:p><text:s text:c=\"2\"/>indragen</text:p>") == "  indragen");
}

TEST_CASE("a hostile text:c gives at most a cell's worth of spaces") {
    std::string text = a2_with("<text:p>a<text:s text:c=\"99999999999999999999999\"/>b</text:p>");
    CHECK(text.size() == mk::ods::max_spaced_length + 1);
    CHECK(text.front() == 'a');
    CHECK(text.back() == 'b');
}

TEST_CASE("text:tab is a tab and text:line-break a line break") {
    CHECK(a2_with("<text:p>före<text:tab/>efter</text:p>") == "före\tefter");
    CHECK(a2_with("<text:p>rad ett<text:line-break/>rad två</text:p>") == "rad ett\nrad två");
}

TEST_CASE("several paragraphs are joined with line breaks, empty ones too") {
    CHECK(a2_with("<text:p>ett</text:p><text:p/><text:p>tre</text:p>") == "ett\n\ntre");
}

TEST_CASE("spans, links and fields are read through") {
    CHECK(a2_with("<text:p>Se <text:a xlink:href=\"https://www.huddinge.se\"><text:span text:style-name=\"T1\">"
                  "huddinge.se</text:span></text:a> och <text:span>mer</text:span></text:p>") ==
          "Se huddinge.se och mer");
}

TEST_CASE("annotations (comments) are not part of the cell's text") {
    CHECK(a2_with("<office:annotation><dc:creator>Granskare</dc:creator><text:p>Kommentar</text:p>"
                  "</office:annotation><text:p>Tal</text:p>") == "Tal");
    CHECK(a2_with("<text:p>Tal<office:annotation><text:p>inuti</text:p></office:annotation></text:p>") == "Tal");
}

TEST_CASE("white space is kept as LibreOffice writes it") {
    // LibreOffice writes runs of spaces and leading spaces literally (see features.ods, B12) and
    // shows them unchanged when it opens the file.
    CHECK(a2_with("<text:p>  två  mellanslag </text:p>") == "  två  mellanslag ");
}

TEST_CASE("a cell whose paragraphs are empty is no cell") { CHECK(a2_with("<text:p/>") == "(no cell)"); }

}  // namespace mk::test
