// XML parts: what is refused (DTDs, bad encodings, undeclared prefixes), what survives (deep
// nesting), and how names are rewritten by namespace URI whatever prefix the file used.
#include <doctest/doctest.h>

#include <sstream>

#include "converters/package/xml.hpp"
#include "error_code.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"
#include "tests/unit/time_limit.hpp"

namespace {

std::string parse_error(const std::string& text) {
    return mk::test::error_code([&] { mk::xml_part::parse(text, "xl/worksheets/sheet1.xml"); });
}

constexpr std::string_view ss = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

std::string with_ss(std::string_view before, std::string_view after) {
    return std::string(before) + std::string(ss) + std::string(after);
}

}  // namespace

TEST_CASE("a DOCTYPE with an external entity is refused") {
    CHECK(parse_error(R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>)") ==
          "xml.doctype");
    CHECK(parse_error(R"(<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x/>)") == "xml.doctype");
}

TEST_CASE("a billion-laughs DOCTYPE is refused at once") {
    std::string text = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)";
    std::string previous = "lol";
    for (int i = 1; i <= 9; ++i) {
        std::string name = "lol" + std::to_string(i);
        text += "<!ENTITY " + name + " \"";
        for (int j = 0; j < 10; ++j) text += "&" + previous + ";";
        text += "\">";
        previous = name;
    }
    text += "]><lolz>&lol9;</lolz>";
    mk::test::stopwatch watch;
    CHECK(parse_error(text) == "xml.doctype");
    CHECK(watch.seconds() < mk::test::time_limit(1));
}

TEST_CASE("invalid UTF-8 and NUL characters are refused") {
    CHECK(parse_error("<x>\xC3\x28</x>") == "xml.invalid");
    CHECK(parse_error("<x>\xFF\xFF\xFF</x>") == "xml.invalid");
    CHECK(parse_error("<x>\xED\xA0\x80</x>") == "xml.invalid");      // an encoded UTF-16 surrogate
    CHECK(parse_error("<x>\xC0\x80</x>") == "xml.invalid");          // an overlong NUL
    CHECK(parse_error("<x>\xC1\x81</x>") == "xml.invalid");          // an overlong "A"
    CHECK(parse_error("<x>\xE0\x80\xAF</x>") == "xml.invalid");      // an overlong "/"
    CHECK(parse_error("<x>\xF4\x90\x80\x80</x>") == "xml.invalid");  // above U+10FFFF
    CHECK(parse_error("<x>\xC3</x>") == "xml.invalid");              // cut short
    CHECK(parse_error(std::string("<x>a\0b</x>", 10)) == "xml.invalid");
    CHECK(parse_error("<x>\xC3\xA5\xC3\xA4\xC3\xB6</x>") == "no error");
}

TEST_CASE("malformed XML is refused naming the part") {
    try {
        mk::xml_part::parse("<x><y></x>", "xl/worksheets/sheet7.xml");
        FAIL("no error");
    } catch (const mk::error& e) {
        CHECK(e.code() == "xml.invalid");
        CHECK(e.msg().sv.find("xl/worksheets/sheet7.xml") != std::string::npos);
    }
    CHECK(parse_error("") == "xml.invalid");
    CHECK(parse_error("just text") == "xml.invalid");
}

TEST_CASE("200,000 levels of nesting are parsed without recursion") {
    constexpr int depth = 200'000;
    std::string text = with_ss("<worksheet xmlns=\"", "\">");
    for (int i = 0; i < depth; ++i) text += "<x:v xmlns:x=\"urn:deep\">";
    text += "deep";
    for (int i = 0; i < depth; ++i) text += "</x:v>";
    text += "</worksheet>";
    mk::test::stopwatch watch;
    mk::xml_part part = mk::xml_part::parse(text, "deep.xml");
    CHECK(std::string_view(part.root().name()) == "worksheet");
    CHECK(std::string_view(part.root().first_child().name()) == "{urn:deep}v");
    CHECK(mk::inner_text(part.root()) == "deep");
    CHECK(watch.seconds() < mk::test::time_limit(2));
    std::string unclosed = text.substr(0, text.find("deep"));
    CHECK(parse_error(unclosed) == "xml.invalid");
}

TEST_CASE("SpreadsheetML elements lose any prefix: default namespace, x: and odd prefixes alike") {
    for (std::string text :
         {with_ss("<worksheet xmlns=\"", "\"><sheetData><row r=\"1\"><c r=\"A1\"/></row></sheetData></worksheet>"),
          with_ss("<x:worksheet xmlns:x=\"", "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\"/></x:row></x:sheetData></x:worksheet>"),
          with_ss("<ns0:worksheet xmlns:ns0=\"", "\"><ns0:sheetData><ns0:row r=\"1\"><ns0:c r=\"A1\"/></ns0:row></ns0:sheetData></ns0:worksheet>"),
          std::string("<s:worksheet xmlns:s=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><s:sheetData><s:row "
                      "r=\"1\"><s:c r=\"A1\"/></s:row></s:sheetData></s:worksheet>")}) {
        CAPTURE(text);
        mk::xml_part part = mk::xml_part::parse(text, "sheet.xml");
        pugi::xml_node c = part.root().child("sheetData").child("row").child("c");
        CHECK(std::string_view(part.root().name()) == "worksheet");
        CHECK(std::string_view(c.attribute("r").value()) == "A1");
    }
}

