#include "src/core/xml_writer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mk;

TEST_CASE("xml_writer indents element content and keeps text elements on one line") {
    xml_writer out;
    out.start("a");
    out.attribute("k", "v\n");
    out.text_element("b", "x & y");
    out.start("c");
    out.end();
    out.end();
    CHECK(out.finish() ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a k=\"v&#10;\">\n  <b>x &amp; y</b>\n  <c/>\n</a>\n");
}

TEST_CASE("xml_writer in the compact layout adds no white space between elements") {
    xml_writer out(xml_layout::compact);
    out.start("a");
    out.attribute("k", "v\n");
    out.text_element("b", " x  y ");
    out.start("c");
    out.start("p");
    out.text("a");
    out.text_element("span", "b");
    out.end();
    out.end();
    out.end();
    CHECK(out.finish() ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a k=\"v&#10;\"><b> x  y </b><c><p>a<span>b</span></p></c></a>");
}

TEST_CASE("xml_writer writes mixed content inline, adding no white space") {
    xml_writer out;
    out.start("cell");
    out.start("p");
    out.text("a");
    out.start("s");
    out.attribute("c", "2");
    out.end();
    out.text("b");
    out.text_element("span", "c");
    out.end();
    out.start("p");
    out.end();
    out.end();
    CHECK(
        out.finish() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cell>\n  <p>a<s c=\"2\"/>b<span>c</span></p>\n  <p/>\n</cell>\n");
}

TEST_CASE("xml_writer with a sink hands over the same document in pieces, none held whole") {
    auto write = [](xml_writer& out) {
        out.start("rows");
        for (int i = 0; i < 20000; ++i) out.text_element("row", "rad " + std::to_string(i));
        out.end();
    };
    xml_writer whole;
    write(whole);
    std::string expected = whole.finish();
    std::vector<std::string> pieces;
    xml_writer streamed([&](std::string_view piece) { pieces.emplace_back(piece); });
    write(streamed);
    CHECK(streamed.finish().empty());
    std::string joined;
    for (const std::string& piece : pieces) {
        CHECK(piece.size() < (1u << 16) + 64);
        joined += piece;
    }
    CHECK(pieces.size() > 4);
    CHECK(joined == expected);
}

TEST_CASE("xml_writer escaping: two-byte UTF-8 is written as it is, broken or overlong sequences as U+FFFD") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(escape_text("Åtagande för förskolan, é") == "Åtagande för förskolan, é");
    CHECK(escape_attribute("delår \"1\"") == "delår &quot;1&quot;");
    CHECK(escape_text("\xC2\x80 \xDF\xBF") == "\xC2\x80 \xDF\xBF");  // U+0080 and U+07FF, the ends of the range
    CHECK(escape_text("a\xC0\x80"
                      "b") == "a" + fffd + fffd + "b");                         // overlong NUL
    CHECK(escape_text("\xC1\xBF") == fffd + fffd);                              // overlong
    CHECK(escape_text("ö\xC3") == "ö" + fffd);                                  // lead byte at the end
    CHECK(escape_text("\xC3(<") == fffd + "(&lt;");                             // lead byte without its continuation
    CHECK(escape_text("\x80\xBF") == fffd + fffd);                              // continuation bytes alone
    CHECK(escape_text("\xE2\x80\x93 \xEF\xBF\xBE") == "\xE2\x80\x93 " + fffd);  // three bytes: – kept, U+FFFE not
}

TEST_CASE("xml_writer fragments written apart give the bytes of the same elements written in place") {
    auto rows = [](xml_writer& out, int from, int to) {
        for (int i = from; i < to; ++i) {
            out.start("row");
            out.attribute("n", std::to_string(i));
            out.text_element("cell", "värde " + std::to_string(i));
            out.end();
        }
    };
    xml_writer whole;
    whole.start("sheet");
    whole.start("rows");
    rows(whole, 0, 3000);
    whole.end();
    whole.end();
    std::string expected = whole.finish();

    for (bool streamed : {false, true}) {
        std::string joined;
        xml_writer out = streamed ? xml_writer([&](std::string_view piece) { joined += piece; }) : xml_writer();
        out.start("sheet");
        out.start("rows");
        for (int from = 0; from < 3000; from += 1000) {
            xml_writer piece = xml_writer::fragment(out.depth());
            rows(piece, from, from + 1000);
            out.append_fragment(piece.finish());
        }
        out.end();
        out.end();
        joined += out.finish();
        CHECK(joined == expected);
    }
}
