// String items: _xHHHH_ escapes, rich-text runs and phonetic runs.
#include <doctest/doctest.h>

#include "converters/package/xml.hpp"
#include "converters/package/xml_stream.hpp"
#include "converters/xlsx/text.hpp"

namespace mk::xlsx {
namespace {

std::string unescaped(std::string_view text) {
    std::string out;
    append_unescaped(out, text);
    return out;
}

// The text of the string item xml, its root, streamed in pieces of a few bytes.
std::string item_text(std::string_view xml) {
    struct item_reader : xml_events {
        int depth = 0;
        string_item_events item;
        void start(std::string_view uri, std::string_view local, std::span<const xml_attribute_event>) override {
            if (depth++ > 0) item.start(uri == ns::spreadsheetml, local);
        }
        void end() override {
            if (--depth > 0) item.end();
        }
        void text(std::string_view piece) override {
            if (depth > 1) item.text(piece);
        }
    } reader;
    xml_stream stream("test.xml", reader);
    for (std::size_t at = 0; at < xml.size(); at += 5) stream.feed(xml.substr(at, 5));
    stream.finish();
    return reader.item.take();
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
