#include "text_table.hpp"

namespace recognize_test {

mk::workbook table(const std::vector<std::vector<std::string>>& rows) {
    mk::sheet s;
    s.name = "Blad1";
    std::uint32_t row = 0;
    for (const auto& texts : rows) {
        for (std::uint32_t col = 0; col < texts.size(); ++col)
            if (!texts[col].empty()) s.cells.push_back({row, col, mk::cell_type::string, texts[col], 0});
        ++row;
    }
    s.finish();
    mk::workbook book;
    book.sheets.push_back(s);
    return book;
}

}  // namespace recognize_test
