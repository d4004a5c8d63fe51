#include "tests/unit/xlsx_write/sample_workbooks.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "converters/ods/read.hpp"
#include "converters/xlsx/read.hpp"
#include "src/core/file_io.hpp"
#include "tests/unit/time_limit.hpp"

namespace mk::test {
namespace {

void add(sheet& s, std::uint32_t row, std::uint32_t col, cell_type type, std::string text, double number = 0,
         std::uint16_t style = 0) {
    s.cells.push_back({row, col, type, std::move(text), number, style});
}

std::string describe(const cell& c) {
    return format_a1(c.row, c.col) + " type " + std::to_string(static_cast<int>(c.type)) + " \"" + c.text + "\" " +
           std::to_string(c.number);
}

}  // namespace

std::vector<std::string> special_texts() {
    return {"a & b < c > d \"e\" 'f'",
            "<tag attr=\"x\">&amp;</tag>",
            "control \x01\x02\x1F end",
            "emoji 😀 and 👩‍👩‍👧",
            "åäö ÅÄÖ é ü",
            "  two leading spaces",
            "trailing space ",
            "inner   three spaces",
            "tab\there",
            "line one\nline two\nline three",
            "\nstarts with a line break",
            "ends with a line break\n",
            "empty line\n\nbetween",
            "_x0041_ literal escape",
            "_x005F_ and _x000D_ and _xZZZZ_",
            "U+FFFE \xEF\xBF\xBE and U+FFFF \xEF\xBF\xBF",
            " "};
}

workbook synthetic_workbook() {
    workbook book;
    book.properties = {"Uppföljning & rapport", "Nämndens mål", "Förvaltningen", "2024-05-17T08:30:00"};
    std::uint16_t header = book.style_index({true, true, true, "D9D9D9"});
    std::uint16_t green = book.style_index({false, true, true, "C6EFCE"});
    std::uint16_t red = book.style_index({false, false, true, "ffc7ce"});
    std::uint16_t bold = book.style_index({true, false, false, ""});

    sheet& main = book.sheets.emplace_back();
    main.name = "Översikt 'år' & mål";
    const char* headers[] = {"Text", "Tal", "Sant", "Datum", "Fel", "Dold"};
    for (std::uint32_t col = 0; col < 6; ++col) add(main, 0, col, cell_type::string, headers[col], 0, header);
    std::uint32_t row = 1;
    for (const std::string& text : special_texts()) add(main, row++, 0, cell_type::string, text, 0, green);
    const double numbers[] = {0, -1.5, 1e-300, 123456789012345678.0, 0.1 + 0.2, 42, -0.0, 9.99999999999999e307};
    row = 1;
    for (double n : numbers) {
        add(main, row, 1, cell_type::number, "", n, row % 2 ? red : 0);
        ++row;
    }
    add(main, 1, 2, cell_type::boolean, "", 1, bold);
    add(main, 2, 2, cell_type::boolean, "", 0);
    const char* dates[] = {"2019-03-31",
                           "2019-03-31T14:30:00",
                           "2019-03-31T00:00:00",
                           "1900-01-01",
                           "1900-02-28",
                           "1900-03-01",
                           "1899-12-30T12:00:00",
                           "1850-06-01",
                           "9999-12-31T23:59:59",
                           "2024-02-29",
                           "12:00:00",
                           "37:30:00",
                           "-01:30:00",
                           "00:00:00"};
    row = 1;
    for (const char* date : dates) {
        add(main, row, 3, cell_type::date, date, 0, row % 3 ? 0 : header);
        ++row;
    }
    add(main, 1, 4, cell_type::error, "#N/A");
    add(main, 2, 4, cell_type::error, "#DIV/0!", 0, red);
    add(main, 3, 5, cell_type::string, "", 0, red);  // styled, empty: only the look
    add(main, 25, 0, cell_type::string, "Sammanfogad rubrik", 0, header);
    add(main, 27, 2, cell_type::string, "Under sammanfogning");
    main.merges = {{25, 0, 26, 3}, {27, 2, 29, 2}, {30, 0, 30, 5}};
    main.hidden_rows = {5, 6, 31};
    main.hidden_cols = {5};
    main.column_widths = {40, 12.5, 0, 20};
    main.frozen_rows = 1;
    main.autofilter = cell_range{0, 0, 20, 5};
    main.finish();

    sheet& hidden = book.sheets.emplace_back();
    hidden.name = "Dold";
    hidden.visibility = sheet_visibility::hidden;
    add(hidden, 0, 0, cell_type::string, "dold text");
    add(hidden, 1000, 100, cell_type::number, "", 7);
    hidden.finish();

    sheet& empty = book.sheets.emplace_back();
    empty.name = "Tom";

    sheet& very_hidden = book.sheets.emplace_back();
    very_hidden.name = "Mycket dold";
    very_hidden.visibility = sheet_visibility::very_hidden;
    add(very_hidden, 0, 0, cell_type::boolean, "", 1);
    very_hidden.finish();
    return book;
}

workbook large_workbook(std::uint32_t rows) {
    workbook book;
    sheet& s = book.sheets.emplace_back();
    s.name = "Stor";
    s.cells.reserve(rows * 4);
    for (std::uint32_t row = 0; row < rows; ++row) {
        add(s, row, 0, cell_type::string, "Aktivitet " + std::to_string(row % 1000));
        add(s, row, 1, cell_type::number, "", row * 0.5);
        add(s, row, 2, cell_type::date, "2019-0" + std::to_string(1 + row % 9) + "-1" + std::to_string(row % 10));
        add(s, row, 3, cell_type::boolean, "", row % 2);
    }
    s.frozen_rows = 1;
    return book;
}

std::vector<std::string> spreadsheet_fixtures() {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(MK_FIXTURES)) {
        std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".xlsx" || extension == ".ods"))
            paths.push_back(std::filesystem::relative(entry.path(), MK_FIXTURES).generic_string());
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

