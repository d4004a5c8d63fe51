#include "src/container/workbook_check.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <queue>
#include <set>
#include <string>

#include "src/container/iso_moment.hpp"
#include "src/core/error.hpp"
#include "src/text/utf8.hpp"

namespace mk {
namespace {

constexpr std::string_view forbidden_in_names = "[]*?:/\\";

std::string quoted(std::string_view text) { return text::first_characters(text, 60); }

// name case-folded and composed; nullopt when it is not valid UTF-8.
std::optional<std::string> folded(std::string_view name) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()), static_cast<utf8proc_ssize_t>(name.size()),
                     &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
    if (length < 0) return std::nullopt;
    std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
    std::free(out);
    return result;
}

void check_names(const workbook& book) {
    std::set<std::string> seen;
    for (const sheet& s : book.sheets) {
        if (s.name.empty())
            throw error("workbook.bad_sheet_name",
                        tr("ett blad saknar namn: ge bladet ett namn", "a sheet has no name: give the sheet a name"));
        bool has_control = std::any_of(s.name.begin(), s.name.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
        auto fold = folded(s.name);
        if (!fold || has_control || s.name.find_first_of(forbidden_in_names) != std::string::npos ||
            s.name.front() == '\'' || s.name.back() == '\'')
            throw error("workbook.bad_sheet_name",
                        tr("bladnamnet \"{0}\" går inte att skriva: ett bladnamn får inte innehålla styrtecken eller "
                           "[ ] * ? : / \\ och får inte börja eller sluta med apostrof; byt namn på bladet",
                           "the sheet name \"{0}\" cannot be written: a sheet name may hold no control character "
                           "nor [ ] * ? : / \\ and may not start or end with an apostrophe; rename the sheet",
                           {quoted(s.name)}));
        if (!seen.insert(*fold).second)
            throw error("workbook.duplicate_sheet_name",
                        tr("bladnamnet \"{0}\" finns två gånger (stora och små bokstäver räknas som samma): byt namn "
                           "på det ena bladet",
                           "the sheet name \"{0}\" occurs twice (upper and lower case count as the same): rename one "
                           "of the sheets",
                           {quoted(s.name)}));
    }
}

bool is_rgb(std::string_view colour) {
    return colour.size() == 6 && std::all_of(colour.begin(), colour.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
           });
}

void check_styles(const workbook& book) {
    if (book.styles.empty())
        throw error("workbook.no_styles", tr("arbetsboken saknar standardformatet (styles[0])",
                                             "the workbook has no default look (styles[0])"));
    for (const cell_style& style : book.styles)
        if (!style.fill.empty() && !is_rgb(style.fill))
            throw error("workbook.bad_fill",
                        tr("fyllnadsfärgen \"{0}\" är ingen färg på formen RRGGBB (till exempel C6EFCE)",
                           "the fill colour \"{0}\" is no colour of the form RRGGBB (for example C6EFCE)",
                           {quoted(style.fill)}));
}

[[noreturn]] void fail_cell(const sheet& s, const cell& c, std::string code, std::string_view sv, std::string_view en,
                            std::string_view detail = {}) {
    std::string place = c.row < max_rows && c.col < max_cols ? format_a1(c.row, c.col) : "?";
    throw error(std::move(code), tr(sv, en, {s.name, place, quoted(detail)}));
}

void check_cells(const workbook& book, const sheet& s) {
    const cell* previous = nullptr;
    for (const cell& c : s.cells) {
        if (c.row >= max_rows || c.col >= max_cols)
            fail_cell(s, c, "workbook.cell_out_of_range",
                      "bladet \"{0}\" har en cell utanför det största tillåtna bladet (1048576 rader, 16384 kolumner)",
                      "the sheet \"{0}\" has a cell beyond the largest sheet allowed (1048576 rows, 16384 columns)");
        if (previous && std::pair{previous->row, previous->col} >= std::pair{c.row, c.col})
            fail_cell(
                s, c, "workbook.unsorted_cells",
                "bladet \"{0}\", cell {1}: cellerna är inte sorterade efter plats (sheet::finish() har inte körts)",
                "sheet \"{0}\", cell {1}: the cells are not sorted by place (sheet::finish() has not run)");
        previous = &c;
        if (c.style >= book.styles.size())
            fail_cell(s, c, "workbook.bad_style", "bladet \"{0}\", cell {1}: cellformatet {2} finns inte",
                      "sheet \"{0}\", cell {1}: the cell style {2} does not exist", std::to_string(c.style));
        if (c.type == cell_type::number && !std::isfinite(c.number))
            fail_cell(s, c, "workbook.bad_number",
                      "bladet \"{0}\", cell {1}: talet är inte ändligt (oändligt eller inget tal) och går inte att "
                      "spara i ett kalkylblad",
                      "sheet \"{0}\", cell {1}: the number is not finite (infinite or not a number) and cannot be "
                      "stored in a spreadsheet");
        if (c.type == cell_type::date && !parse_iso_moment(c.text) && !parse_clock_text(c.text))
            fail_cell(s, c, "workbook.bad_date",
                      "bladet \"{0}\", cell {1}: datumet \"{2}\" är inte skrivet som ÅÅÅÅ-MM-DD, "
                      "ÅÅÅÅ-MM-DDTtt:mm:ss eller tt:mm:ss",
                      "sheet \"{0}\", cell {1}: the date \"{2}\" is not written as YYYY-MM-DD, "
                      "YYYY-MM-DDThh:mm:ss or hh:mm:ss",
                      c.text);
    }
}

