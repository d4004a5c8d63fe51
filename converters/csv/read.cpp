#include "converters/csv/read.hpp"

#include <cstdint>
#include <functional>
#include <string>

#include "converters/csv/decode.hpp"
#include "converters/csv/formula_guard.hpp"
#include "converters/csv/records.hpp"
#include "converters/csv/separator.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk {
namespace {

// Most non-empty cells read from one CSV file.
constexpr std::uint64_t max_cells = 2'000'000;

// Field text with every line end inside quotes as '\n': text itself when it holds no carriage
// return, else the text turned into room.
std::string_view with_lf_line_ends(std::string_view text, std::string& room) {
    std::size_t cr = text.find('\r');
    if (cr == std::string_view::npos) return text;
    room.clear();
    // The runs between carriage returns are copied whole.
    for (std::size_t from = 0;; cr = text.find('\r', from)) {
        room.append(text.substr(from, cr - from));
        if (cr == std::string_view::npos) return room;
        room += '\n';
        from = cr + 1 < text.size() && text[cr + 1] == '\n' ? cr + 2 : cr + 1;
    }
}

// Where a text cell goes: its row, column and text (which need not outlive the call).
using text_cell_sink = std::function<void(std::uint32_t row, std::uint32_t col, std::string_view text)>;

// Hands every non-empty field to take as a text cell, in order, under the limits of a sheet.
class cell_reader : public csv::record_visitor {
public:
    explicit cell_reader(const text_cell_sink& take) : take_(take) {}

    void field(std::string_view text) override {
        text = csv::unguarded(text);
        if (!text.empty()) {
            check_limits();
            take_(static_cast<std::uint32_t>(row_), static_cast<std::uint32_t>(col_), with_lf_line_ends(text, room_));
        }
        ++col_;
    }

    void end_record() override {
        ++row_;
        col_ = 0;
    }

private:
    // Throws when a cell at the current place would be beyond what a sheet holds.
    void check_limits() {
        if (row_ >= max_rows)
            throw error("csv.too_many_rows",
                        tr("CSV-filen har text på rad {0}, efter den sista rad ett kalkylblad kan ha ({1})",
                           "the CSV file has text on row {0}, after the last row a spreadsheet can have ({1})",
                           {std::to_string(row_ + 1), std::to_string(max_rows)}));
        if (col_ >= max_cols)
            throw error("csv.too_many_columns",
                        tr("CSV-filen har fler än {0} fält på rad {1}, fler kolumner än ett kalkylblad kan ha: "
                           "kontrollera att filen verkligen är en CSV-fil",
                           "the CSV file has more than {0} fields on row {1}, more columns than a spreadsheet can "
                           "have: check that the file really is a CSV file",
                           {std::to_string(max_cols), std::to_string(row_ + 1)}));
        if (cells_++ >= max_cells)
            throw error("csv.too_many_cells",
                        tr("CSV-filen har fler än {0} ifyllda fält (rad {1}), fler än som kan läsas: dela upp den",
                           "the CSV file has more than {0} non-empty fields (row {1}), more than can be read: "
                           "split it up",
                           {std::to_string(max_cells), std::to_string(row_ + 1)}));
    }

    const text_cell_sink& take_;
    std::string room_;  // a field's text with its line ends turned
    std::uint64_t row_ = 0;
    std::uint64_t col_ = 0;
    std::uint64_t cells_ = 0;
};

// Hands the cells of the CSV file in bytes to take, sorted by row and column.
void read_cells(std::string_view bytes, const text_cell_sink& take) {
    std::string decoded;
    std::string_view text = csv::decode_text(bytes, decoded);
    char separator = csv::detect_separator(text);
    csv::check_quotes(text, separator);
    cell_reader reader(take);
    csv::parse_records(text, separator, reader);
}

}  // namespace

workbook read_csv(std::string_view bytes, std::string_view sheet_name) {
    workbook book;
    sheet& s = book.sheets.emplace_back();
    s.name = sheet_name;
    read_cells(bytes, [&s](std::uint32_t row, std::uint32_t col, std::string_view text) {
        cell& c = s.cells.emplace_back(cell{row, col, cell_type::string, std::string(text)});
        spend_memory(cell_memory(c), {});
    });
    s.finish();
    return book;
}

void visit_csv(std::string_view bytes, std::string_view sheet_name, sheet_visitor& visitor) {
    sheet header;
    header.name = sheet_name;
    visitor.begin_sheet(header);
    read_cells(bytes, [&visitor](std::uint32_t row, std::uint32_t col, std::string_view text) {
        visitor.add_text(row, col, text);
    });
    visitor.end_sheet();
}

}  // namespace mk
