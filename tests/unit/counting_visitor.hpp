#pragma once
// The dump of a streamed workbook reader, counting what it was handed: cells one by one, and sheets
// given whole (their cells not sorted).
#include "src/container/workbook_dump.hpp"

namespace mk::test {

class counting_visitor : public dump_visitor {
public:
    using dump_visitor::dump_visitor;
    void add_cell(const cell& c) override {
        ++cells;
        dump_visitor::add_cell(c);
    }
    void whole_sheet(const sheet& s) override {
        ++whole_sheets;
        dump_visitor::whole_sheet(s);
    }
    int cells = 0;
    int whole_sheets = 0;
};

}  // namespace mk::test
