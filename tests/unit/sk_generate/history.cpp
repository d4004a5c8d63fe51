// Meritvärde and "minst E" per year from the results file into the SK template's history tables.
#include <doctest/doctest.h>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/recognize/schools.hpp"
#include "src/sk/plan.hpp"

using namespace mk;

namespace {

// A history sheet: Exempelskolan's ÅK 9 for two of the three years, the kommun's, a year too old.
workbook history_book() {
    sheet s;
    s.name = "Meritvärde";
    std::vector<std::vector<std::string>> rows{
        {"Enhet", "Skolenhetskod", "Område", "Årskurs", "År", "Meritvärde", "Meritvärde flickor", "Meritvärde pojkar",
         "Minst E i lästa ämnen", "Minst E flickor", "Minst E pojkar"},
        {"Exempelskolan", "84213307", "Sydvästra/Östra", "ÅK 9", "2023", "233.5", "240", "219.8", "0.81", "0.85", "77"},
        {"Exempelskolan", "84213307", "Sydvästra/Östra", "9", "VT-21", "229.84", "", "", "79 %", "", ""},
        {"Exempelskolan", "84213307", "Sydvästra/Östra", "9", "2019/20", "200", "", "", "", "", ""},
        {"HUDDINGE", "", "Kommun", "9", "2022/23", "235.2", "", "", "80", "", ""},
        {"HUDDINGE", "", "Kommun", "9", "2022", "231", "", "", "", "", ""}};
    for (std::uint32_t r = 0; r < rows.size(); ++r)
        for (std::uint32_t c = 0; c < rows[r].size(); ++c) {
            const std::string& text = rows[r][c];
            if (text.empty()) continue;
            bool number = r > 0 && c >= 5 && text.find_first_not_of("0123456789.") == std::string::npos;
            s.cells.push_back({r, c, number ? cell_type::number : cell_type::string, number ? "" : text,
                               number ? std::stod(text) : 0});
        }
    s.finish();
    workbook book;
    book.sheets.push_back(std::move(s));
    return book;
}

// The texts of the first table after the heading containing heading, row by row.
std::vector<std::vector<std::string>> table_after(const document& doc, const std::string& heading) {
    bool seen = false;
    for (const auto& b : doc.blocks) {
        if (b.kind == block_kind::heading) seen = b.text.find(heading) != std::string::npos;
        if (!seen || b.kind != block_kind::table) continue;
        std::vector<std::vector<std::string>> texts;
        for (const auto& row : b.rows) {
            texts.emplace_back();
            for (const auto& cell : row.cells) texts.back().push_back(plain_text(cell.blocks));
        }
        return texts;
    }
    FAIL("no table after " << heading);
    return {};
}

// Exempelskolan's plan (with the stages given) for the läsår starting in lasar, from the history sheet.
fill_plan plan_for(int lasar, const std::string& stages) {
    sk::plan_inputs in;
    in.history = recognize::read_results(history_book()).history;
    in.lasar = lasar;
    in.template_lasar = 2023;
    model::school school{};
    school.code = "84213307";
    school.name = "Exempelskolan";
    school.stages = stages;
    return sk::plan_for_school(in, school, {}, false);
}

}  // namespace

TEST_CASE(
    "results file: history values with their grade, spring year, measure and group, as the document writes them") {
    auto results = recognize::read_results(history_book());
    CHECK(results.survey.empty());
    REQUIRE(results.history.size() == 12);
    const auto& first = results.history.front();
    CHECK(first.code == "84213307");
    CHECK(first.grade == 9);
    CHECK(first.year == 2023);
    CHECK(first.value == "233,5");
    CHECK(results.history[3].value == "81 %");
    CHECK(results.history[5].value == "77 %");
    CHECK(results.history[6].year == 2021);
    CHECK(results.history[6].value == "229,8");
    CHECK(results.history[7].value == "79 %");
    CHECK(results.history[8].year == 2020);
    CHECK(results.history[9].code.empty());
    CHECK(results.history[9].year == 2023);
}

TEST_CASE("a results file with neither survey nor history sheets is refused") {
    workbook book;
    book.sheets.emplace_back().name = "Blad1";
    CHECK_THROWS(recognize::read_results(book));
}

TEST_CASE("the history table: the years present filled, absent years empty, the kommun's last year") {
    auto plan = plan_for(2023, "F-9");
    for (auto format : {"docx", "odt"}) {
        auto bytes = read_input_file(std::string(MK_FIXTURES) + "/sk/sk-mall-2023-2024." + format);
        auto doc =
            read_document(std::string(format) == "docx" ? fill_docx(bytes, plan).bytes : fill_odt(bytes, plan).bytes);
        auto table = table_after(doc, "ÅK 9 - Meritvärde");
        using row = std::vector<std::string>;
        CHECK(table[0] == row{"", "VT-21", "VT-22", "VT-23", "Huddinge kommun VT-23"});
        CHECK(table[1] == row{"Meritvärde (17 ämnen)", "229,8", "", "233,5", "235,2"});
        CHECK(table[2] == row{"Flicka", "", "", "240,0", ""});
        CHECK(table[3] == row{"Pojke", "", "", "219,8", ""});
        CHECK(table[4] == row{"Minst E i lästa ämnen", "79 %", "", "81 %", "80 %"});
        CHECK(table[5] == row{"Flicka", "", "", "85 %", ""});
        CHECK(table[6] == row{"Pojke", "", "", "77 %", ""});
        // ÅK 6 has no values in the file: its table stays empty.
        for (const auto& cells : table_after(doc, "ÅK 6 - Meritvärde"))
            for (std::size_t c = 1; c < cells.size(); ++c)
                CHECK(
                    (cells[c].empty() || cells[c].starts_with("VT-") || cells[c].find("kommun") != std::string::npos));
    }
}

TEST_CASE("a later läsår moves the history's spring terms and the kommun's column along") {
    auto plan = plan_for(2024, "7-9");
    auto bytes = read_input_file(std::string(MK_FIXTURES) + "/sk/sk-mall-2023-2024.docx");
    auto table = table_after(read_document(fill_docx(bytes, plan).bytes), "ÅK 9 - Meritvärde");
    using row = std::vector<std::string>;
    CHECK(table[0] == row{"", "VT-22", "VT-23", "VT-24", "Huddinge kommun VT-24"});
    // 2021 is too old for 2024/25; 2023 is the middle year now; the kommun's 2023 is no longer its year.
    CHECK(table[1] == row{"Meritvärde (17 ämnen)", "", "233,5", "", ""});
}
