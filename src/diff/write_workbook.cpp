#include "src/diff/tables.hpp"
#include "src/diff/write.hpp"
#include "src/report/sheet_writer.hpp"

namespace mk::diff {

workbook changes_workbook(const changes& found, const sides& names) {
    workbook book;
    report::sheet_looks looks;
    book.sheets.push_back({});
    {
        sheet& s = book.sheets.back();
        s.name = tr("Sammanfattning", "Summary").text();
        report::sheet_writer out(book, s);
        out.text(0, 0, tr("Ändringar i målkedjan", "Changes in the goal chain").text(), looks.title);
        out.text(1, 0, tr("Förra året", "Last year").text(), looks.strong_body);
        out.text(1, 1, names.before, looks.body);
        out.text(2, 0, tr("I år", "This year").text(), looks.strong_body);
        out.text(2, 1, names.after, looks.body);
        std::uint32_t row = 4;
        for (const std::string& line : summary_lines(found)) out.text(row++, 0, line, {});
        out.text(row + 1, 0, tr("Ändringar", "Changes").text(), looks.strong_body);
        out.number(row + 1, 1, static_cast<double>(found.count()), looks.body);
        s.finish();
    }
    for (const change_table& table : change_tables(found)) {
        book.sheets.push_back({});
        sheet& s = book.sheets.back();
        s.name = table.title.text();
        report::sheet_writer out(book, s);
        std::vector<std::pair<std::string, double>> columns;
        for (const message& c : table.columns) columns.emplace_back(c.text(), columns.empty() ? 50 : 30);
        out.header_row(0, columns, looks.header);
        std::uint32_t row = 1;
        for (const auto& cells : table.rows) {
            for (std::uint32_t c = 0; c < cells.size(); ++c) {
                if (cells[c].share)
                    out.share(row, c, cells[c].share, looks.body);
                else
                    out.text(row, c, cells[c].text, looks.body);
            }
            ++row;
        }
        if (table.rows.empty())
            out.text(row++, 0, tr("Inga ändringar av det här slaget.", "No changes of this kind.").text(), {});
        out.freeze_and_filter(0, row - 1);
        s.finish();
    }
    return book;
}

}  // namespace mk::diff
