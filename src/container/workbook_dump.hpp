#pragma once
// The text dump of a workbook that `malkedja cells` prints: one line per non-empty cell,
// "SHEET<TAB>A1<TAB>TYPE<TAB>VALUE", then "SHEET<TAB>merge<TAB>A1:B3" per merged range.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/container/sheet_visitor.hpp"
#include "src/container/workbook.hpp"
#include "src/core/drain_behind.hpp"

namespace mk {

// Where a dump goes: pieces appended in order, and the end taken back to an earlier size.
class dump_output {
public:
    virtual ~dump_output() = default;
    // Appends piece.
    virtual void append(std::string_view piece) = 0;
    // How many bytes have been appended (less what truncate dropped).
    virtual std::uint64_t size() const = 0;
    // Drops every byte after the first size.
    virtual void truncate(std::uint64_t size) = 0;
};

// A dump held in memory.
class string_dump : public dump_output {
public:
    void append(std::string_view piece) override { text_.append(piece); }
    std::uint64_t size() const override { return text_.size(); }
    void truncate(std::uint64_t size) override { text_.resize(size); }
    // What has been appended.
    const std::string& text() const { return text_; }

private:
    std::string text_;
};

// The dump of one sheet made as its cells come (format above, described in the README under
// `malkedja cells`): lines reach out in pieces of about 64 KiB, in the order they are given.
class sheet_dump {
public:
    sheet_dump(std::string_view sheet_name, dump_output& out);
    // The line of c; cells come in the order they are to be printed.
    void add_cell(const cell& c);
    // The line of a merged range; merges come after every cell.
    void add_merge(const cell_range& range);
    // Writes whatever lines are not written yet.
    void finish();

private:
    void line_done();

    std::string name_;  // the sheet's name, escaped
    dump_output& out_;
    std::string lines_;
};

// Writes the dump of one finished sheet to out.
void dump_sheet(const sheet& s, dump_output& out);

// The dump of the sheets a reader visits, as they come: every sheet, or the one chosen_sheet picks
// by wanted, chosen as sheets begin: a sheet picked by its number is printed at once and its lines
// dropped again when a later sheet turns out to have wanted as its name. A sheet whose cells come
// unsorted is dropped from out and written again whole. With more than one core the lines are made
// and written on a thread of their own, while the reader goes on; each sheet's are all in out when
// end_sheet returns.
class dump_visitor : public sheet_visitor {
public:
    // all_sheets: every sheet; else the one chosen_sheet picks by wanted.
    dump_visitor(bool all_sheets, std::string wanted, dump_output& out);
    void begin_sheet(const sheet& header) override;
    void add_cell(const cell& c) override;
    void add_text(std::uint32_t row, std::uint32_t col, std::string_view text) override;
    void add_merge(const cell_range& range) override;
    void end_sheet() override;
    void whole_sheet(const sheet& s) override;
    // Once the reader has finished: throws what choose_sheet throws when no sheet was chosen.
    void check_chosen() const;

private:
    // Whether the sheet that begins (the last of begun_) is the one to print, so far.
    bool chosen_as_begun();
    // Hands the events encoded since on to be printed; waits until they are when wait.
    void hand_on(bool wait);
    // Prints the events in encoded (whole events, in order): where the lines are made.
    void print(std::string_view encoded);

    bool all_sheets_;
    std::string wanted_;
    dump_output& out_;
    workbook begun_;                     // the sheets begun so far, names and visibility alone
    bool chosen_ = false;                // a sheet has been chosen (all_sheets_: unused)
    bool chosen_by_name_ = false;        // the sheet chosen is named wanted: no later sheet replaces it
    std::uint64_t chosen_start_ = 0;     // out's size when the sheet chosen began
    bool printing_ = false;              // the sheet being read is printed
    std::string encoded_;                // its events not yet handed on
    // Used by print() alone (while the printing thread runs), on cache lines of their own: the
    // reader's thread writing encoded_ beside them made both threads wait for the line.
    struct alignas(64) print_state {
        std::uint64_t sheet_start = 0;      // out's size when the current sheet began
        std::optional<sheet_dump> current;  // the dump of the sheet being printed
        cell printed;                       // the cell being printed, its text's room kept
    };
    print_state print_;
    // Where print() runs: nullptr with one core, so that hand_on prints at once. Last, so that its
    // thread has stopped before the members print() uses are gone.
    std::unique_ptr<drain_behind> behind_;
};

// The sheet named wanted, else the wanted-th sheet counting from 1; with wanted empty, the first
// visible sheet; nullptr when there is no such sheet.
const sheet* find_sheet(const workbook& book, const std::string& wanted);

// find_sheet, but throws mk::error naming the sheets the book has when there is no such sheet.
const sheet& choose_sheet(const workbook& book, const std::string& wanted);

// The dump of a workbook read whole, what dump_visitor gives of it streamed: every sheet
// (all_sheets), or the one choose_sheet picks by wanted; throws as choose_sheet does.
void dump_workbook(const workbook& book, bool all_sheets, const std::string& wanted, dump_output& out);

}  // namespace mk
