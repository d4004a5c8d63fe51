// Workbooks no spreadsheet can hold: both writers refuse them with a clear error before writing.
#include <doctest/doctest.h>

#include <functional>

#include "converters/ods/write.hpp"
#include "converters/xlsx/write.hpp"
#include "src/core/error.hpp"
#include "tests/unit/xlsx_write/sample_workbooks.hpp"

namespace mk::test {
namespace {

// The error code write gives for book, or "" when it writes it.
std::string error_code(const std::function<std::string(const workbook&)>& write, const workbook& book) {
    try {
        write(book);
        return "";
    } catch (const error& e) {
        CHECK(!e.msg().sv.empty());
        CHECK(!e.msg().en.empty());
        return e.code();
    }
}

void check_both_refuse(const workbook& book, const std::string& code) {
    CHECK(error_code(write_xlsx, book) == code);
    CHECK(error_code(write_ods, book) == code);
}

workbook named(std::vector<std::string> names) {
    workbook book;
    for (std::string& name : names) book.sheets.emplace_back().name = std::move(name);
    return book;
}

}  // namespace

TEST_CASE("writers refuse a workbook without a sheet or without a visible one") {
    check_both_refuse(workbook{}, "workbook.no_sheet");
    workbook hidden = named({"A"});
    hidden.sheets[0].visibility = sheet_visibility::hidden;
    check_both_refuse(hidden, "workbook.no_visible_sheet");
}

TEST_CASE("writers refuse sheet names that are empty, repeated or hold forbidden characters") {
    check_both_refuse(named({""}), "workbook.bad_sheet_name");
    for (const char* name : {"a/b", "a[1]", "why?", "a*", "a:b", "a\\b", "'quoted'", "tab\there", "\xC3"})
        check_both_refuse(named({name}), "workbook.bad_sheet_name");
    check_both_refuse(named({"Mål", "MÅL"}), "workbook.duplicate_sheet_name");
    CHECK(error_code(write_xlsx, named({"Mål", "Mål 2", "it's"})) == "");
}

TEST_CASE("the xlsx writer refuses a sheet name longer than Excel's 31 characters, the ods writer takes it") {
    workbook book = named({"Uppföljning av verksamhetsplanen 2019"});
    CHECK(error_code(write_xlsx, book) == "xlsx.long_sheet_name");
    CHECK(error_code(write_ods, book) == "");
    CHECK(error_code(write_xlsx, named({"Åtagande åäö åäö åäö åäö åäö åä"})) == "");  // 31 characters, more bytes
}

TEST_CASE("writers refuse cells they cannot place or hold") {
    workbook unsorted = named({"A"});
    unsorted.sheets[0].cells = {{1, 0, cell_type::number, ""}, {0, 0, cell_type::number, ""}};
    check_both_refuse(unsorted, "workbook.unsorted_cells");
    workbook far = named({"A"});
    far.sheets[0].cells = {{max_rows, 0, cell_type::number, ""}};
    check_both_refuse(far, "workbook.cell_out_of_range");
    workbook style = named({"A"});
    style.sheets[0].cells = {{0, 0, cell_type::number, "", 1, 1}};
    check_both_refuse(style, "workbook.bad_style");
    workbook infinite = named({"A"});
    infinite.sheets[0].cells = {{0, 0, cell_type::number, "", 1e308 * 10}};
    check_both_refuse(infinite, "workbook.bad_number");
    for (const char* date : {"2019-02-29", "2019-3-31", "2019-03-31T24:00:00", "2019-03-31 14:30:00", "31/03/2019",
                             "0000-01-01", "2019-03-31T14:30"}) {
        workbook bad = named({"A"});
        bad.sheets[0].cells = {{0, 0, cell_type::date, date}};
        INFO(date);
        check_both_refuse(bad, "workbook.bad_date");
    }
}

TEST_CASE("writers refuse fills that are no RRGGBB colour") {
    for (const char* fill : {"green", "#C6EFCE", "C6EFC", "FFC6EFCE"}) {
        workbook book = named({"A"});
        book.styles.push_back({false, false, false, fill});
        INFO(fill);
        check_both_refuse(book, "workbook.bad_fill");
    }
}

TEST_CASE("writers refuse overlapping or reversed merges, reversed filters and impossible widths") {
    workbook overlapping = named({"A"});
    overlapping.sheets[0].merges = {{0, 0, 5, 0}, {2, 3, 2, 4}, {4, 0, 4, 1}};
    check_both_refuse(overlapping, "workbook.overlapping_merges");
    workbook inside = named({"A"});
    inside.sheets[0].merges = {{0, 0, 10, 10}, {3, 3, 4, 4}};
    check_both_refuse(inside, "workbook.overlapping_merges");
    workbook touching = named({"A"});
    touching.sheets[0].merges = {{0, 0, 5, 0}, {0, 1, 0, 2}, {6, 0, 6, 3}, {1, 1, 5, 1}};
    CHECK(error_code(write_xlsx, touching) == "");
    workbook reversed = named({"A"});
    reversed.sheets[0].merges = {{3, 0, 1, 0}};
    check_both_refuse(reversed, "workbook.bad_merge");
    workbook filter = named({"A"});
    filter.sheets[0].autofilter = cell_range{0, 5, 10, 1};
    check_both_refuse(filter, "workbook.bad_autofilter");
    workbook width = named({"A"});
    width.sheets[0].column_widths = {10, 256};
    check_both_refuse(width, "workbook.bad_width");
}

TEST_CASE("writers refuse a creation date that is no ISO 8601 date") {
    workbook book = named({"A"});
    book.properties.created = "igår";
    check_both_refuse(book, "workbook.bad_created");
}

}  // namespace mk::test
