// What a template's bytes were made into, remembered per thread, and a filler's entries read as a
// package without zipping them.
#include <doctest/doctest.h>

#include <thread>

#include "converters/package/remembered.hpp"
#include "converters/package/template_entries.hpp"
#include "converters/package/zip.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/package/error_code.hpp"

namespace mk::test {
namespace {

struct counted_tag {};

// The size of bytes, counting each time it is worked out.
std::shared_ptr<const std::size_t> counted_size(std::string_view bytes, int& made) {
    return remembered<counted_tag, std::size_t>(
        bytes,
        [&] {
            ++made;
            return bytes.size();
        },
        [](std::size_t) { return true; });
}

}  // namespace

TEST_CASE("remembered: the same bytes are made once, the last two kept, on each thread apart") {
    int made = 0;
    auto first = counted_size("aaa", made);
    CHECK(counted_size("aaa", made) == first);
    CHECK(made == 1);
    counted_size("bb", made);
    counted_size("aaa", made);
    CHECK(made == 2);
    counted_size("c", made);  // the third: "aaa", the oldest, goes
    counted_size("aaa", made);
    CHECK(made == 4);
    std::thread([&] { counted_size("aaa", made); }).join();
    CHECK(made == 5);
}

TEST_CASE("remembered: bytes longer than max_remembered_bytes are made anew each time") {
    int made = 0;
    std::string large(max_remembered_bytes + 1, 'x');
    counted_size(large, made);
    counted_size(large, made);
    CHECK(made == 2);
}

TEST_CASE("template_entries: the template's parts in its order, once per thread, a damaged template each time") {
    std::string bytes = read_input_file(std::string(MK_FIXTURES) + "/sk/sk-mall-2023-2024.docx");
    auto entries = template_entries(bytes);
    CHECK(template_entries(bytes) == entries);
    auto package = zip_package::open(bytes);
    REQUIRE(entries->size() == package.names().size());
    for (std::size_t i = 0; i < entries->size(); ++i) {
        CHECK((*entries)[i].name == package.names()[i]);
        CHECK((*entries)[i].bytes == package.read(package.names()[i]));
    }
    std::string cut = bytes.substr(0, bytes.size() / 2);
    CHECK(error_code([&] { template_entries(cut); }).starts_with("zip."));
    CHECK(error_code([&] { template_entries(cut); }).starts_with("zip."));
}

TEST_CASE("zip_package::of_entries reads the entries as the package they make") {
    std::vector<zip_entry> entries{{"word/", "", false}, {"word/document.xml", "<w:document/>", false}};
    auto package = zip_package::of_entries(entries);
    CHECK(package.names() == std::vector<std::string>{"word/", "word/document.xml"});
    CHECK(package.contains("word/document.xml"));
    CHECK(package.read("word/document.xml") == "<w:document/>");
    CHECK(error_code([&] { package.read("word/styles.xml"); }) == "zip.missing_part");
}

}  // namespace mk::test
