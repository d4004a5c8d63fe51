// The outline the fillers share: headings over blocks, removed sections, manual numbers without gaps.
#include <doctest/doctest.h>

#include <pugixml.hpp>

#include "converters/package/fill_outline.hpp"
#include "converters/package/fill_text.hpp"

using namespace mk;

TEST_CASE("a block stands under the open headings, a heading under itself") {
    pugi::xml_document doc;
    auto node = doc.append_child("p");
    heading_stack stack;
    stack.locate(node, 1, "2. RESULTAT");
    stack.locate(node, 2, "ÅK 3 - Nationella prov");
    CHECK(stack.locate(node, 0, "").headings == std::vector<std::string>{"2.resultat", "åk3-nationellaprov"});
    CHECK(stack.locate(node, 2, "Skillnad").headings == std::vector<std::string>{"2.resultat", "skillnad"});
    CHECK(stack.locate(node, 1, "BILAGOR").headings == std::vector<std::string>{"bilagor"});
}

TEST_CASE("a removed section takes its blocks up to the next heading of its level, and its contents entry") {
    std::vector<std::vector<std::string>> removed{{"RESULTATREDOVISNING", "ÅK 3"}};
    section_cutter cutter(removed);
    CHECK(cutter.removes(0, "2. ÅK 3 - RESULTATREDOVISNING\t3", true));
    CHECK_FALSE(cutter.removes(0, "3. ÅK 6 - RESULTATREDOVISNING\t5", true));
    CHECK_FALSE(cutter.removes(1, "1. PRESENTATION", false));
    CHECK(cutter.removes(1, "2. RESULTATREDOVISNING ÅK 3", false));
    CHECK(cutter.removes(0, "Måluppfyllelse", false));
    CHECK(cutter.removes(2, "ÅK 3 - Nationella prov", false));
    CHECK_FALSE(cutter.removes(1, "3. RESULTATREDOVISNING ÅK 6", false));
    CHECK_FALSE(cutter.removes(0, "Måluppfyllelse", false));
}

TEST_CASE("manual numbers close the gaps removed sections leave, among their siblings only") {
    pugi::xml_document doc;
    std::vector<pugi::xml_node> nodes;
    for (int i = 0; i < 9; ++i) nodes.push_back(doc.append_child("p"));
    outline_numbers numbers;
    numbers.note(nodes[0], 0, "1. PRESENTATION\t2", false);
    numbers.note(nodes[1], 0, "2. ÅK 3\t3", true);
    numbers.note(nodes[2], 0, "3. ÅK 6\t5", false);
    numbers.note(nodes[3], 1, "1. PRESENTATION", false);
    numbers.note(nodes[4], 1, "2. ÅK 3", true);
    numbers.note(nodes[5], 1, "3. ÅK 6", false);
    // A list of its own under the section: no gap there, nothing changes.
    numbers.note(nodes[6], 2, "1. Lärande", false);
    numbers.note(nodes[7], 2, "2. Trygghet", false);
    numbers.note(nodes[8], 1, "UPPFÖLJNING", false);
    auto changes = numbers.changes();
    REQUIRE(changes.size() == 2);
    CHECK(changes[0] == std::pair{nodes[2], 2});
    CHECK(changes[1] == std::pair{nodes[5], 2});
}

TEST_CASE("a number is replaced even when split over runs, the rest of the text kept") {
    pugi::xml_document doc;
    doc.load_string("<p><r> 1</r><r>0. AVSLUTNINGSVIS 10.</r></p>");
    std::vector<pugi::xml_node> slots;
    for (auto r : doc.child("p").children()) slots.push_back(r.first_child());
    CHECK(renumber_slots(slots, 8));
    CHECK(std::string(slots[0].value()) + slots[1].value() == " 8. AVSLUTNINGSVIS 10.");
    doc.load_string("<p><r>BILAGA 1 - SK-HJULET</r></p>");
    CHECK_FALSE(renumber_slots({doc.child("p").first_child().first_child()}, 2));
}

TEST_CASE("a cell fill names its row under a section row and its column by containment") {
    std::vector<std::string> header{"", "VT-21", "VT-22", "VT-23", "Huddinge kommun VT-23"};
    std::vector<std::string> first{"", "Meritvärde (17 ämnen)", "Flicka", "Pojke", "Minst E i lästa ämnen", "Flicka", "Pojke"};
    cell_fill fill{{{}, ""}, "Flicka", "VT-23", "85 %", "Minst E"};
    auto place = place_of(fill, header, first);
    CHECK(place.rows == std::vector<std::size_t>{5});
    CHECK(place.column == 3);
    fill = {{{}, ""}, "", "kommun VT-23", "233,5", "Meritvärde"};
    place = place_of(fill, header, first);
    CHECK(place.rows == std::vector<std::size_t>{1});
    CHECK(place.column == 4);
    fill = {{{}, ""}, "Flicka", "VT-20", "1"};
    place = place_of(fill, header, first);
    CHECK(place.rows == std::vector<std::size_t>{2, 5});
    CHECK(place.column == header.size());
}
