#pragma once
// The dump of a streamed workbook reader, counting what it was handed: cells one by one, and sheets
// given whole (their cells not sorted); and the dump of a container to hold it against.
#include "src/container/workbook_dump.hpp"

namespace mk::test {

// What `malkedja cells` prints of a workbook read whole: every sheet, or the one wanted picks.
inline std::string dump_of(const workbook& book, bool all_sheets, const std::string& wanted = {}) {
    string_dump out;
    dump_workbook(book, all_sheets, wanted, out);
    return out.text();
}

class counting_visitor : public dump_visitor {
public:
    using dump_visitor::dump_visitor;
    void add_cell(const cell& c) override {
        ++cells;
        dump_visitor::add_cell(c);
    }
    void add_text(std::uint32_t row, std::uint32_t col, std::string_view text) override {
        ++cells;
        dump_visitor::add_text(row, col, text);
    }
    void whole_sheet(const sheet& s) override {
        ++whole_sheets;
        dump_visitor::whole_sheet(s);
    }
    int cells = 0;
    int whole_sheets = 0;
};

}  // namespace mk::test
