#include "tests/unit/xlsx/package_edit.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

#include "converters/package/zip.hpp"
#include "converters/xlsx/read.hpp"
#include "src/core/error.hpp"
#include "src/core/file_io.hpp"

namespace mk::test {

std::string fixture_bytes(std::string_view relative_path) {
    return read_input_file(std::string(MK_FIXTURES) + "/" + std::string(relative_path));
}

std::string source_bytes(std::string_view relative_path) {
    return read_input_file(std::string(MK_SOURCE_DIR) + "/" + std::string(relative_path));
}

std::vector<zip_entry> package_entries(std::string_view bytes) {
    zip_package package = zip_package::open(bytes);
    std::vector<zip_entry> entries;
    for (const std::string& name : package.names()) entries.push_back({name, package.read(name)});
    return entries;
}

std::string& entry_content(std::vector<zip_entry>& entries, std::string_view name) {
    for (zip_entry& entry : entries)
        if (entry.name == name) return entry.content;
    FAIL("no entry " << name);
    throw std::logic_error("unreachable");
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    REQUIRE_MESSAGE(text.find(from) != std::string::npos, "not found: " << from);
    std::string out;
    std::size_t done = 0;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, done)) {
        out.append(text, done, at - done);
        out.append(to);
        done = at + from.size();
    }
    out.append(text, done);
    text = std::move(out);
}

workbook read_entries(const std::vector<zip_entry>& entries) { return read_xlsx(make_zip(entries)); }

void check_same_workbook(const workbook& actual, const workbook& expected) {
    REQUIRE(actual.sheets.size() == expected.sheets.size());
    for (std::size_t i = 0; i < actual.sheets.size(); ++i) {
        const sheet& a = actual.sheets[i];
        const sheet& e = expected.sheets[i];
        CHECK(a.name == e.name);
        CHECK(a.visibility == e.visibility);
        CHECK(a.merges == e.merges);
        CHECK(a.hidden_rows == e.hidden_rows);
        CHECK(a.hidden_cols == e.hidden_cols);
        REQUIRE(a.cells.size() == e.cells.size());
        for (std::size_t c = 0; c < a.cells.size(); ++c) {
            INFO(e.name << " " << format_a1(e.cells[c].row, e.cells[c].col));
            CHECK(a.cells[c].row == e.cells[c].row);
            CHECK(a.cells[c].col == e.cells[c].col);
            CHECK(a.cells[c].type == e.cells[c].type);
            CHECK(a.cells[c].text == e.cells[c].text);
            CHECK(a.cells[c].number == e.cells[c].number);
        }
    }
}

std::string fill_at(const sheet& s, std::string_view ref) {
    auto place = parse_a1(ref);
    REQUIRE(place);
    return std::string(s.fill_at(place->first, place->second));
}

void check_fills_of_fills_xlsx(const sheet& s) {
    CHECK(fill_at(s, "B1") == "00B050");
    CHECK(fill_at(s, "B2") == "FF0000");
    CHECK(s.find(1, 1) == nullptr);  // B2 holds no value: a fill alone is no cell
    // openpyxl's theme: accent6 F79646 lighter 40 % (LibreOffice computes FAC090 too).
    CHECK(fill_at(s, "B3") == "FAC090");
    // Theme index 0 is Background 1 (white), not Text 1: darker 15 % is Excel's grey D9D9D9.
    CHECK(fill_at(s, "B4") == "D9D9D9");
    CHECK(fill_at(s, "B5") == "000000");
    CHECK(fill_at(s, "B6") == "FF0000");
    CHECK(fill_at(s, "B8").empty());
    CHECK(fill_at(s, "A1").empty());
    for (const char* ref : {"C1", "D1", "E1"}) CHECK(fill_at(s, ref) == "92D050");
    CHECK(fill_at(s, "F1").empty());
    CHECK(fill_at(s, "B9") == "C6EFCE");
    CHECK(fill_at(s, "B10") == "FFC7CE");
}

void check_atagande_fills(const sheet& s) {
    CHECK(fill_at(s, "E12") == "FFEB9C");
    CHECK(fill_at(s, "G12") == "C6EFCE");
    CHECK(fill_at(s, "G20") == "FFC7CE");
    CHECK(fill_at(s, "A11") == "D9E1F2");
    CHECK(fill_at(s, "A44") == "C6EFCE");
    CHECK(fill_at(s, "A43").empty());
}

std::string error_code_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const error& e) {
        return e.code();
    }
    return {};
}

std::string error_text_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const error& e) {
        return e.msg().sv;
    }
    return {};
}

}  // namespace mk::test
