#include "src/core/xml_writer.hpp"

#include <doctest/doctest.h>

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
