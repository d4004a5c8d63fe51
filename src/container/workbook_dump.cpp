// The cell dump of `malkedja cells`.
#include "src/container/workbook_dump.hpp"

#include <charconv>
#include <cstring>

#include "src/container/dump_text.hpp"
#include "src/core/error.hpp"
#include "src/core/parallel_in_order.hpp"
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
    append_a1(lines_, c.row, c.col);
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

namespace {

// The events of a printed sheet, encoded for the printing thread: a tag, then the fields.
enum class event : char { begin, cell, merge, end };

template <class T>
void put(std::string& out, const T& value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_text(std::string& out, std::string_view text) {
    put(out, text.size());
    out.append(text);
}

// Reads the encoded fields back, in the order they were put.
class event_reader {
public:
    explicit event_reader(std::string_view encoded) : rest_(encoded) {}
    bool done() const { return rest_.empty(); }
    template <class T>
    T get() {
        T value;
        std::memcpy(&value, rest_.data(), sizeof value);
        rest_.remove_prefix(sizeof value);
        return value;
    }
    std::string_view text() { return text(get<std::size_t>()); }
    std::string_view text(std::size_t size) {
        std::string_view text = rest_.substr(0, size);
        rest_.remove_prefix(size);
        return text;
    }

private:
    std::string_view rest_;
};

// The fields of a cell as they are handed on, its text after them: put at once.
struct cell_record {
    std::uint32_t row;
    std::uint32_t col;
    double number;
    std::size_t text_size;
    cell_type type;
};

void put_cell(std::string& out, const cell_record& record, std::string_view text) {
    put(out, event::cell);
    put(out, record);
    out.append(text);
}

// Events are handed to the printing thread in pieces of about this size.
constexpr std::size_t hand_on_size = 1 << 18;

}  // namespace

dump_visitor::dump_visitor(bool all_sheets, std::string wanted, dump_output& out)
    : all_sheets_(all_sheets), wanted_(std::move(wanted)), out_(out) {
    if (worker_threads() > 1)
        behind_ = std::make_unique<drain_behind>([this](std::string_view encoded) { print(encoded); }, 1 << 20);
}

void dump_visitor::begin_sheet(const sheet& header) {
    sheet& begun = begun_.sheets.emplace_back();
    begun.name = header.name;
    begun.visibility = header.visibility;
    printing_ = all_sheets_ || chosen_as_begun();
    if (!printing_) return;
    put(encoded_, event::begin);
    put_text(encoded_, header.name);
}

bool dump_visitor::chosen_as_begun() {
    // A sheet named wanted beats one picked by number, before or after it: the earlier sheet has
    // been printed whole by now (end_sheet waits for its lines) and its lines are dropped.
    if (chosen_by_name_) return false;
    const sheet& begun = begun_.sheets.back();
    bool named = !wanted_.empty() && begun.name == wanted_;
    if (!named && (chosen_ || find_sheet(begun_, wanted_) != &begun)) return false;
    if (chosen_) out_.truncate(chosen_start_);
    chosen_ = true;
    chosen_by_name_ = named;
    chosen_start_ = out_.size();
    return true;
}

void dump_visitor::add_cell(const cell& c) {
    if (!printing_) return;
    put_cell(encoded_, {c.row, c.col, c.number, c.text.size(), c.type}, c.text);
    if (encoded_.size() >= hand_on_size) hand_on(false);
}

void dump_visitor::add_text(std::uint32_t row, std::uint32_t col, std::string_view text) {
    if (!printing_) return;
    put_cell(encoded_, {row, col, 0, text.size(), cell_type::string}, text);
    if (encoded_.size() >= hand_on_size) hand_on(false);
}

void dump_visitor::add_merge(const cell_range& range) {
    if (!printing_) return;
    put(encoded_, event::merge);
    put(encoded_, range);
    if (encoded_.size() >= hand_on_size) hand_on(false);
}

void dump_visitor::end_sheet() {
    if (!printing_) return;
    put(encoded_, event::end);
    hand_on(true);
    printing_ = false;
}

void dump_visitor::whole_sheet(const sheet& s) {
    if (!printing_) return;
    hand_on(true);
    print_.current.reset();
    out_.truncate(print_.sheet_start);
    dump_sheet(s, out_);
    printing_ = false;
}

void dump_visitor::hand_on(bool wait) {
    if (!behind_) {
        print(encoded_);
    } else {
        if (!encoded_.empty()) behind_->push(encoded_);
        if (wait) behind_->finish();
    }
    encoded_.clear();
}

void dump_visitor::print(std::string_view encoded) {
    event_reader in(encoded);
    while (!in.done()) {
        switch (in.get<event>()) {
            case event::begin:
                print_.sheet_start = out_.size();
                print_.current.emplace(in.text(), out_);
                break;
            case event::cell: {
                auto record = in.get<cell_record>();
                print_.printed.row = record.row;
                print_.printed.col = record.col;
                print_.printed.type = record.type;
                print_.printed.number = record.number;
                print_.printed.text = in.text(record.text_size);
                print_.current->add_cell(print_.printed);
                break;
            }
            case event::merge: print_.current->add_merge(in.get<cell_range>()); break;
            case event::end:
                print_.current->finish();
                print_.current.reset();
                break;
        }
    }
}

void dump_visitor::check_chosen() const {
    if (!all_sheets_) choose_sheet(begun_, wanted_);
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

void dump_workbook(const workbook& book, bool all_sheets, const std::string& wanted, dump_output& out) {
    if (!all_sheets) return dump_sheet(choose_sheet(book, wanted), out);
    for (const sheet& s : book.sheets) dump_sheet(s, out);
}

}  // namespace mk
