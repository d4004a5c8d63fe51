// The body of a .docx read as a stream, one top-level paragraph or table at a time (issue #16):
// the same blocks as the tree of the whole part gives (Word's own files included), handed over as
// they are read, within a memory budget far smaller than the tree of the part.
#include <doctest/doctest.h>

#include "converters/docx/read.hpp"
#include "converters/package/opc.hpp"
#include "converters/package/xml.hpp"
#include "converters/registry.hpp"
#include "src/container/document_dump.hpp"
#include "src/core/memory_budget.hpp"
#include "tests/unit/docx/document_queries.hpp"

namespace mk::test {
namespace {

// features.docx with count short paragraphs added at the start of its body.
std::string many_paragraphs(std::size_t count) {
    return edited_package(source_bytes("tests/data/docx/features.docx"), "word/document.xml", [&](std::string& text) {
        std::string added;
        for (std::size_t i = 0; i < count; ++i)
            added += "<w:p><w:r><w:t>Stycke " + std::to_string(i) + "</w:t></w:r></w:p>";
        text.insert(text.find("<w:body>") + 8, added);
    });
}

}  // namespace

TEST_CASE("docx stream: every document reads as its tree does") {
    std::vector<std::string> documents = {source_bytes("tests/data/docx/features.docx"),
                                          source_bytes("tests/data/docx/arbetsplan-tabell.docx"),
                                          source_bytes("tests/data/docx/arbetsplan-kf-tabell.docx"),
                                          fixture_bytes("malkedja/grundskolenamnden-arbetsplan.docx"),
                                          fixture_bytes("malkedja/svenljunga-plan-2026.docx"),
                                          fixture_bytes("sk/sk-mall-2023-2024.docx"),
                                          fixture_bytes("sk/exempelskolan-ifylld-2023.docx")};
    for (const char* word : {"blk-inner-content", "comments-rich-para", "doc-odd-even-hdrs", "par-hyperlinks",
                             "sct-inner-content", "tbl-having-tables"})
        documents.push_back(source_bytes("tests/data/word/" + std::string(word) + ".docx"));
    for (const std::string& bytes : documents) {
        std::string tree = dump_document(read_as_tree(bytes));
        CHECK(dump_document(read_docx(bytes)) == tree);
        std::string streamed;
        document rest = read_document(bytes, [&](block&& b) { dump_block(b, streamed); });
        CHECK(rest.blocks.empty());
        dump_page_texts(rest, streamed);
        CHECK(streamed == tree);
    }
}

TEST_CASE("docx stream: Word's own files read with their hyperlinks, sections and headers") {
    document links = read_docx(source_bytes("tests/data/word/par-hyperlinks.docx"));
    CHECK(find_text(links.blocks, "Three hyperlinks: the first one here, the second one, and the third.").kind ==
          block_kind::paragraph);
    document pages = read_docx(source_bytes("tests/data/word/doc-odd-even-hdrs.docx"));
    CHECK(pages.page_headers == std::vector<std::string>{"Even page header.", "Odd page header."});
    document sections = read_docx(source_bytes("tests/data/word/sct-inner-content.docx"));
    CHECK(all_tables(sections.blocks).size() == 2);
    document tables = read_docx(source_bytes("tests/data/word/tbl-having-tables.docx"));
    CHECK(all_tables(tables.blocks).size() == 3);
}

TEST_CASE("docx stream: blocks are handed over as they are read, not at the end") {
    std::string bytes = many_paragraphs(3);
    std::size_t handed = 0;
    auto stop_at_second = [&](block&&) {
        if (++handed == 2) throw std::runtime_error("stop");
    };
    CHECK_THROWS_AS(read_docx(bytes, stop_at_second), std::runtime_error);
    CHECK(handed == 2);
}

TEST_CASE("docx stream: a body larger than its tree's budget is read") {
    std::string bytes = many_paragraphs(100'000);
    {
        memory_budget budget(24ull << 20);
        CHECK(error_code_of([&] { read_as_tree(bytes); }) == "memory.budget");
    }
    memory_budget budget(24ull << 20);
    std::size_t paragraphs = 0;
    read_docx(bytes, [&](block&& b) { paragraphs += b.text.starts_with("Stycke "); });
    CHECK(paragraphs == 100'000);
}

}  // namespace mk::test