workbook read_fixture_workbook(const std::string& path) {
    std::string bytes = read_input_file(std::string(MK_FIXTURES) + "/" + path);
    return path.ends_with(".ods") ? read_ods(bytes) : read_xlsx(bytes);
}

void check_same_content(const workbook& expected, const workbook& actual) {
    REQUIRE(actual.sheets.size() == expected.sheets.size());
    for (std::size_t i = 0; i < expected.sheets.size(); ++i) {
        sheet want = expected.sheets[i];
        std::erase_if(want.cells, [](const cell& c) { return c.type == cell_type::string && c.text.empty(); });
        const sheet& got = actual.sheets[i];
        INFO("sheet " << want.name);
        CHECK(got.name == want.name);
        CHECK(got.visibility == want.visibility);
        CHECK(got.cells.size() == want.cells.size());
        for (std::size_t c = 0; c < std::min(want.cells.size(), got.cells.size()); ++c) {
            const cell& w = want.cells[c];
            const cell& g = got.cells[c];
            bool same = w.row == g.row && w.col == g.col && w.type == g.type && w.text == g.text;
            if (w.type == cell_type::number || w.type == cell_type::boolean)
                same = same && (w.number == g.number || (w.number != w.number && g.number != g.number));
            if (!same) FAIL_CHECK("expected " << describe(w) << ", got " << describe(g));
        }
        CHECK(got.merges == want.merges);
        CHECK(got.hidden_rows == want.hidden_rows);
        CHECK(got.hidden_cols == want.hidden_cols);
    }
}

void check_fixtures_round_trip(const sheet_format& format) {
    for (const std::string& path : spreadsheet_fixtures()) {
        INFO("fixture " << path);
        workbook book = read_fixture_workbook(path);
        check_same_content(format.as_read(book), format.read(format.write(book)));
    }
}

void check_deterministic(const sheet_format& format) {
    workbook book = synthetic_workbook();
    std::string first = format.write(book);
    workbook copy = book;
    CHECK(format.write(copy) == first);
    CHECK(format.write(book) == first);
}

void check_large_sheet(const sheet_format& format) {
    workbook book = large_workbook(100'000);
    stopwatch watch;
    std::string bytes = format.write(book);
    CHECK(watch.seconds() < time_limit(10));
    workbook back = format.read(bytes);
    REQUIRE(back.sheets.size() == 1);
    CHECK(back.sheets[0].cells.size() == 400'000);
    check_same_content(format.as_read(book), back);
}

std::string frozen_rows_listing(const workbook& book) {
    std::string out;
    for (const sheet& s : book.sheets)
        if (s.frozen_rows > 0) out += s.name + '\t' + std::to_string(s.frozen_rows) + '\n';
    return out;
}

bool write_interop_file(const std::string& name, const std::string& bytes) {
    const char* folder = std::getenv("MK_INTEROP_OUT");
    if (!folder || !*folder) return false;
    std::ofstream out(std::filesystem::path(folder) / name, std::ios::binary);
    out << bytes;
    REQUIRE(out.good());
    return true;
}

}  // namespace mk::test