TEST_CASE("WordprocessingML, relationships and ODF names get their canonical prefixes") {
    mk::xml_part word = mk::xml_part::parse(
        "<a:document xmlns:a=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" "
        "xmlns:q=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<a:body><a:p q:id=\"rId4\" xml:space=\"preserve\"/></a:body></a:document>",
        "word/document.xml");
    pugi::xml_node p = word.root().child("w:body").child("w:p");
    CHECK(std::string_view(word.root().name()) == "w:document");
    CHECK(std::string_view(p.attribute("r:id").value()) == "rId4");
    CHECK(std::string_view(p.attribute("xml:space").value()) == "preserve");

    mk::xml_part ods = mk::xml_part::parse(
        "<o:document-content xmlns:o=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:t=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
        "<o:body><o:spreadsheet><t:table t:name=\"Blad1\"><t:table-row><t:table-cell/></t:table-row></t:table>"
        "</o:spreadsheet></o:body></o:document-content>",
        "content.xml");
    pugi::xml_node table = ods.root().child("office:body").child("office:spreadsheet").child("table:table");
    CHECK(std::string_view(table.attribute("table:name").value()) == "Blad1");
    CHECK(table.child("table:table-row").child("table:table-cell"));
}

TEST_CASE("a prefix rebound in an inner element applies there only") {
    mk::xml_part part = mk::xml_part::parse(
        with_ss("<a:root xmlns:a=\"", "\"><a:inner xmlns:a=\"http://schemas.openxmlformats.org/"
                                       "wordprocessingml/2006/main\"><a:p/></a:inner><a:after/></a:root>"),
        "x.xml");
    CHECK(part.root().child("w:inner").child("w:p"));
    CHECK(part.root().child("after"));
    CHECK_FALSE(part.root().child("w:after"));
}

TEST_CASE("elements of unknown namespaces never match a known name") {
    mk::xml_part part = mk::xml_part::parse(
        "<x:worksheet xmlns:x=\"http://example.invalid/spreadsheetml\" xmlns:u=\"urn:other\">"
        "<x:sheetData u:r=\"1\"/></x:worksheet>",
        "sheet.xml");
    CHECK(std::string_view(part.root().name()) == "{http://example.invalid/spreadsheetml}worksheet");
    CHECK_FALSE(part.root().child("sheetData"));
    pugi::xml_node data = part.root().child("{http://example.invalid/spreadsheetml}sheetData");
    CHECK(std::string_view(data.attribute("{urn:other}r").value()) == "1");
}

TEST_CASE("an undeclared prefix is refused") {
    CHECK(parse_error("<x:worksheet/>") == "xml.invalid");
    CHECK(parse_error(with_ss("<worksheet xmlns=\"", "\"><y:c/></worksheet>")) == "xml.invalid");
    CHECK(parse_error(with_ss("<worksheet xmlns=\"", "\"><c y:r=\"A1\"/></worksheet>")) == "xml.invalid");
}

TEST_CASE("copy_of_parse: each copy is the parse's tree, apart from every other") {
    std::string text = "<w:document xmlns:w=\"" + std::string(mk::ns::wordprocessingml) +
                       "\" xmlns:o=\"urn:other\"><w:body><w:p><o:x/></w:p></w:body></w:document>";
    auto printed = [](const mk::xml_part& part) {
        std::ostringstream out;
        part.root().print(out, "", pugi::format_raw);
        return out.str();
    };
    std::string parsed = printed(mk::xml_part::parse(text, "word/document.xml"));
    auto first = mk::xml_part::copy_of_parse(text, "word/document.xml");
    CHECK(printed(first) == parsed);
    first.root().child("w:body").remove_child("w:p");
    first.root().set_name("changed");
    auto second = mk::xml_part::copy_of_parse(text, "word/document.xml");
    CHECK(printed(second) == parsed);
    CHECK(second.root().child("w:body").child("w:p").child("{urn:other}x"));
}

TEST_CASE("copy_of_parse: refuses what parse refuses, each time") {
    auto copy_error = [](const std::string& text) {
        return mk::test::error_code([&] { mk::xml_part::copy_of_parse(text, "word/document.xml"); });
    };
    CHECK(copy_error("<x>\xC3\x28</x>") == "xml.invalid");
    CHECK(copy_error("<x>\xC3\x28</x>") == "xml.invalid");
    CHECK(copy_error("<!DOCTYPE x><x/>") == "xml.doctype");
}

TEST_CASE("copy_of_parse: a copy the memory budget cuts short is refused, not handed on incomplete") {
    std::string text = "<x>";
    for (int i = 0; i < 2000; ++i) text += "<y a=\"" + std::to_string(i) + "\"/>";
    text += "</x>";
    mk::xml_part::copy_of_parse(text, "content.xml");  // parsed and remembered outside any budget
    mk::memory_budget budget(16 << 10);
    CHECK(mk::test::error_code([&] { mk::xml_part::copy_of_parse(text, "content.xml"); }) == "memory.budget");
}
