// SmartArt in a .docx: a note of its paragraph with its drawing's name and, a line each, the texts of
// its data part (word/diagrams/data1.xml), in the order the diagram shows them. Before, only the
// name was given and the texts were lost.
#include <doctest/doctest.h>

#include "converters/docx/diagram.hpp"
#include "converters/docx/read.hpp"
#include "converters/package/xml.hpp"
#include "tests/unit/xlsx/package_edit.hpp"

namespace mk::test {
namespace {

// The texts diagram_text reads from a data model of points and connections.
std::string texts_of(std::string points, std::string connections) {
    xml_part part = xml_part::parse(
        "<dgm:dataModel xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><dgm:ptLst>" +
            points + "</dgm:ptLst><dgm:cxnLst>" + connections + "</dgm:cxnLst></dgm:dataModel>",
        "word/diagrams/data1.xml");
    return docx::diagram_text(part.root());
}

std::string point(std::string_view id, std::string_view text, std::string_view type = "") {
    std::string out = "<dgm:pt modelId=\"" + std::string(id) + "\"";
    if (!type.empty()) out += " type=\"" + std::string(type) + "\"";
    out += "><dgm:t><a:p><a:r><a:t>" + std::string(text) + "</a:t></a:r></a:p></dgm:t></dgm:pt>";
    return out;
}

std::string parent_of(std::string_view parent, std::string_view child, int order) {
    return "<dgm:cxn modelId=\"c" + std::string(child) + "\" srcId=\"" + std::string(parent) + "\" destId=\"" +
           std::string(child) + "\" srcOrd=\"" + std::to_string(order) + "\" destOrd=\"0\"/>";
}

}  // namespace

TEST_CASE("SmartArt: Word's diagram is named by its drawing, then its three texts") {
    document doc = read_docx(source_bytes("tests/data/word/shp-inline-shape-access.docx"));
    std::vector<std::string> objects;
    for (const block& b : doc.blocks)
        for (const block_note& note : b.notes)
            if (note.kind == note_kind::embedded_object) objects.push_back(note.text);
    CHECK(objects == std::vector<std::string>{"Diagram 3\nfoo\nbar\nbaz"});
}

TEST_CASE("SmartArt: texts in the order of the diagram's connections, a child under its parent") {
    std::string points = point("d", "", "doc") + point("2", "Andra målet") + point("1", "Första målet") +
                         point("1a", "Aktivitet under det första") + point("t", "övergång", "parTrans") +
                         point("p", "presentation", "pres");
    std::string connections = parent_of("d", "2", 1) + parent_of("d", "1", 0) + parent_of("1", "1a", 0);
    CHECK(texts_of(points, connections) == "Första målet\nAktivitet under det första\nAndra målet");
}

TEST_CASE("SmartArt: a point no connection reaches still comes, and a cycle of connections ends") {
    std::string points = point("d", "", "doc") + point("1", "Ett") + point("2", "Två") + point("lost", "Utan koppling");
    std::string connections = parent_of("d", "1", 0) + parent_of("1", "2", 0) + parent_of("2", "1", 0);
    CHECK(texts_of(points, connections) == "Ett\nTvå\nUtan koppling");
}

}  // namespace mk::test
