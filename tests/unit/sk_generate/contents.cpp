// The table of contents and the area after sections are removed: numbers without gaps, no stale
// page numbers in a static table of contents, Word's update on open for a TOC field only.
#include <doctest/doctest.h>

#include <cctype>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"
#include "converters/registry.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/file_io.hpp"
#include "src/sk/plan.hpp"
#include "src/text/ascii.hpp"

using namespace mk;

namespace {

std::string template_bytes(const std::string& format) {
    return read_input_file(std::string(MK_FIXTURES) + "/sk/sk-mall-2023-2024." + format);
}

// Björkskolan-like: F-6 in Mellersta/Nordvästra, for the template's own läsår.
fill_plan f6_plan() {
    sk::plan_inputs in;
    in.lasar = 2023;
    in.template_lasar = 2023;
    in.template_area = "Sydvästra/Östra";
    model::school school{};
    school.name = "Björkskolan";
    school.area = "Mellersta/Nordvästra";
    school.stages = "F-6";
    return sk::plan_for_school(in, school, {}, false);
}

// The texts of the table-of-contents entries.
std::vector<std::string> toc_entries(const document& doc) {
    std::vector<std::string> texts;
    for (const auto& b : doc.blocks) {
        std::string style = text::ascii_lower(b.style);
        if ((style.starts_with("toc ") || style.starts_with("contents")) && !style.ends_with("heading"))
            texts.push_back(b.text);
    }
    return texts;
}

std::string settings_of(const std::string& docx) {
    auto package = zip_package::open(docx);
    return package.read("word/settings.xml");
}

}  // namespace

TEST_CASE("an F-6 school: contents renumbered, stale page numbers dropped, its area and stages named") {
    auto plan = f6_plan();
    for (std::string format : {"docx", "odt"}) {
        auto filled = format == "docx" ? fill_docx(template_bytes(format), plan).bytes
                                       : fill_odt(template_bytes(format), plan).bytes;
        auto doc = read_document(filled);
        auto toc = toc_entries(doc);
        REQUIRE(toc.size() == 18);
        // Before the removed ÅK 9 entry the page numbers still hold; after it they are gone.
        CHECK(toc[3] == "3. ÅK 6 - RESULTATREDOVISNING\t5");
        CHECK(toc[4] == "4. NORMER & VÄRDEN - RESULTATREDOVISNING");
        CHECK(toc[10] == "9. AVSLUTNINGSVIS");
        CHECK(toc[17] == "BILAGA 7 - STÖD & INSTRUKTIONER");
        std::vector<std::string> numbered;
        for (const auto& b : doc.blocks)
            if (b.kind == block_kind::heading && b.level == 1 && b.text[0] >= '0' && b.text[0] <= '9')
                numbered.push_back(b.text.substr(0, b.text.find(' ')));
        CHECK(numbered == std::vector<std::string>{"1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."});
        auto text = dump_document(doc);
        CHECK(text.find("Innehållsförteckning F-6") != std::string::npos);
        CHECK(text.find("utvecklingsområden för Mellersta/Nordvästra. Om det står SKA") != std::string::npos);
        CHECK(text.find("utvecklingsområden för Sydvästra/Östra") == std::string::npos);
        // The survey tables' area columns keep their names.
        CHECK(text.find("SYDVÄSTRA/") != std::string::npos);
    }
    // The template's table of contents is static: Word would only ask, and update nothing.
    CHECK(settings_of(fill_docx(template_bytes("docx"), plan).bytes).find("updateFields") == std::string::npos);
}

TEST_CASE("a .docx whose table of contents is a field: Word updates it on open") {
    auto bytes = template_bytes("docx");
    auto package = zip_package::open(bytes);
    std::vector<zip_entry> entries;
    for (const auto& name : package.names()) {
        zip_entry entry{name, package.read(name), false};
        if (name == "word/document.xml") {
            auto at = entry.bytes.find("<w:body>") + std::string("<w:body>").size();
            entry.bytes.insert(at,
                               "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\""
                               "preserve\"> TOC \\o \"1-1\" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\""
                               "end\"/></w:r></w:p>");
        }
        entries.push_back(std::move(entry));
    }
    auto filled = fill_docx(write_zip(entries), f6_plan()).bytes;
    CHECK(settings_of(filled).find("<w:updateFields w:val=\"true\"/>") != std::string::npos);
    auto toc = toc_entries(read_document(filled));
    REQUIRE(toc.size() == 18);
    CHECK(toc[4] == "4. NORMER & VÄRDEN - RESULTATREDOVISNING\t9");
}
