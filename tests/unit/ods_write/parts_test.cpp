// What the .ods writer puts into each part, read with pugixml (names as the readers see them).
#include <doctest/doctest.h>

#include <algorithm>

#include "converters/ods/read.hpp"
#include "converters/ods/write.hpp"
#include "tests/unit/time_limit.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {
namespace {

std::string attribute(pugi::xml_node node, const char* name) { return node.attribute(name).value(); }

workbook one_sheet(std::vector<cell> cells) {
    workbook book;
    sheet& s = book.sheets.emplace_back();
    s.name = "Blad1";
    s.cells = std::move(cells);
    return book;
}

}  // namespace

TEST_CASE("ods parts: mimetype first and stored, then content, styles, meta, settings and the manifest") {
    written_package ods(write_ods(synthetic_workbook()));
    CHECK(ods.names() == std::vector<std::string>{"mimetype", "content.xml", "styles.xml", "meta.xml", "settings.xml",
                                                  "META-INF/manifest.xml"});
    // A stored first entry: its name at offset 30 of the local header, its bytes right after it.
    CHECK(ods.bytes().substr(30, 8 + 46) == "mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
    pugi::xml_node manifest = ods.root("META-INF/manifest.xml");
    CHECK(attribute(manifest, "manifest:version") == "1.3");
    std::vector<std::string> paths;
    for (pugi::xml_node entry : manifest.children("manifest:file-entry"))
        paths.push_back(attribute(entry, "manifest:full-path"));
    CHECK(paths == std::vector<std::string>{"/", "content.xml", "styles.xml", "meta.xml", "settings.xml"});
}

TEST_CASE("ods parts: strict ODF 1.3, no LibreOffice extension namespace") {
    written_package ods(write_ods(synthetic_workbook()));
    for (const char* part : {"content.xml", "styles.xml", "meta.xml", "settings.xml"}) {
        std::string text = ods.text(part);
        CHECK(attribute(ods.root(part), "office:version") == "1.3");
        for (const char* extension : {"loext", "calcext", "libreoffice.org", "documentfoundation"})
            CHECK_MESSAGE(text.find(extension) == std::string::npos, part << " names " << extension);
    }
}

TEST_CASE("ods parts: sheets with their table style, columns with widths and visibility, the filter range") {
    written_package ods(write_ods(synthetic_workbook()));
    pugi::xml_node spreadsheet = ods.root("content.xml").child("office:body").child("office:spreadsheet");
    std::vector<std::string> tables;
    for (pugi::xml_node table : spreadsheet.children("table:table"))
        tables.push_back(attribute(table, "table:name") + " " + attribute(table, "table:style-name"));
    CHECK(tables == std::vector<std::string>{"Översikt 'år' & mål ta1", "Dold ta2", "Tom ta1", "Mycket dold ta2"});
    std::vector<std::string> columns;
    for (pugi::xml_node column : spreadsheet.child("table:table").children("table:table-column"))
        columns.push_back(attribute(column, "table:style-name") + "/" + attribute(column, "table:visibility"));
    CHECK(columns == std::vector<std::string>{"co1/", "co2/", "/", "co3/", "/", "/collapse"});
    pugi::xml_node range = spreadsheet.child("table:database-ranges").child("table:database-range");
    CHECK(attribute(range, "table:target-range-address") == "'Översikt ''år'' & mål'.A1:'Översikt ''år'' & mål'.F21");
    CHECK(attribute(range, "table:display-filter-buttons") == "true");
    CHECK(attribute(range, "table:name") == "__Anonymous_Sheet_DB__0");
}

TEST_CASE("ods parts: a cell's text is a paragraph per line with spaces and tabs as ODF keeps them") {
    written_package ods(write_ods(one_sheet({{0, 0, cell_type::string, "  a  b c \tz \n\nlast"}})));
    std::string content = ods.text("content.xml");
    CHECK(content.find("<text:p><text:s text:c=\"2\"/>a <text:s/>b c <text:tab/>z<text:s/></text:p>"
                       "<text:p/>"
                       "<text:p>last</text:p>") != std::string::npos);
}

TEST_CASE("ods parts: empty stretches are repeats, not millions of cells") {
    workbook book = one_sheet({{0, 0, cell_type::string, "top"},
                               {0, 16000, cell_type::number, "", 1},
                               {1000000, 3, cell_type::boolean, "", 1}});
    book.sheets[0].merges = {{2, 5, max_rows - 1, 7}};
    for (std::uint32_t row = 10; row < 500000; ++row) book.sheets[0].hidden_rows.push_back(row);
    stopwatch watch;
    written_package ods(write_ods(book));
    CHECK(watch.seconds() < time_limit(5));
    CHECK(ods.text("content.xml").size() < 20000);
    workbook back = read_ods(ods.bytes());
    check_same_content(book, back);
}

TEST_CASE("ods parts: merged cells span, the cells they cover are covered cells keeping their values") {
    workbook book = one_sheet({{0, 1, cell_type::string, "anchor"}, {1, 2, cell_type::string, "hidden under"}});
    book.sheets[0].merges = {{0, 1, 1, 3}};
    written_package ods(write_ods(book));
    pugi::xml_node table =
        ods.root("content.xml").child("office:body").child("office:spreadsheet").child("table:table");
    pugi::xml_node first = table.child("table:table-row");
    pugi::xml_node anchor = first.child("table:table-cell").next_sibling("table:table-cell");
    CHECK(attribute(anchor, "table:number-columns-spanned") == "3");
    CHECK(attribute(anchor, "table:number-rows-spanned") == "2");
    CHECK(attribute(first.child("table:covered-table-cell"), "table:number-columns-repeated") == "2");
    std::vector<std::string> second;
    for (pugi::xml_node c : first.next_sibling("table:table-row").children())
        if (c.type() == pugi::node_element)
            second.push_back(std::string(c.name()) + " " + attribute(c, "table:number-columns-repeated") + " " +
                             c.child("text:p").child_value());
    CHECK(second == std::vector<std::string>{"table:table-cell  ", "table:covered-table-cell  ",
                                             "table:covered-table-cell  hidden under", "table:covered-table-cell  "});
}

TEST_CASE("ods parts: dates and date-times get data styles that show what they hold") {
    written_package ods(
        write_ods(one_sheet({{0, 0, cell_type::date, "2019-03-31"}, {0, 1, cell_type::date, "2019-03-31T00:00:00"}})));
    std::string content = ods.text("content.xml");
    CHECK(content.find("table:style-name=\"ce0-d\" office:value-type=\"date\" office:date-value=\"2019-03-31\"") !=
          std::string::npos);
    CHECK(content.find("table:style-name=\"ce0-t\" office:value-type=\"date\" "
                       "office:date-value=\"2019-03-31T00:00:00\"") != std::string::npos);
    CHECK(content.find("<number:date-style style:name=\"N2\">") != std::string::npos);
    CHECK(content.find("<number:hours number:style=\"long\"/>") != std::string::npos);
}

TEST_CASE("ods parts: times and durations are ODF times shown in hours that do not wrap at midnight") {
    written_package ods(write_ods(one_sheet({{0, 0, cell_type::date, "12:00:00"},
                                             {0, 1, cell_type::date, "37:30:00"},
                                             {0, 2, cell_type::date, "-01:30:00"}})));
    std::string content = ods.text("content.xml");
    for (const char* value : {"PT12H00M00S", "PT37H30M00S", "-PT01H30M00S"})
        CHECK_MESSAGE(content.find(std::string("table:style-name=\"ce0-h\" office:value-type=\"time\" "
                                               "office:time-value=\"") +
                                   value + "\"") != std::string::npos,
                      value);
    CHECK(content.find("<text:p>37:30:00</text:p>") != std::string::npos);
    CHECK(content.find("<number:time-style style:name=\"N3\" number:truncate-on-overflow=\"false\">") !=
          std::string::npos);
}

TEST_CASE("ods parts: looks become cell styles with weight, wrapping, borders and background") {
    workbook book = one_sheet({});
    std::uint16_t look = book.style_index({true, true, true, "C6EFCE"});
    book.sheets[0].cells.push_back({0, 0, cell_type::string, "x", 0, look});
    std::string content = written_package(write_ods(book)).text("content.xml");
    CHECK(content.find("<style:table-cell-properties fo:background-color=\"#C6EFCE\" fo:border=\"0.74pt solid "
                       "#000000\" fo:wrap-option=\"wrap\"/>") != std::string::npos);
    CHECK(content.find("fo:font-weight=\"bold\"") != std::string::npos);
}

TEST_CASE("ods parts: settings freeze the header rows of each sheet and show the first visible sheet") {
    workbook book = synthetic_workbook();
    std::swap(book.sheets[0], book.sheets[1]);
    written_package ods(write_ods(book));
    std::string settings = ods.text("settings.xml");
    ods.root("settings.xml");
    CHECK(settings.find("xmlns:ooo=\"http://openoffice.org/2004/office\"") != std::string::npos);
    CHECK(settings.find("<config:config-item-set config:name=\"ooo:view-settings\">") != std::string::npos);
    CHECK(settings.find("<config:config-item-map-entry config:name=\"Översikt 'år' &amp; mål\">"
                        "<config:config-item config:name=\"HorizontalSplitMode\" config:type=\"short\">0"
                        "</config:config-item>"
                        "<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2"
                        "</config:config-item>") != std::string::npos);
    CHECK(settings.find("<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">1<") !=
          std::string::npos);
    CHECK(settings.find("<config:config-item config:name=\"ActiveTable\" config:type=\"string\">Översikt 'år' &amp; "
                        "mål</config:config-item>") != std::string::npos);
    CHECK(settings.find("Dold") == std::string::npos);
}

TEST_CASE("ods parts: meta.xml carries title, subject, creator and creation date") {
    written_package ods(write_ods(synthetic_workbook()));
    std::string meta = ods.text("meta.xml");
    CHECK(meta.find("<dc:title>Uppföljning &amp; rapport</dc:title>") != std::string::npos);
    CHECK(meta.find("<dc:subject>Nämndens mål</dc:subject>") != std::string::npos);
    CHECK(meta.find("<meta:initial-creator>Förvaltningen</meta:initial-creator>") != std::string::npos);
    CHECK(meta.find("<meta:creation-date>2024-05-17T08:30:00</meta:creation-date>") != std::string::npos);
}

}  // namespace mk::test
