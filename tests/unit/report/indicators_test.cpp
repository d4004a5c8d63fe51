// Indicators in the reports, from the follow-up with indicators of tests/data/indicators: the
// detail's indicator columns with Uppnått in its light and read back as the same model, a line per
// indicator in the document, typed values and met in the .json.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixture_reports.hpp"
#include "src/check/rule.hpp"
#include "src/normalized/write.hpp"
#include "src/pipeline/load.hpp"
#include "src/recognize/follow_up.hpp"
#include "src/report/json.hpp"
#include "src/report/report.hpp"

using report_test::row_texts;
using report_test::row_with;
using report_test::sheet_named;

namespace {

mk::model::document with_indicators() {
    return mk::pipeline::load_inputs({std::string(MK_SOURCE_DIR) + "/tests/data/indicators/indikatorer-2019.xlsx"}, {})
        .doc;
}

std::string canonical(const mk::model::document& doc) {
    return mk::normalized::write_normalized(doc, {.provenance = false});
}

}  // namespace

TEST_CASE("indicators: the detail shows target, outcomes, trend and Uppnått in its light, and reads back alike") {
    mk::model::document doc = with_indicators();
    mk::workbook book = mk::report::build_detail_workbook(doc, {});
    const mk::sheet& s = sheet_named(book, "Uppföljning");
    std::uint32_t header = row_with(s, "Perspektiv");
    auto headers = row_texts(s, header);
    CHECK(std::vector<std::string>(headers.end() - 7, headers.end()) ==
          std::vector<std::string>{"Indikator", "Målvärde", "Utfall föregående år", "Utfall delår 1", "Utfall 2019",
                                   "Trend", "Målvärde uppnått"});
    auto first = row_texts(s, header + 1);
    CHECK(
        std::vector<std::string>(first.end() - 7, first.end()) ==
        std::vector<std::string>{"Andel elever i samverkansprojekt", "≥ 75 %", "70 %", "72%", "81 %", "↑", "Uppnått"});
    auto met_fill = [&](std::uint32_t row) {
        const mk::cell* c = s.find(row, static_cast<std::uint32_t>(headers.size() - 1));
        REQUIRE(c);
        return c->text + " " + book.styles[c->style].fill;
    };
    CHECK(met_fill(header + 1) == "Uppnått C6EFCE");
    CHECK(met_fill(header + 2) == "Ej uppnått FFC7CE");
    CHECK(canonical(mk::recognize::recognise_follow_up(book, "rapport.csv").doc) == canonical(doc));
}

TEST_CASE("indicators: the document has a line per indicator, the .json typed values and whether each is met") {
    mk::model::document doc = with_indicators();
    auto found = mk::check::run_all({doc, nullptr, "2019-12-31"});
    mk::document report = mk::report::build_report_document(doc, found, {});
    bool line = false;
    for (const mk::block& b : report.blocks)
        for (const mk::table_row& r : b.rows)
            for (const mk::table_cell& c : r.cells)
                for (const mk::block& p : c.blocks)
                    line = line || p.text ==
                                       "Antal samarbetsavtal: målvärde minst 4, Utfall föregående år 2, "
                                       "Utfall delår 1 3, Utfall 2019 3, trend → (ej uppnått)";
    CHECK(line);
    auto json = nlohmann::json::parse(mk::report::write_report_json(doc, found, {}));
    const auto& share = json["activities"][0]["indicators"][0];
    CHECK(share["target"] ==
          nlohmann::json{{"text", "≥ 75 %"}, {"kind", "percent"}, {"compare", "at_least"}, {"number", 75}});
    CHECK(share["outcomes"][2]["year"] == 2019);
    CHECK(share["met"] == true);
    CHECK(json["activities"][1]["indicators"][0]["met"] == false);
    CHECK(json["activities"][3]["indicators"][0]["met"].is_null());
}
