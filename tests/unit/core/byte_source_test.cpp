// An input read from its file as needed (byte_source of open_input_file): the bytes where asked,
// nothing past the end, what is left of a file cut short while it is read, and its read errors.
#include <doctest/doctest.h>

#include <fcntl.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "src/core/byte_source.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/fresh_folder.hpp"

namespace mk {
namespace {

using test::fresh_folder;

std::string written(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
}

std::string read_all_at(const byte_source& source, std::uint64_t offset, std::size_t size) {
    std::string out(size, '\0');
    out.resize(source.read_at(offset, out));
    return out;
}

}  // namespace

TEST_CASE("byte source: a file is read where asked, and nothing past its end") {
    std::string path = written(fresh_folder("malkedja-byte-source-test") / "in.bin", "0123456789");
    byte_source file = open_input_file(path);
    CHECK_FALSE(file.in_memory());
    CHECK(file.size() == 10);
    CHECK(read_all_at(file, 3, 4) == "3456");
    CHECK(read_all_at(file, 8, 4) == "89");
    CHECK(read_all_at(file, 10, 4).empty());
    CHECK(read_all_at(file, 1000, 4).empty());
    CHECK_THROWS_AS(file.bytes(), std::logic_error);
    byte_source held = file.whole();
    CHECK(held.in_memory());
    CHECK(held.bytes() == "0123456789");
    // The same through a copy, the file still open after the first source is gone.
    byte_source copy = file;
    file = byte_source(std::string_view{});
    CHECK(read_all_at(copy, 0, 3) == "012");
}

TEST_CASE("byte source: bytes in memory are read the same way") {
    byte_source memory(std::string_view("abcdef"));
    CHECK(memory.in_memory());
    CHECK(read_all_at(memory, 4, 10) == "ef");
    CHECK(read_all_at(memory, 6, 1).empty());
    CHECK(memory.whole().bytes() == "abcdef");
}

TEST_CASE("byte source: a file cut short after it was opened gives what is left") {
    std::filesystem::path file = fresh_folder("malkedja-byte-source-short") / "in.bin";
    std::string path = written(file, std::string(100'000, 'x'));
    byte_source source = open_input_file(path);
    std::filesystem::resize_file(file, 1000);
    CHECK(source.size() == 100'000);
    CHECK(read_all_at(source, 900, 500).size() == 100);
    CHECK(read_all_at(source, 5000, 500).empty());
}

TEST_CASE("byte source: a file that cannot be read is file.unreadable, naming it") {
    std::filesystem::path folder = fresh_folder("malkedja-byte-source-unreadable");
    // Reading a folder's descriptor fails (EISDIR) as a disk's read error would.
    int fd = ::open(folder.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    byte_source source = byte_source::of_file(fd, 100, "rapport.xlsx");
    try {
        read_all_at(source, 0, 10);
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == "file.unreadable");
        CHECK(e.context() == "rapport.xlsx");
    }
}

TEST_CASE("byte source: a large file is refused before it is read") {
    std::filesystem::path file = fresh_folder("malkedja-byte-source-large") / "in.bin";
    written(file, "x");
    std::filesystem::resize_file(file, max_input_size + 1);  // sparse: no disk taken
    try {
        open_input_file(file.string());
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == "file.too_large");
    }
}

TEST_CASE("byte source: a file read whole holds what is left of it, and an empty file nothing") {
    std::filesystem::path folder = fresh_folder("malkedja-byte-source-whole");
    std::string path = written(folder / "in.bin", std::string(100'000, 'x'));
    byte_source source = open_input_file(path);
    std::filesystem::resize_file(path, 1000);
    byte_source held = source.whole();
    CHECK(held.bytes() == std::string(1000, 'x'));
    // The bytes outlive the source they came from.
    source = byte_source(std::string_view{});
    CHECK(held.bytes().size() == 1000);
    CHECK(open_input_file(written(folder / "empty.bin", "")).whole().bytes().empty());
}

}  // namespace mk
