#pragma once
// Workbooks the writer tests write and read back, and how they compare once read.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "converters/package/xml.hpp"
#include "converters/package/zip.hpp"
#include "src/container/workbook.hpp"

namespace mk::test {

// Texts a writer must carry unchanged: markup characters, control characters, emoji, åäö, white
// space at the ends and inside, line breaks, and literal _xHHHH_ sequences.
std::vector<std::string> special_texts();

// A workbook with every cell type and value edge (dates around 1900-03-01, before 1900, times
// alone, durations of more than a day and negative ones, midnight with a time), styles, merges, frozen rows, an autofilter, column widths, hidden
// rows and columns, and visible, hidden, very hidden and empty sheets.
workbook synthetic_workbook();

// One sheet of `rows` rows, each with a string, a number, a date and a boolean.
workbook large_workbook(std::uint32_t rows);

// The spreadsheet fixtures (.xlsx and .ods), as paths below MK_FIXTURES, sorted.
std::vector<std::string> spreadsheet_fixtures();
// A fixture read with the reader its extension names.
workbook read_fixture_workbook(const std::string& path);

// Checks (doctest CHECKs) that actual has the sheets of expected with the same names and
// visibility, and the same cells (type, text, and number for numbers and booleans), merges and
// hidden rows and columns. Empty texts in expected are left out: readers skip them.
void check_same_content(const workbook& expected, const workbook& actual);

// A spreadsheet format as its writer tests see it.
struct sheet_format {
    std::string (*write)(const workbook&);
    workbook (*read)(const byte_source&);
    // What the reader gives back for a written workbook.
    workbook (*as_read)(workbook);
};

// Each fixture read, written in format and read again gives the same content.
void check_fixtures_round_trip(const sheet_format& format);
// The synthetic workbook and a copy of it give the same bytes.
void check_deterministic(const sheet_format& format);
// A sheet of 100,000 rows is written in a few seconds and reads back the same.
void check_large_sheet(const sheet_format& format);

// The parts of a written package, parsed on demand.
class written_package {
public:
    explicit written_package(std::string bytes) : bytes_(std::move(bytes)), package_(zip_package::open(bytes_)) {}
    // The package reads from bytes_: neither may move.
    written_package(const written_package&) = delete;
    written_package& operator=(const written_package&) = delete;

    const std::string& bytes() const { return bytes_; }
    const std::vector<std::string>& names() const { return package_.names(); }
    std::string text(const std::string& part) { return package_.read(part); }
    pugi::xml_node root(const std::string& part) {
        parts_.push_back(xml_part::parse(package_.read(part), part));
        return parts_.back().root();
    }

private:
    std::string bytes_;
    zip_package package_;
    std::deque<xml_part> parts_;
};

// One line per sheet with frozen rows: SHEET<TAB>ROWS.
std::string frozen_rows_listing(const workbook& book);

// When the environment variable MK_INTEROP_OUT names a folder, writes bytes there as name;
// returns whether it did.
bool write_interop_file(const std::string& name, const std::string& bytes);

}  // namespace mk::test
