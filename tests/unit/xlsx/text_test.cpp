// String items: _xHHHH_ escapes, rich-text runs and phonetic runs.
#include <doctest/doctest.h>

#include "converters/package/xml.hpp"
#include "converters/xlsx/text.hpp"

namespace mk::xlsx {
namespace {

std::string unescaped(std::string_view text) {
    std::string out;
    append_unescaped(out, text);
    return out;
}

std::string item_text(std::string xml) {
    xml_part part = xml_part::parse(std::move(xml), "test.xml");
    return string_item_text(part.root());
}

}  // namespace

TEST_CASE("_xHHHH_ escapes are decoded") {
    CHECK(unescaped("rad 1_x000D_\nrad 2") == "rad 1\r\nrad 2");
    CHECK(unescaped("_x0009_tab") == "\ttab");
    CHECK(unescaped("_x00E5__x00C5_") == "åÅ");
    CHECK(unescaped("_x00e5_") == "å");
    CHECK(unescaped("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");
}

TEST_CASE("_x005F_ escapes the underscore of a literal _xHHHH_") {
    CHECK(unescaped("_x005F_x000D_") == "_x000D_");
    CHECK(unescaped("a_x005F_b") == "a_b");
}

TEST_CASE("what is no escape stays as written") {
    for (const char* text : {"_x00D_", "_x000G_", "_X000D_", "_x000D", "x000D_", "_x0000_", "_xD83D_", "_xDE00_",
                             "plain_text", "_x", "__x000"})
        CHECK(unescaped(text) == text);
    CHECK(unescaped("__x000D_") == "_\r");
}

TEST_CASE("rich-text runs are joined and phonetic runs left out") {
    const char* xml =
        "<si xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space=\"preserve\"> och </t></r><r><t>vanlig_x000D_</t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh><phoneticPr fontId=\"1\"/></si>";
    CHECK(item_text(xml) == "Fet och vanlig\r");
}

TEST_CASE("plain string items keep their white space and line breaks exactly") {
    CHECK(item_text(
              "<is xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><t>  två\nrader  </t></is>") ==
          "  två\nrader  ");
    CHECK(item_text("<is xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><t> </t></is>") == " ");
    CHECK(item_text("<is xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><t>a<![CDATA[<b>]]></t>"
                    "</is>") == "a<b>");
}

}  // namespace mk::xlsx
