#pragma once
// The follow-up fixtures loaded as the export command loads them, and small look-ups in the report.
#include <string>
#include <vector>

#include "src/container/workbook.hpp"
#include "src/model/document.hpp"

namespace report_test {

// The model of the fixtures below MK_FIXTURES at these paths, as `malkedja import` reads them.
mk::model::document load_fixture(const std::vector<std::string>& paths);

// The sheet named name; fails the test when there is none.
const mk::sheet& sheet_named(const mk::workbook& book, const std::string& name);

// The texts of a row from column 0 up to its last cell; a number as a whole number, or as the
// percentage it shows ("93 %") when its look in styles shows one.
std::vector<std::string> row_texts(const mk::sheet& s, std::uint32_t row,
                                   const std::vector<mk::cell_style>& styles = {});

// The first row whose cell in column 0 or 1 holds text; fails the test when there is none.
std::uint32_t row_with(const mk::sheet& s, const std::string& text);

}  // namespace report_test
