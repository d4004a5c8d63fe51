// Streamed XML parts: names by namespace URI whatever prefix the file used, the same refusals as a
// part read whole (DTDs, bad encodings, undeclared prefixes), and parts split at any byte.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "converters/package/xml.hpp"
#include "converters/package/xml_stream.hpp"
#include "converters/package/zip.hpp"
#include "error_code.hpp"
#include "src/core/error.hpp"
#include "tests/unit/time_limit.hpp"
#include "zip_writer.hpp"

namespace {

// Every event as a line: "+{uri}local a={uri}local=value ...", "-", or "text".
struct recorder : mk::xml_events {
    std::vector<std::string> lines;
    void start(std::string_view uri, std::string_view local,
               std::span<const mk::xml_attribute_event> attributes) override {
        std::string line = "+{" + std::string(uri) + "}" + std::string(local);
        for (const auto& a : attributes)
            line += " {" + std::string(a.uri) + "}" + std::string(a.local) + "=" + std::string(a.value);
        lines.push_back(line);
    }
    void end() override { lines.push_back("-"); }
    void text(std::string_view piece) override {
        if (!lines.empty() && lines.back().starts_with("\"")) {
            lines.back().insert(lines.back().size() - 1, piece);
        } else {
            lines.push_back("\"" + std::string(piece) + "\"");
        }
    }
};

// The events of text fed in pieces of size bytes.
std::vector<std::string> events(std::string_view text, std::size_t size = 3) {
    recorder r;
    mk::xml_stream stream("part.xml", r);
    for (std::size_t at = 0; at < text.size(); at += size) stream.feed(text.substr(at, size));
    stream.finish();
    return r.lines;
}

std::string stream_error(std::string_view text, std::size_t size = 3) {
    return mk::test::error_code([&] { events(text, size); });
}

}  // namespace

TEST_CASE("streamed names are matched by namespace URI, whatever prefix the file used") {
    std::vector<std::string> expected{"+{urn:a}root", "+{urn:a}c {}r=A1 {urn:b}x=1", "\"text\"", "-", "-"};
    CHECK(events(R"(<root xmlns="urn:a" xmlns:q="urn:b"><c r="A1" q:x="1">text</c></root>)") == expected);
    CHECK(events(R"(<p:root xmlns:p="urn:a"><p:c xmlns:z="urn:b" r="A1" z:x="1">text</p:c></p:root>)") == expected);
}

TEST_CASE("a declaration holds inside its element only, and xmlns=\"\" takes the default away") {
    CHECK(events(R"(<a xmlns="urn:a"><b xmlns="urn:b"/><c xmlns=""/><d/></a>)") ==
          std::vector<std::string>{"+{urn:a}a", "+{urn:b}b", "-", "+{}c", "-", "+{urn:a}d", "-", "-"});
    CHECK(stream_error(R"(<a><b xmlns:p="urn:p"/><p:c/></a>)") == "xml.invalid");
    // A prefix bound again inside, used before and after: each name takes the binding in scope.
    CHECK(events(R"(<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"><p:c/></p:b><p:d/><p:e xmlns:q="urn:3"/><p:f/></p:a>)",
                 200) == std::vector<std::string>{"+{urn:1}a", "+{urn:2}b", "+{urn:2}c", "-", "-", "+{urn:1}d", "-",
                                                  "+{urn:1}e", "-", "+{urn:1}f", "-", "-"});
}

TEST_CASE("one namespace URI is given as one view throughout a part, however often it is declared") {
    // The worksheet reader compares SpreadsheetML's URI by address once it has seen it.
    struct addresses : mk::xml_events {
        std::vector<std::pair<std::string, const char*>> seen;
        void start(std::string_view uri, std::string_view local,
                   std::span<const mk::xml_attribute_event> attributes) override {
            seen.emplace_back(std::string(local), uri.data());
            for (const auto& a : attributes) seen.emplace_back(std::string(a.local), a.uri.data());
        }
        void end() override {}
        void text(std::string_view) override {}
    } r;
    mk::xml_stream stream("part.xml", r);
    stream.feed(R"(<a xmlns:p="urn:same"><b xmlns="urn:same" p:x="1"/><c xmlns="urn:other"/>)"
                R"(<d xmlns="urn:same"/><p:e/></a>)");
    stream.finish();
    REQUIRE(r.seen.size() == 6);
    CHECK(r.seen[1].first == "b");
    for (std::size_t i : {2, 4, 5}) CHECK(r.seen[i].second == r.seen[1].second);
    CHECK(r.seen[3].first == "c");
    CHECK(r.seen[3].second != r.seen[1].second);
}

