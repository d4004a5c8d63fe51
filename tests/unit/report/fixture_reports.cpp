#include "fixture_reports.hpp"

#include <doctest/doctest.h>

#include "src/pipeline/load.hpp"

namespace report_test {

mk::model::document load_fixture(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const std::string& path : paths) files.push_back(std::string(MK_FIXTURES) + "/" + path);
    return mk::pipeline::load_inputs(files, {}).doc;
}

const mk::sheet& sheet_named(const mk::workbook& book, const std::string& name) {
    for (const mk::sheet& s : book.sheets)
        if (s.name == name) return s;
    FAIL("no sheet " << name);
    return book.sheets.front();
}

std::vector<std::string> row_texts(const mk::sheet& s, std::uint32_t row, const std::vector<mk::cell_style>& styles) {
    std::vector<std::string> texts;
    for (const mk::cell& c : s.cells) {
        if (c.row != row) continue;
        texts.resize(c.col + 1);
        bool percent = c.style < styles.size() && styles[c.style].percent;
        if (c.type != mk::cell_type::number)
            texts[c.col] = c.text;
        else
            texts[c.col] = percent ? mk::percent_text(c.number) : std::to_string(static_cast<long long>(c.number));
    }
    return texts;
}

std::uint32_t row_with(const mk::sheet& s, const std::string& text) {
    for (const mk::cell& c : s.cells)
        if (c.col <= 1 && c.text == text) return c.row;
    FAIL("no row with " << text << " in " << s.name);
    return 0;
}

}  // namespace report_test
