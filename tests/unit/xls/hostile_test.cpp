// .xls files that are damaged, encrypted or claim more than they hold: refused with their own error
// before FreeXL allocates for them, never leaving the temporary copy FreeXL reads behind, and read
// no further than their records hold.
#include <doctest/doctest.h>

#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

#include "converters/registry.hpp"
#include "converters/xls/read.hpp"
#include "src/core/file_io.hpp"
#include "src/core/memory_budget.hpp"
#include "tests/unit/package/error_code.hpp"
#include "tests/unit/xls/xls_files.hpp"

namespace mk::test {
namespace {

// The record headers (type and length) features.xls has for each record the cases change.
constexpr std::string_view dimensions = {"\x00\x02\x0e\x00", 4};
constexpr std::string_view shared_strings = {"\xfc\x00\x15\x01", 4};
constexpr std::string_view number = {"\x03\x02\x0e\x00", 4};
constexpr std::string_view bof = {"\x09\x08\x10\x00", 4};

std::string read_error(const std::string& bytes) {
    return error_code([&] { read_xls(bytes); });
}

// features.xls with the header's 32-bit field at offset at set to value.
std::string with_header_field(std::size_t at, std::uint32_t value) {
    std::string bytes = xls_bytes("features.xls");
    for (int i = 0; i < 4; ++i) bytes[at + static_cast<std::size_t>(i)] = static_cast<char>(value >> (8 * i));
    return bytes;
}

}  // namespace

TEST_CASE("a password-protected .xls made by LibreOffice is refused as such") {
    CHECK(read_error(xls_bytes("encrypted.xls")) == "xls.encrypted");
}

TEST_CASE("a damaged compound file is refused before FreeXL reads it") {
    std::string features = xls_bytes("features.xls");
    CHECK(read_error(features.substr(0, 300)) == "ole.truncated");
    CHECK(read_error(features.substr(0, features.size() / 2)).starts_with("ole."));
    CHECK(read_error(with_header_field(0x1C, 0x1234FFFE)) == "ole.bad_header");
    CHECK(read_error(with_header_field(0x2C, 1000)) == "ole.too_many_sectors");
    CHECK(read_error(with_header_field(0x4C, 0x00FFFFFF)) == "ole.bad_sector");
    CHECK(read_error(with_header_field(0x30, 0x00FFFFFF)) == "ole.bad_chain");
}

TEST_CASE("an .xls cut short before its directory (LibreOffice writes it last) is named as cut short") {
    // Without its directory the file's kind cannot be told: it once read as "an old binary Office
    // document: save it as .xlsx", about a file the reader supports.
    for (std::string_view name : {"features.xls", "verksamhetsplan-2019.xls", "schools.xls"}) {
        std::string bytes = xls_bytes(name);
        auto cut = [&](std::size_t size) { return error_code([&] { read_workbook(bytes.substr(0, size), "x.xls"); }); };
        CAPTURE(name);
        for (std::size_t size : {std::size_t{100}, std::size_t{600}, bytes.size() / 2}) {
            CAPTURE(size);
            CHECK(cut(size) == "ole.cut_short");
        }
        // Its directory whole, the sectors after it missing: the .xls reader's own damage.
        CHECK(cut(bytes.size() - 512) == "ole.bad_sector");
    }
}

TEST_CASE("a sheet claiming more rows or columns than .xls has, or a shared-string table larger than the file") {
    std::string features = xls_bytes("features.xls");
    CHECK(read_error(patched(features, dimensions, 8, 1u << 28, 4)) == "xls.damaged");
    CHECK(read_error(patched(features, dimensions, 14, 16384, 2)) == "xls.damaged");
    CHECK(read_error(patched(features, shared_strings, 8, 20'000'000, 4)) == "xls.damaged");
}

TEST_CASE("the grid FreeXL would allocate for a sheet of 65536 × 256 counts against the memory budget") {
    std::string bomb = patched(xls_bytes("features.xls"), dimensions, 8, 65536, 4);
    bomb = patched(bomb, dimensions, 14, 256, 2);
    memory_budget budget(64ull << 20);
    CHECK(read_error(bomb) == "memory.budget");
}

TEST_CASE("dates FreeXL would count out for seconds are refused before it does") {
    // B3 is a date-time: 5·10⁹ days are five seconds of FreeXL counting days one by one.
    CHECK(read_error(patched(xls_bytes("features.xls"), number, 10, 0x41F2A05F20000000, 8)) == "xls.date_work");
}

TEST_CASE("a file FreeXL cannot read gives FreeXL's failure in words") {
    CHECK(read_error(patched(xls_bytes("features.xls"), bof, 4, 0x0700, 2)) == "xls.unreadable");
}

TEST_CASE("a file on which FreeXL crashes (found by fuzzing) ends only FreeXL's process, with an error") {
    std::string crash =
        read_input_file(std::string(MK_SOURCE_DIR) + "/tests/fuzz/regressions/xls/freexl-open-segv.xls");
    CHECK(read_error(crash) == "xls.freexl_failed");
    CHECK(read_xls(xls_bytes("features.xls")).sheets.size() == 3);  // and the next file reads as before
}

// While set, a fork of this process ends its child at once: it stands for a lock another thread held
// when the process forked, which the child would wait on for ever.
std::atomic<bool> forked_child_stuck{false};

TEST_CASE("FreeXL's child does not inherit what the parent's other threads hold, as a fork's would (regression)") {
    static const bool registered = ::pthread_atfork(nullptr, nullptr, [] {
                                       if (forked_child_stuck) ::_exit(7);
                                   }) == 0;
    REQUIRE(registered);
    forked_child_stuck = true;
    auto sheets = read_xls(xls_bytes("features.xls")).sheets.size();
    forked_child_stuck = false;
    CHECK(sheets == 3);
}

TEST_CASE("a formula's text claiming more characters than its records hold ends with what they hold") {
    // The STRING record after B8's formula ("Målet är nått", 13 characters) claims 65,535.
    std::string bytes = patched(xls_bytes("formulas.xls"), {"\x07\x02\x10\x00", 4}, 4, 0xFFFF, 2);
    CHECK(cell_at(read_xls(bytes).sheets.at(0), "B8").text == "Målet är nått");
}

TEST_CASE("a merged-cells record claiming more ranges than it holds gives the ranges it holds") {
    // formulas.xls's one MERGEDCELLS record (D1:E2) claims 1,000 ranges.
    std::string bytes = patched(xls_bytes("formulas.xls"), {"\xe5\x00\x0a\x00", 4}, 4, 1000, 2);
    CHECK(read_xls(bytes).sheets.at(0).merges == std::vector{cell_range{0, 3, 1, 4}});
}

TEST_CASE("the temporary copy FreeXL reads is removed, whether FreeXL reads it or not") {
    auto folder = std::filesystem::temp_directory_path() / "malkedja-xls-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directory(folder);
    const char* before = std::getenv("TMPDIR");
    std::string saved = before ? before : "";
    ::setenv("TMPDIR", folder.c_str(), 1);
    CHECK(read_xls(xls_bytes("features.xls")).sheets.size() == 3);
    CHECK(read_error(patched(xls_bytes("features.xls"), bof, 4, 0x0700, 2)) == "xls.unreadable");
    CHECK(std::filesystem::is_empty(folder));
    if (before)
        ::setenv("TMPDIR", saved.c_str(), 1);
    else
        ::unsetenv("TMPDIR");
    std::filesystem::remove_all(folder);
}

}  // namespace mk::test
