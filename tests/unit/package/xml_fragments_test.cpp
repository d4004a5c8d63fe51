// Streamed parts read child by child as small trees (xml_fragments): the names xml_part gives,
// whatever prefixes the file used; text whole; only the children of the element on the path.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "converters/package/xml_fragments.hpp"
#include "converters/package/xml_stream.hpp"

namespace {

// Each child handed over, as pugixml prints it without indentation, one a line.
std::string fragments(std::string_view text, std::vector<std::string> path, bool* found = nullptr) {
    std::string out;
    mk::xml_fragments builder("part.xml", std::move(path), [&](pugi::xml_node child) {
        std::ostringstream printed;
        child.print(printed, "", pugi::format_raw);
        out += printed.str() + "\n";
    });
    mk::xml_stream stream("part.xml", builder);
    // Pieces of 2 bytes: text and tags split everywhere.
    for (std::size_t at = 0; at < text.size(); at += 2) stream.feed(text.substr(at, 2));
    stream.finish();
    if (found) *found = builder.found();
    return out;
}

constexpr std::string_view w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

}  // namespace

TEST_CASE("xml fragments: each child of the path's element, with the names xml_part gives") {
    std::string doc = "<q:document xmlns:q=\"" + std::string(w) +
                      "\" xmlns:u=\"urn:unknown\"><q:body>\n"
                      "<q:p q:rsid=\"1\"><q:r><q:t xml:space=\"preserve\"> a &amp; b </q:t></q:r></q:p>\n"
                      "<u:x plain=\"1\"><![CDATA[c]]>d</u:x><q:sectPr/></q:body></q:document>";
    bool found = false;
    CHECK(fragments(doc, {"w:document", "w:body"}, &found) ==
          "<w:p w:rsid=\"1\"><w:r><w:t xml:space=\"preserve\"> a &amp; b </w:t></w:r></w:p>\n"
          "<{urn:unknown}x plain=\"1\">cd</{urn:unknown}x>\n"
          "<w:sectPr/>\n");
    CHECK(found);
}

TEST_CASE("xml fragments: elements off the path are passed over, and a missing path is told") {
    std::string doc = "<w:document xmlns:w=\"" + std::string(w) +
                      "\"><w:background><w:p/></w:background><w:body><w:p/></w:body><w:body><w:tbl/></w:body>"
                      "</w:document>";
    CHECK(fragments(doc, {"w:document", "w:body"}) == "<w:p/>\n<w:tbl/>\n");
    bool found = true;
    CHECK(fragments("<w:document xmlns:w=\"" + std::string(w) + "\"><w:p/></w:document>", {"w:document", "w:body"},
                    &found)
              .empty());
    CHECK_FALSE(found);
    CHECK(fragments("<body><p/></body>", {"w:document", "w:body"}, &found).empty());
    CHECK_FALSE(found);
}