TEST_CASE("uri_match finds its URI by content, then by address, and nothing else") {
    std::string same = "urn:same", other = "urn:oth", longer = "urn:same:x";
    mk::uri_match match("urn:same");
    CHECK_FALSE(match(""));
    CHECK_FALSE(match(other));
    CHECK(match(same));
    CHECK(match(same));
    CHECK_FALSE(match(std::string_view(longer)));
    CHECK_FALSE(match(std::string_view(same).substr(0, 0)));
    CHECK_FALSE(match(std::string_view(same).substr(0, 3)));
    CHECK(match(std::string("urn:same")));  // another view of the same URI is still compared
}

TEST_CASE("uri_match with a rule takes every URI the rule takes") {
    mk::uri_match spreadsheetml(mk::is_spreadsheetml_or_none);
    std::string transitional(mk::ns::spreadsheetml), strict(mk::ns::spreadsheetml_strict);
    std::string other = "urn:" + std::string(transitional.size() - 4, 'x');
    CHECK(spreadsheetml(""));
    CHECK(spreadsheetml(transitional));
    CHECK(spreadsheetml(transitional));
    CHECK(spreadsheetml(strict));
    CHECK_FALSE(spreadsheetml(other));
    CHECK(spreadsheetml(transitional));
}

TEST_CASE("streamed parts refuse what parts read whole refuse") {
    CHECK(stream_error(R"(<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>)") == "xml.doctype");
    CHECK(stream_error("<x>&e;</x>") == "xml.invalid");
    CHECK(stream_error("<p:x/>") == "xml.invalid");
    CHECK(stream_error(R"(<x xmlns:p="urn:p" xmlns:q="urn:p" p:a="1" q:a="2"/>)") == "xml.invalid");
    CHECK(stream_error(R"(<x xmlns:p=""/>)") == "xml.invalid");
    CHECK(stream_error(R"(<x a="1" a="2"/>)") == "xml.invalid");
    CHECK(stream_error("<x>\xC3\x28</x>") == "xml.invalid");
    CHECK(stream_error("<x>\xED\xA0\x80</x>") == "xml.invalid");
    CHECK(stream_error(std::string("<x>a\0b</x>", 10)) == "xml.invalid");
    CHECK(stream_error("<x><y></x>") == "xml.invalid");
    CHECK(stream_error("<x>") == "xml.invalid");
    CHECK(stream_error("") == "xml.invalid");
}

TEST_CASE("a streamed part may be split inside a character, and UTF-16 is decoded") {
    for (std::size_t size : {1, 2, 3, 5})
        CHECK(events("<x>\xC3\xA5\xE2\x82\xAC\xF0\x9F\x98\x80</x>", size) ==
              std::vector<std::string>{"+{}x", "\"å€\xF0\x9F\x98\x80\"", "-"});
    std::string utf16("\xFF\xFE<\0x\0>\0\xE5\0<\0/\0x\0>\0", 18);
    CHECK(events(utf16) == std::vector<std::string>{"+{}x", "\"å\"", "-"});
    // Decoded, a UTF-16 part is checked as a UTF-8 part is: an encoded NUL is named as one.
    std::string nul16("\xFF\xFE<\0x\0>\0\0\0<\0/\0x\0>\0", 18);
    std::string message;
    try {
        events(nul16);
    } catch (const mk::error& e) {
        message = e.msg().sv;
    }
    CHECK(message.find("NUL") != std::string::npos);
}

