#include "converters/csv/read.hpp"

#include <cstdint>
#include <string>

#include "converters/csv/decode.hpp"
#include "converters/csv/records.hpp"
#include "converters/csv/separator.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk {
namespace {

// Most non-empty cells read from one CSV file.
constexpr std::uint64_t max_cells = 2'000'000;

// Field text with every line end inside quotes as '\n'.
std::string with_lf_line_ends(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
        } else {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        }
    }
    return out;
}

// Puts every non-empty field into the sheet as a string cell.
class sheet_builder : public csv::record_visitor {
public:
    explicit sheet_builder(sheet& out) : sheet_(out) {}

    void field(std::string_view text) override {
        if (!text.empty()) add_cell(text);
        ++col_;
    }

    void end_record() override {
        ++row_;
        col_ = 0;
    }

private:
    void add_cell(std::string_view text) {
        std::string row = std::to_string(row_ + 1);
        if (row_ >= max_rows)
            throw error("csv.too_many_rows",
                        tr("CSV-filen har text på rad {0}, efter den sista rad ett kalkylblad kan ha ({1})",
                           "the CSV file has text on row {0}, after the last row a spreadsheet can have ({1})",
                           {row, std::to_string(max_rows)}));
        if (col_ >= max_cols)
            throw error("csv.too_many_columns",
                        tr("CSV-filen har fler än {0} fält på rad {1}, fler kolumner än ett kalkylblad kan ha: "
                           "kontrollera att filen verkligen är en CSV-fil",
                           "the CSV file has more than {0} fields on row {1}, more columns than a spreadsheet can "
                           "have: check that the file really is a CSV file",
                           {std::to_string(max_cols), row}));
        if (sheet_.cells.size() >= max_cells)
            throw error("csv.too_many_cells",
                        tr("CSV-filen har fler än {0} ifyllda fält (rad {1}), fler än som kan läsas: dela upp den",
                           "the CSV file has more than {0} non-empty fields (row {1}), more than can be read: "
                           "split it up",
                           {std::to_string(max_cells), row}));
        cell c;
        c.row = static_cast<std::uint32_t>(row_);
        c.col = static_cast<std::uint32_t>(col_);
        c.text = with_lf_line_ends(text);
        spend_memory(cell_memory(c), {});
        sheet_.cells.push_back(std::move(c));
    }

    sheet& sheet_;
    std::uint64_t row_ = 0;
    std::uint64_t col_ = 0;
};

}  // namespace

workbook read_csv(std::string_view bytes, std::string_view sheet_name) {
    std::string text = csv::decode_text(bytes);
    workbook book;
    sheet& s = book.sheets.emplace_back();
    s.name = sheet_name;
    sheet_builder builder(s);
    char separator = csv::detect_separator(text);
    csv::check_quotes(text, separator);
    csv::parse_records(text, separator, builder);
    s.finish();
    return book;
}

}  // namespace mk