bool is_valid(const cell_range& r) {
    return r.first_row <= r.last_row && r.first_col <= r.last_col && r.last_row < max_rows && r.last_col < max_cols;
}

[[noreturn]] void fail_range(const sheet& s, const cell_range& r, std::string code, std::string_view sv,
                             std::string_view en) {
    std::string range = std::to_string(r.first_row + 1) + "," + std::to_string(r.first_col + 1) + "–" +
                        std::to_string(r.last_row + 1) + "," + std::to_string(r.last_col + 1);
    if (is_valid(r)) range = format_range(r);
    throw error(std::move(code), tr(sv, en, {s.name, range}));
}

// Sweeps the merges by first row, keeping those still open at that row by first column: open ones
// all cover the current row, so they must not share a column with the one that starts there.
void check_merges(const sheet& s) {
    std::vector<const cell_range*> merges;
    for (const cell_range& m : s.merges) {
        if (!is_valid(m))
            fail_range(s, m, "workbook.bad_merge",
                       "bladet \"{0}\" har ett ogiltigt sammanfogat område ({1}): första cellen måste ligga före den "
                       "sista och inom bladet",
                       "the sheet \"{0}\" has an invalid merged range ({1}): its first cell must come before its last "
                       "and lie within the sheet");
        merges.push_back(&m);
    }
    std::sort(merges.begin(), merges.end(), [](const cell_range* a, const cell_range* b) {
        return std::pair{a->first_row, a->first_col} < std::pair{b->first_row, b->first_col};
    });
    std::map<std::uint32_t, const cell_range*> open;
    auto later_end = [](const cell_range* a, const cell_range* b) { return a->last_row > b->last_row; };
    std::priority_queue<const cell_range*, std::vector<const cell_range*>, decltype(later_end)> by_end(later_end);
    for (const cell_range* m : merges) {
        while (!by_end.empty() && by_end.top()->last_row < m->first_row) {
            open.erase(by_end.top()->first_col);
            by_end.pop();
        }
        auto next = open.lower_bound(m->first_col);
        bool overlaps = next != open.end() && next->second->first_col <= m->last_col;
        if (next != open.begin() && std::prev(next)->second->last_col >= m->first_col) overlaps = true;
        if (overlaps)
            fail_range(s, *m, "workbook.overlapping_merges",
                       "bladet \"{0}\": det sammanfogade området {1} överlappar ett annat; en cell kan bara ingå i "
                       "ett sammanfogat område",
                       "sheet \"{0}\": the merged range {1} overlaps another; a cell can belong to one merged range "
                       "only");
        open.emplace(m->first_col, m);
        by_end.push(m);
    }
}

void check_layout(const sheet& s) {
    if (s.autofilter && !is_valid(*s.autofilter))
        fail_range(s, *s.autofilter, "workbook.bad_autofilter", "bladet \"{0}\" har ett ogiltigt filterområde ({1})",
                   "the sheet \"{0}\" has an invalid filter range ({1})");
    if (s.frozen_rows >= max_rows || s.column_widths.size() > max_cols ||
        (!s.hidden_rows.empty() && s.hidden_rows.back() >= max_rows) ||
        (!s.hidden_cols.empty() && s.hidden_cols.back() >= max_cols))
        throw error("workbook.out_of_range",
                    tr("bladet \"{0}\" har låsta rader, dolda rader eller kolumner eller kolumnbredder utanför det "
                       "största tillåtna bladet (1048576 rader, 16384 kolumner)",
                       "the sheet \"{0}\" has frozen rows, hidden rows or columns or column widths beyond the largest "
                       "sheet allowed (1048576 rows, 16384 columns)",
                       {s.name}));
    for (std::size_t col = 0; col < s.column_widths.size(); ++col) {
        double width = s.column_widths[col];
        if (!(width >= 0 && width <= max_column_width))
            throw error("workbook.bad_width", tr("bladet \"{0}\", kolumn {1}: bredden måste vara 0 till 255 tecken",
                                                 "sheet \"{0}\", column {1}: the width must be 0 to 255 characters",
                                                 {s.name, column_name(static_cast<std::uint32_t>(col))}));
    }
}

}  // namespace

std::size_t first_visible_sheet(const workbook& book) {
    for (std::size_t i = 0; i < book.sheets.size(); ++i)
        if (book.sheets[i].visibility == sheet_visibility::visible) return i;
    return 0;
}

void check_writable(const workbook& book) {
    if (book.sheets.empty())
        throw error("workbook.no_sheet", tr("arbetsboken har inget blad: ett kalkylblad måste ha minst ett blad",
                                            "the workbook has no sheet: a spreadsheet must have at least one"));
    if (std::none_of(book.sheets.begin(), book.sheets.end(),
                     [](const sheet& s) { return s.visibility == sheet_visibility::visible; }))
        throw error("workbook.no_visible_sheet", tr("alla blad är dolda: minst ett blad måste vara synligt",
                                                    "every sheet is hidden: at least one must be visible"));
    check_names(book);
    check_styles(book);
    for (const sheet& s : book.sheets) {
        check_cells(book, s);
        check_merges(s);
        check_layout(s);
    }
    if (!book.properties.created.empty() && !parse_iso_moment(book.properties.created))
        throw error("workbook.bad_created",
                    tr("dokumentegenskapen skapad \"{0}\" är inte skriven som ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm:ss",
                       "the document property created \"{0}\" is not written as YYYY-MM-DD or YYYY-MM-DDThh:mm:ss",
                       {quoted(book.properties.created)}));
}

}  // namespace mk
