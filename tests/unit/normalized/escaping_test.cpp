#include <doctest/doctest.h>

#include "src/normalized/read.hpp"
#include "src/normalized/write.hpp"
#include "src/core/xml_writer.hpp"

using namespace mk;

namespace {

// A document carrying text both in elements (goal text, comment) and in attributes (perspective,
// status word, label).
model::document carrying(const std::string& text) {
    model::document doc;
    model::goal g;
    g.id = "g";
    g.text = text;
    g.perspective = text;
    doc.goals.push_back(g);
    model::activity a;
    a.id = "a";
    a.goal = model::link{"g", model::link_kind::structure, std::nullopt};
    a.text = text;
    model::status_report s;
    s.word = text;
    s.label = text;
    s.comment = text;
    a.statuses.push_back(s);
    doc.activities.push_back(a);
    return doc;
}

std::string read_back(const std::string& text) {
    model::document doc = normalized::read_normalized(normalized::write_normalized(carrying(text)));
    const model::status_report& s = doc.activities.at(0).statuses.at(0);
    CHECK(doc.goals.at(0).perspective == doc.goals.at(0).text);
    CHECK(s.word == doc.goals.at(0).text);
    CHECK(s.label == doc.goals.at(0).text);
    CHECK(s.comment == doc.goals.at(0).text);
    CHECK(doc.activities.at(0).text == doc.goals.at(0).text);
    return doc.goals.at(0).text;
}

}  // namespace

TEST_CASE("escaping: markup characters and quotes round-trip in text and attributes") {
    std::string text = "a & b < c > d \"quoted\" 'apos' ]]> &amp; <tag/>";
    CHECK(read_back(text) == text);
}

TEST_CASE("escaping: line breaks, CR, tabs and leading or trailing spaces round-trip") {
    for (std::string text : {"line 1\nline 2", "windows\r\nbreak", "lone\rcr", "tab\there", "  padded  ",
                             "\nstarts with a break", "Ändrat till Q4.\nStändigt pågående arbete.\n"}) {
        CAPTURE(text);
        CHECK(read_back(text) == text);
    }
}

TEST_CASE("escaping: characters XML 1.0 cannot carry become U+FFFD, and the output stays valid") {
    CHECK(read_back(std::string("bell\x07 nul") + '\0' + "end") == "bell\xEF\xBF\xBD nul\xEF\xBF\xBD" "end");
    CHECK(read_back("bad \xC3 utf-8") == "bad \xEF\xBF\xBD utf-8");
    CHECK(read_back("nonchar \xEF\xBF\xBF") == "nonchar \xEF\xBF\xBD");
    CHECK(read_back("kept: \xF0\x9F\x99\x82 \xE2\x80\x93") == "kept: \xF0\x9F\x99\x82 \xE2\x80\x93");
}

TEST_CASE("escaping: the exact escapes of element text and attributes") {
    CHECK(escape_text("<a & \"b\">\r\n\t") == "&lt;a &amp; \"b\"&gt;&#13;\n\t");
    CHECK(escape_attribute("<a & \"b\">\r\n\t") == "&lt;a &amp; &quot;b&quot;&gt;&#13;&#10;&#9;");
}
