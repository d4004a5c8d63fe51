// The dump of a visited workbook (dump_visitor), whose lines are made on a thread of their own:
// the same lines as dump_sheet gives, a sheet given whole in place of what was handed on, and an
// output that fails failing the visit.
#include <doctest/doctest.h>

#include <string>

#include "src/container/workbook_dump.hpp"
#include "src/core/error.hpp"

namespace mk {
namespace {

// A sheet of rows × 3 cells (text, number, boolean) and a merge per ten rows.
sheet sample_sheet(std::string name, std::uint32_t rows) {
    sheet s;
    s.name = std::move(name);
    for (std::uint32_t r = 0; r < rows; ++r) {
        s.cells.push_back({r, 0, cell_type::string, "rad " + std::to_string(r) + " med\ttabb och \"citat\""});
        s.cells.push_back({r, 1, cell_type::number, "", r * 0.25});
        s.cells.push_back({r, 2, cell_type::boolean, "", static_cast<double>(r % 2)});
        if (r % 10 == 0) s.merges.push_back({r, 3, r + 1, 4});
    }
    return s;
}

// Visits the sheets as a streaming reader does, cells first, then merges.
void visit(dump_visitor& dump, const std::vector<sheet>& sheets) {
    for (const sheet& s : sheets) {
        dump.begin_sheet(s);
        for (const cell& c : s.cells) dump.add_cell(c);
        for (const cell_range& m : s.merges) dump.add_merge(m);
        dump.end_sheet();
    }
}

// What dump_sheet gives for the sheets, one after the other.
std::string dumped(const std::vector<sheet>& sheets) {
    string_dump out;
    for (const sheet& s : sheets) dump_sheet(s, out);
    return out.text();
}

// An output that fails, as a full disk does, once it holds more than room bytes.
class failing_output : public dump_output {
public:
    explicit failing_output(std::uint64_t room) : room_(room) {}
    void append(std::string_view piece) override {
        if (size_ + piece.size() > room_) throw error("output.full", tr("disken är full", "the disk is full"));
        size_ += piece.size();
    }
    std::uint64_t size() const override { return size_; }
    void truncate(std::uint64_t size) override { size_ = size; }

private:
    std::uint64_t room_;
    std::uint64_t size_ = 0;
};

}  // namespace

TEST_CASE("dump visitor: the lines of every sheet are dump_sheet's, in order, however many pieces they take") {
    std::vector<sheet> sheets = {sample_sheet("Första", 20'000), sample_sheet("Tom", 0), sample_sheet("Sista", 3)};
    string_dump out;
    dump_visitor dump(true, {}, out);
    visit(dump, sheets);
    CHECK(out.text() == dumped(sheets));
    CHECK(out.text().size() > (1u << 20));  // more than the printing thread may have waiting
}

TEST_CASE("dump visitor: a text cell given by its text prints as the string cell it stands for") {
    std::vector<sheet> sheets = {sample_sheet("Text", 5'000)};
    string_dump out;
    dump_visitor dump(true, {}, out);
    dump.begin_sheet(sheets[0]);
    for (const cell& c : sheets[0].cells) {
        if (c.type == cell_type::string) {
            dump.add_text(c.row, c.col, std::string(c.text));  // a text that is gone after the call
        } else {
            dump.add_cell(c);
        }
    }
    for (const cell_range& m : sheets[0].merges) dump.add_merge(m);
    dump.end_sheet();
    CHECK(out.text() == dumped(sheets));
}

TEST_CASE("dump visitor: only the chosen sheet is printed") {
    std::vector<sheet> sheets = {sample_sheet("Första", 50), sample_sheet("Andra", 40)};
    string_dump out;
    dump_visitor dump(false, "Andra", out);
    visit(dump, sheets);
    dump.check_chosen();
    CHECK(out.text() == dumped({sheets[1]}));
}

TEST_CASE("dump visitor: the sheet is chosen as sheets begin, as choose_sheet chooses among them all") {
    // The second sheet takes several pieces to print before the third, named "2", replaces it.
    std::vector<sheet> sheets = {sample_sheet("Första", 30), sample_sheet("Andra", 20'000), sample_sheet("2", 5),
                                 sample_sheet("Fjärde", 4)};
    sheets[0].visibility = sheet_visibility::hidden;
    workbook book;
    book.sheets = sheets;
    for (std::string wanted : {"2", "Fjärde", "1", "", "4", "Andra", "Första"}) {
        CAPTURE(wanted);
        string_dump out;
        dump_visitor dump(false, wanted, out);
        visit(dump, sheets);
        dump.check_chosen();
        CHECK(out.text() == dumped({choose_sheet(book, wanted)}));
    }
    // No sheet is chosen: nothing is printed, and the error names every sheet.
    string_dump out;
    dump_visitor dump(false, "Saknas", out);
    visit(dump, sheets);
    CHECK(out.text().empty());
    try {
        dump.check_chosen();
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == "cells.no_such_sheet");
        CHECK(std::string(e.msg().sv).find("\"Första\", \"Andra\", \"2\", \"Fjärde\"") != std::string::npos);
    }
}

TEST_CASE("dump visitor: a sheet given whole replaces the lines handed on for it") {
    std::vector<sheet> sheets = {sample_sheet("Första", 100), sample_sheet("Osorterad", 10'000)};
    string_dump out;
    dump_visitor dump(true, {}, out);
    dump.begin_sheet(sheets[0]);
    for (const cell& c : sheets[0].cells) dump.add_cell(c);
    dump.end_sheet();
    dump.begin_sheet(sheets[1]);
    // Enough cells for several pieces to have been printed before the sheet turns out unsorted.
    for (std::size_t i = 0; i < 20'000; ++i) dump.add_cell(sheets[1].cells[i]);
    dump.whole_sheet(sheets[1]);
    sheets[0].merges.clear();
    CHECK(out.text() == dumped(sheets));
}

TEST_CASE("dump visitor: an output that fails fails the visit with its error, by the end of the sheet") {
    std::vector<sheet> sheets = {sample_sheet("Första", 20'000)};
    failing_output out(100'000);
    dump_visitor dump(true, {}, out);
    try {
        visit(dump, sheets);
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == "output.full");
    }
}

}  // namespace mk
