// Charts in documents: a chart's title and each series' points are a note of the paragraph it is
// anchored in (note_kind::chart), from the cached values of a .docx chart part and the local table
// of an .odt chart object, as LibreOffice writes them (tests/data/docx/make_charts.py). Before, a
// chart in a work plan or an SK document was left out without a word.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "converters/odt/read.hpp"
#include "src/container/chart.hpp"
#include "tests/unit/docx/document_queries.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

const std::string bar_chart =
    "Minst E i alla ämnen\nFlickor: 2021 = 81, 2022 = 79, 2023 = 83.5\nPojkar: 2021 = 84, 2022 = 86, 2023 = 88";

void check_charts(const document& doc) {
    std::vector<block_note> notes = find_text(doc.blocks, "Trygghet per skola:").notes;
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == note_kind::chart);
    CHECK(notes[0].text == bar_chart);
    const block* table = all_tables(doc.blocks).at(0);
    std::vector<block_note> in_cell = table->rows.at(0).cells.at(1).blocks.at(0).notes;
    REQUIRE(in_cell.size() == 1);
    CHECK(in_cell[0].kind == note_kind::chart);
    CHECK(in_cell[0].text == "Andel: Trygg = 92, Inte trygg = 8");
}

}  // namespace

TEST_CASE("charts: LibreOffice's bar chart and pie chart in .docx and .odt, title, series and points") {
    std::string docx = source_bytes("tests/data/docx/charts.docx");
    check_charts(read_docx(docx));
    check_charts(read_as_tree(docx));
    check_charts(read_odt(source_bytes("tests/data/docx/charts.odt")));
}

TEST_CASE("charts: a point's category is found by its idx, and a chart part the package lacks gives no note") {
    std::string docx = source_bytes("tests/data/docx/charts.docx");
    // Points in another order than their idx: read in the order of idx.
    std::string reordered = edited_package(docx, "word/charts/chart1.xml", [](std::string& text) {
        const std::string point = "<c:pt idx=\"0\"><c:v>81</c:v></c:pt>";
        std::size_t first = text.find(point);
        REQUIRE(first != std::string::npos);
        text.erase(first, point.size());
        std::size_t after = text.find("</c:pt>", first) + 7;
        text.insert(after, point);
    });
    CHECK(find_text(read_docx(reordered).blocks, "Trygghet per skola:").notes.at(0).text == bar_chart);
    std::string without = edited_package(docx, "word/_rels/document.xml.rels", [](std::string& text) {
        std::size_t at = text.find("charts/chart1.xml");
        REQUIRE(at != std::string::npos);
        text.replace(at, 17, "charts/chart9.xml");
    });
    CHECK(find_text(read_docx(without).blocks, "Trygghet per skola:").notes.empty());
}

TEST_CASE("charts: the note's text, with and without title, series names and categories") {
    CHECK(chart_text({}).empty());
    CHECK(chart_text({"Titel", {}}) == "Titel");
    CHECK(chart_text({"", {{"", {{"", "1"}, {"", "2"}}}}}) == "1, 2");
    CHECK(chart_text({"T", {{"A", {{"x", "1"}}}, {"B", {}}}}) == "T\nA: x = 1");
}

}  // namespace mk::test
