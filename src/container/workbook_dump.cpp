// The cell dump of `malkedja cells`.
#include "src/container/workbook_dump.hpp"

#include <charconv>

#include "src/container/dump_text.hpp"
#include "src/core/error.hpp"
#include "src/text/number_text.hpp"

namespace mk {
namespace {

// Lines are gathered into pieces of about this size, each appended at once.
constexpr std::size_t piece = 1 << 16;

std::string_view type_letter(cell_type type) {
    switch (type) {
        case cell_type::string: return "s";
        case cell_type::number: return "n";
        case cell_type::boolean: return "b";
        case cell_type::date: return "d";
        case cell_type::error: return "e";
    }
    return "?";
}

}  // namespace

sheet_dump::sheet_dump(std::string_view sheet_name, dump_output& out)
    : name_(dump_escaped(sheet_name, false)), out_(out) {}

void sheet_dump::line_done() {
    lines_ += '\n';
    if (lines_.size() < piece) return;
    out_.append(lines_);
    lines_.clear();
}

void sheet_dump::add_cell(const cell& c) {
    lines_ += name_;
    lines_ += '\t';
    lines_ += format_a1(c.row, c.col);
    lines_ += '\t';
    lines_ += type_letter(c.type);
    lines_ += '\t';
    switch (c.type) {
        case cell_type::number: lines_ += text::number_text(c.number); break;
        case cell_type::boolean: lines_ += c.number != 0 ? "TRUE" : "FALSE"; break;
        default: append_dump_escaped(lines_, c.text, false);
    }
    line_done();
}

void sheet_dump::add_merge(const cell_range& range) {
    lines_ += name_;
    lines_ += "\tmerge\t";
    lines_ += format_range(range);
    line_done();
}

void sheet_dump::finish() {
    out_.append(lines_);
    lines_.clear();
}

void dump_sheet(const sheet& s, dump_output& out) {
    sheet_dump dump(s.name, out);
    for (const cell& c : s.cells) dump.add_cell(c);
    for (const cell_range& m : s.merges) dump.add_merge(m);
    dump.finish();
}

dump_visitor::dump_visitor(bool all_sheets, std::string wanted, dump_output& out)
    : all_sheets_(all_sheets), wanted_(std::move(wanted)), out_(out) {}

void dump_visitor::listed(const workbook& sheets) {
    listed_ = sheets;
    if (const sheet* one = all_sheets_ ? nullptr : find_sheet(listed_, wanted_))
        chosen_ = static_cast<std::size_t>(one - listed_.sheets.data());
}

void dump_visitor::begin_sheet(const sheet& header) {
    sheet_start_ = out_.size();
    current_.reset();
    if (all_sheets_ || chosen_ == next_) current_.emplace(header.name, out_);
    ++next_;
}

void dump_visitor::add_cell(const cell& c) {
    if (current_) current_->add_cell(c);
}

void dump_visitor::add_merge(const cell_range& range) {
    if (current_) current_->add_merge(range);
}

void dump_visitor::end_sheet() {
    if (current_) current_->finish();
    current_.reset();
}

void dump_visitor::whole_sheet(const sheet& s) {
    if (!current_) return;
    current_.reset();
    out_.truncate(sheet_start_);
    dump_sheet(s, out_);
}

void dump_visitor::check_chosen() const {
    if (!all_sheets_) choose_sheet(listed_, wanted_);
}

const sheet* find_sheet(const workbook& book, const std::string& wanted) {
    if (wanted.empty()) {
        for (const sheet& s : book.sheets)
            if (s.visibility == sheet_visibility::visible) return &s;
        return nullptr;
    }
    for (const sheet& s : book.sheets)
        if (s.name == wanted) return &s;
    std::size_t number = 0;
    auto [ptr, ec] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
    if (ec == std::errc() && ptr == wanted.data() + wanted.size() && number >= 1 && number <= book.sheets.size())
        return &book.sheets[number - 1];
    return nullptr;
}

const sheet& choose_sheet(const workbook& book, const std::string& wanted) {
    if (const sheet* found = find_sheet(book, wanted)) return *found;
    if (wanted.empty())
        throw error("cells.no_visible_sheet", tr("filen har inget synligt blad: använd --all-sheets",
                                                 "the file has no visible sheet: use --all-sheets"));
    std::string names;
    for (const sheet& s : book.sheets) names += (names.empty() ? "\"" : ", \"") + s.name + "\"";
    throw error("cells.no_such_sheet", tr("bladet \"{0}\" finns inte; filen har {1}",
                                          "the sheet \"{0}\" does not exist; the file has {1}", {wanted, names}));
}

}  // namespace mk
