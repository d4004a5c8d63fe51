#include "src/diff/tables.hpp"
#include "src/diff/write.hpp"

namespace mk::diff {

std::string changes_text(const changes& found, const sides& names) {
    std::string out = tr("Jämförelse av {0} (förra året) med {1} (i år)",
                         "Comparison of {0} (last year) with {1} (this year)", {names.before, names.after})
                          .text() +
                      '\n';
    for (const std::string& line : summary_lines(found)) out += "  " + line + '\n';
    for (const change_table& table : change_tables(found)) {
        if (table.rows.empty()) continue;
        out += '\n' + table.title.text() + " (" + std::to_string(table.rows.size()) + ")\n  ";
        for (std::size_t c = 0; c < table.columns.size(); ++c) out += (c ? " | " : "") + table.columns[c].text();
        out += '\n';
        for (const auto& row : table.rows) {
            out += "  ";
            for (std::size_t c = 0; c < row.size(); ++c)
                out += (c ? " | " : "") + (row[c].text.empty() ? "–" : row[c].text);
            out += '\n';
        }
    }
    std::size_t n = found.count();
    message total = n == 0   ? tr("Inga ändringar.", "No changes.")
                    : n == 1 ? tr("1 ändring.", "1 change.")
                             : tr("{0} ändringar.", "{0} changes.", {std::to_string(n)});
    out += '\n' + total.text() + '\n';
    return out;
}

}  // namespace mk::diff
