// What the .xlsx writer puts into each part, read with pugixml (names as the readers see them).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "converters/xlsx/write.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {
namespace {

// The parts of an .xlsx, parsed on demand.

std::vector<std::string> attribute_values(pugi::xml_node parent, const char* child, const char* attribute) {
    std::vector<std::string> values;
    for (pugi::xml_node node : parent.children(child)) values.push_back(node.attribute(attribute).value());
    return values;
}

}  // namespace

TEST_CASE("xlsx parts: the package holds the parts in a fixed order, each declared and related") {
    written_package xlsx(write_xlsx(synthetic_workbook()));
    CHECK(xlsx.names() == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                                                   "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                                   "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                                                   "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                                                   "xl/worksheets/sheet4.xml"});
    std::string text = xlsx.text("[Content_Types].xml");
    for (const char* part : {"/xl/workbook.xml", "/xl/worksheets/sheet4.xml", "/xl/styles.xml", "/xl/sharedStrings.xml",
                             "/docProps/core.xml", "/docProps/app.xml"})
        CHECK(text.find(std::string("PartName=\"") + part + "\"") != std::string::npos);
    std::string rels = xlsx.text("xl/_rels/workbook.xml.rels");
    CHECK(
        rels.find("Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\"") !=
        std::string::npos);
    CHECK(rels.find("Id=\"rId6\"") != std::string::npos);
}

TEST_CASE("xlsx parts: workbook.xml names the sheets with their state and the autofilter's hidden name") {
    written_package xlsx(write_xlsx(synthetic_workbook()));
    pugi::xml_node workbook = xlsx.root("xl/workbook.xml");
    pugi::xml_node sheets = workbook.child("sheets");
    CHECK(attribute_values(sheets, "sheet", "name") ==
          std::vector<std::string>{"Översikt 'år' & mål", "Dold", "Tom", "Mycket dold"});
    CHECK(attribute_values(sheets, "sheet", "state") == std::vector<std::string>{"", "hidden", "", "veryHidden"});
    pugi::xml_node name = workbook.child("definedNames").child("definedName");
    CHECK(std::string_view(name.attribute("name").value()) == "_xlnm._FilterDatabase");
    CHECK(std::string_view(name.attribute("localSheetId").value()) == "0");
    CHECK(std::string_view(name.child_value()) == "'Översikt ''år'' & mål'!$A$1:$F$21");
    CHECK(!workbook.child("bookViews").child("workbookView").attribute("activeTab"));
}

TEST_CASE("xlsx parts: the first visible sheet is the active one") {
    workbook book = synthetic_workbook();
    std::swap(book.sheets[0], book.sheets[1]);  // "Dold" (hidden) first
    written_package xlsx(write_xlsx(book));
    CHECK(std::string_view(
              xlsx.root("xl/workbook.xml").child("bookViews").child("workbookView").attribute("activeTab").value()) ==
          "1");
    CHECK(xlsx.root("xl/worksheets/sheet2.xml").child("sheetViews").child("sheetView").attribute("tabSelected"));
    CHECK(!xlsx.root("xl/worksheets/sheet1.xml").child("sheetViews").child("sheetView").attribute("tabSelected"));
}

TEST_CASE("xlsx parts: a worksheet has its frozen header, widths, hidden rows and columns, filter and merges") {
    written_package xlsx(write_xlsx(synthetic_workbook()));
    pugi::xml_node sheet = xlsx.root("xl/worksheets/sheet1.xml");
    CHECK(std::string_view(sheet.child("dimension").attribute("ref").value()) == "A1:F28");
    pugi::xml_node pane = sheet.child("sheetViews").child("sheetView").child("pane");
    CHECK(std::string_view(pane.attribute("ySplit").value()) == "1");
    CHECK(std::string_view(pane.attribute("topLeftCell").value()) == "A2");
    CHECK(std::string_view(pane.attribute("activePane").value()) == "bottomLeft");
    CHECK(std::string_view(pane.attribute("state").value()) == "frozen");
    pugi::xml_node cols = sheet.child("cols");
    CHECK(attribute_values(cols, "col", "min") == std::vector<std::string>{"1", "2", "4", "6"});
    CHECK(attribute_values(cols, "col", "width") == std::vector<std::string>{"40", "12.5", "20", ""});
    CHECK(attribute_values(cols, "col", "hidden") == std::vector<std::string>{"", "", "", "1"});
    std::vector<std::string> hidden_rows;
    for (pugi::xml_node row : sheet.child("sheetData").children("row"))
        if (row.attribute("hidden")) hidden_rows.push_back(row.attribute("r").value());
    CHECK(hidden_rows == std::vector<std::string>{"6", "7", "32"});
    CHECK(std::string_view(sheet.child("autoFilter").attribute("ref").value()) == "A1:F21");
    CHECK(attribute_values(sheet.child("mergeCells"), "mergeCell", "ref") ==
          std::vector<std::string>{"A26:D27", "C28:C30", "A31:F31"});
    CHECK(std::string_view(sheet.child("mergeCells").attribute("count").value()) == "3");
}

TEST_CASE("xlsx parts: cell values by type, dates as 1900-system serials with a date format") {
    written_package xlsx(write_xlsx(synthetic_workbook()));
    pugi::xml_node data = xlsx.root("xl/worksheets/sheet1.xml").child("sheetData");
    std::map<std::string, pugi::xml_node> cells;
    for (pugi::xml_node row : data.children("row"))
        for (pugi::xml_node c : row.children("c")) cells[c.attribute("r").value()] = c;
    auto value = [&](const char* ref) { return std::string(cells[ref].child_value("v")); };
    auto type = [&](const char* ref) { return std::string(cells[ref].attribute("t").value()); };
    CHECK(type("A2") == "s");
    CHECK(type("B3") == "");
    CHECK(value("B3") == "-1.5");
    CHECK(value("B8") == "0");  // negative zero: Excel has none
    CHECK((type("C2") == "b" && value("C2") == "1"));
    CHECK((type("E2") == "e" && value("E2") == "#N/A"));
    CHECK(value("D2") == "43555");                              // 2019-03-31
    CHECK(value("D3") == "43555.604166666664");                 // 14:30
    CHECK(value("D5") == "1");                                  // 1900-01-01
    CHECK(value("D6") == "59");                                 // 1900-02-28
    CHECK(value("D7") == "61");                                 // 1900-03-01, after Excel's 1900-02-29
    CHECK(value("D8") == "0.5");                                // a time of day alone
    CHECK((type("D9") == "d" && value("D9") == "1850-06-01"));  // before 1900: no serial
    CHECK(value("D10") == "2958465.999988426");                 // 9999-12-31T23:59:59
    CHECK(value("D12") == "0.5");                               // 12:00:00, a time alone
    CHECK(value("D13") == "1.5625");                            // 37:30:00, a duration
    CHECK(value("D14") == "-0.0625");                           // -01:30:00
    CHECK(value("D15") == "0");                                 // 00:00:00
    CHECK(!cells["F4"].child("v"));                             // styled and empty: the look only
    CHECK(cells["F4"].attribute("s"));
}

TEST_CASE("xlsx parts: shared strings once each, counted, escaped as Excel does, spaces kept") {
    workbook book;
    sheet& s = book.sheets.emplace_back();
    s.name = "Blad1";
    const char* texts[] = {"a", "a", " lead", "tab\tin", "x\x01y", "_x0041_", "_xZZZZ_", "b"};
    for (std::uint32_t i = 0; i < std::size(texts); ++i) s.cells.push_back({i, 0, cell_type::string, texts[i]});
    written_package xlsx(write_xlsx(book));
    pugi::xml_node sst = xlsx.root("xl/sharedStrings.xml");
    CHECK(std::string_view(sst.attribute("count").value()) == "8");
    CHECK(std::string_view(sst.attribute("uniqueCount").value()) == "7");
    std::vector<std::string> raw, preserved;
    for (pugi::xml_node si : sst.children("si")) {
        raw.push_back(si.child_value("t"));
        preserved.push_back(si.child("t").attribute("xml:space").value());
    }
    CHECK(raw == std::vector<std::string>{"a", " lead", "tab\tin", "x_x0001_y", "_x005F_x0041_", "_xZZZZ_", "b"});
    CHECK(preserved == std::vector<std::string>{"", "preserve", "preserve", "", "", "", ""});
}

TEST_CASE(
    "xlsx parts: styles hold two fonts, a solid fill per colour, thin borders and a format per look and date kind") {
    written_package xlsx(write_xlsx(synthetic_workbook()));
    pugi::xml_node styles = xlsx.root("xl/styles.xml");
    CHECK(std::string_view(styles.child("numFmts").child("numFmt").attribute("formatCode").value()) ==
          "yyyy-mm-dd hh:mm:ss");
    CHECK(std::string_view(styles.child("fonts").attribute("count").value()) == "2");
    std::vector<std::string> fills;
    for (pugi::xml_node fill : styles.child("fills").children("fill"))
        fills.push_back(std::string(fill.child("patternFill").attribute("patternType").value()) + " " +
                        fill.child("patternFill").child("fgColor").attribute("rgb").value());
    CHECK(fills == std::vector<std::string>{"none ", "gray125 ", "solid FFD9D9D9", "solid FFC6EFCE", "solid FFFFC7CE"});
    CHECK(
        std::string_view(
            styles.child("borders").child("border").next_sibling("border").child("left").attribute("style").value()) ==
        "thin");
    pugi::xml_node xfs = styles.child("cellXfs");
    CHECK(std::string_view(xfs.attribute("count").value()) == "20");  // 5 looks × general, date, date-time, time
    std::vector<std::string> header;                                  // look 1, the header's, is cell formats 4 to 7
    std::size_t index = 0;
    for (pugi::xml_node xf : xfs.children("xf"))
        if (index++ / 4 == 1)
            header.push_back(std::string(xf.attribute("numFmtId").value()) + " font " + xf.attribute("fontId").value() +
                             " fill " + xf.attribute("fillId").value() + " border " + xf.attribute("borderId").value() +
                             " wrap " + xf.child("alignment").attribute("wrapText").value());
    CHECK(header == std::vector<std::string>{"0 font 1 fill 2 border 1 wrap 1", "14 font 1 fill 2 border 1 wrap 1",
                                             "164 font 1 fill 2 border 1 wrap 1", "46 font 1 fill 2 border 1 wrap 1"});
}

TEST_CASE("xlsx parts: without dates there is one format per look, and no shared strings part without text") {
    workbook book;
    sheet& s = book.sheets.emplace_back();
    s.name = "Tal";
    s.cells.push_back({0, 0, cell_type::number, "", 1, book.style_index({true, false, false, ""})});
    written_package xlsx(write_xlsx(book));
    CHECK(std::string_view(xlsx.root("xl/styles.xml").child("cellXfs").attribute("count").value()) == "2");
    CHECK(!xlsx.root("xl/styles.xml").child("numFmts"));
    CHECK(std::find(xlsx.names().begin(), xlsx.names().end(), "xl/sharedStrings.xml") == xlsx.names().end());
    CHECK(xlsx.text("[Content_Types].xml").find("sharedStrings") == std::string::npos);
}

TEST_CASE("xlsx parts: core properties carry title, subject, creator and the creation time in W3CDTF") {
    written_package xlsx(write_xlsx(synthetic_workbook()));
    std::string core = xlsx.text("docProps/core.xml");
    CHECK(core.find("<dc:title>Uppföljning &amp; rapport</dc:title>") != std::string::npos);
    CHECK(core.find("<dc:subject>Nämndens mål</dc:subject>") != std::string::npos);
    CHECK(core.find("<dc:creator>Förvaltningen</dc:creator>") != std::string::npos);
    CHECK(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-05-17T08:30:00Z</dcterms:created>") !=
          std::string::npos);
    workbook dated = synthetic_workbook();
    dated.properties = {"", "", "", "2024-05-17"};
    std::string bare = written_package(write_xlsx(dated)).text("docProps/core.xml");
    CHECK(bare.find(">2024-05-17T00:00:00Z<") != std::string::npos);
    CHECK(bare.find("dc:title") == std::string::npos);
}

TEST_CASE("xlsx parts: rows with wrapped text get the height of their lines") {
    workbook book;
    std::uint16_t wrap = book.style_index({false, true, false, ""});
    sheet& s = book.sheets.emplace_back();
    s.name = "Rader";
    s.column_widths = {11, 0, 5};
    std::string long_text(95, 'x');
    s.cells = {{0, 0, cell_type::string, "one line", 0, wrap},
               {1, 0, cell_type::string, "a\nb\nc", 0, wrap},
               {2, 0, cell_type::string, long_text, 0, wrap},
               {3, 0, cell_type::string, "a\nb\nc\nd"},
               {4, 0, cell_type::string, "åäöåäöåäöå", 0, wrap},
               {5, 0, cell_type::string, long_text, 0, wrap}};
    s.merges = {{5, 0, 5, 2}};
    written_package xlsx(write_xlsx(book));
    std::vector<std::string> heights;
    for (pugi::xml_node row : xlsx.root("xl/worksheets/sheet1.xml").child("sheetData").children("row"))
        heights.push_back(row.attribute("ht").value());
    // 95 characters, 10 to a line of an 11 wide column; 23 to a line over the merge of 11 + 8.43 + 5.
    CHECK(heights == std::vector<std::string>{"", "45", "150", "", "", "75"});
}

}  // namespace mk::test