TEST_CASE("a handler's error stops the stream and reaches the caller") {
    struct refusing : mk::xml_events {
        void start(std::string_view, std::string_view local, std::span<const mk::xml_attribute_event>) override {
            if (local == "bad") throw mk::error("test.bad", mk::tr("dålig", "bad"));
        }
        void end() override {}
        void text(std::string_view) override {}
    } handler;
    auto run = [&] {
        mk::xml_stream stream("part.xml", handler);
        stream.feed("<x><bad/>");
        stream.feed("</x>");
        stream.finish();
    };
    CHECK(mk::test::error_code(run) == "test.bad");
}

TEST_CASE("100,000 prefixes declared on one element resolve in linear time") {
    std::string text = "<x";
    for (int i = 0; i < 100'000; ++i)
        text += " xmlns:p" + std::to_string(i) + "=\"urn:" + std::to_string(i) + "\" p" + std::to_string(i) + ":a=\"\"";
    text += "/>";
    mk::test::stopwatch watch;
    CHECK(events(text, 1 << 16).size() == 2);
    CHECK(watch.seconds() < mk::test::time_limit(2));
}

TEST_CASE("a large part damaged in its deflated bytes is named damaged, not bad XML, when streamed") {
    // Over 1 MiB: inflated on a thread of its own while it is parsed. The damage turns into bad XML
    // or a failing inflate first; the rest of the entry is still inflated and judged.
    std::string text = "<sheetData>";
    for (int i = 0; text.size() < (3u << 20); ++i)
        text += "<row r=\"" + std::to_string(i) + "\"><c><v>" + std::to_string(i * 7919 % 10007) + "</v></c></row>";
    text += "</sheetData>";
    std::string bytes = mk::test::make_zip({{"part.xml", text}});
    std::string damaged = bytes;
    for (std::size_t at = damaged.size() / 2; at < damaged.size() / 2 + 40; ++at)
        damaged[at] = static_cast<char>(damaged[at] ^ 0x55);
    auto stream = [](const std::string& zip) {
        return mk::test::error_code([&] {
            mk::zip_package package = mk::zip_package::open(zip);
            recorder r;
            mk::read_xml_events(package, "part.xml", r);
        });
    };
    CHECK(stream(bytes) == "no error");
    CHECK(stream(damaged) == "zip.damaged");
}

TEST_CASE("a large part's encoding is checked as it is inflated, each problem raised where the parse reaches it") {
    // Over 1 MiB: inflated, and its encoding checked, on a thread of its own ahead of the parse.
    std::string rows;
    for (int i = 0; rows.size() < (3u << 20); ++i)
        rows += "<row r=\"" + std::to_string(i) + "\"><c><v>å€</v></c></row>";
    auto message = [](const std::string& text) {
        std::string zip = mk::test::make_zip({{"part.xml", text}});
        try {
            mk::zip_package package = mk::zip_package::open(zip);
            recorder r;
            mk::read_xml_events(package, "part.xml", r);
        } catch (const mk::error& e) {
            return std::string(e.msg().sv);
        }
        return std::string("no error");
    };
    std::string whole = "<sheetData>" + rows + "</sheetData>";
    CHECK(message(whole) == "no error");
    // A sequence across every boundary of the 64 KiB pieces: "å€" is five bytes, so it falls
    // across many; cut short at the very end, the part is refused.
    CHECK(message("<sheetData>" + rows + "\xE2\x82") != "no error");
    std::string nul_late = whole, mismatch_early = whole;
    nul_late[whole.size() - 100'000] = '\0';
    mismatch_early.replace(mismatch_early.find("</c>", 100'000), 4, "</x>");
    // The bad end tag comes first in the part: it is the error, though the NUL, in the next piece,
    // was found first.
    std::string both = mismatch_early;
    both[mismatch_early.find("</x>") + (1u << 16)] = '\0';
    CHECK(message(nul_late).find("NUL") != std::string::npos);
    CHECK(message(mismatch_early).find("sluttaggen") != std::string::npos);
    CHECK(message(both).find("sluttaggen") != std::string::npos);
    // The other way round: the NUL before the bad end tag is the error.
    std::string nul_early = whole;
    nul_early[100'000] = '\0';
    nul_early.replace(nul_early.find("</c>", whole.size() - 100'000), 4, "</x>");
    CHECK(message(nul_early).find("NUL") != std::string::npos);
}
