// --statusord files: one word and its meaning a row; a header row; clear errors naming the row.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "src/core/error.hpp"
#include "src/model/names.hpp"
#include "src/recognize/status_mapping.hpp"

namespace {

mk::workbook rows_of(const std::vector<std::pair<std::string, std::string>>& rows) {
    mk::sheet s;
    s.name = "statusord";
    for (std::uint32_t row = 0; row < rows.size(); ++row) {
        if (!rows[row].first.empty()) s.cells.push_back({row, 0, mk::cell_type::string, rows[row].first, 0});
        if (!rows[row].second.empty()) s.cells.push_back({row, 1, mk::cell_type::string, rows[row].second, 0});
    }
    s.finish();
    mk::workbook book;
    book.sheets.push_back(s);
    return book;
}

std::string error_code(const std::vector<std::pair<std::string, std::string>>& rows) {
    try {
        mk::recognize::read_status_mapping(rows_of(rows));
    } catch (const mk::error& e) {
        return e.code() + ": " + e.msg().sv;
    }
    return "no error";
}

}  // namespace

TEST_CASE("status mapping: schema names and vocabulary words as meanings, a header row passed over") {
    auto mapping = mk::recognize::read_status_mapping(
        rows_of({{"Ord", "Status"}, {"I mål", "done"}, {"", ""}, {"På väg", "on track"}, {"Blå", "Genomfört"},
                 {"●", "Avviker från plan"}, {"Delvis i mål", "partly"}}));
    REQUIRE(mapping.entries().size() == 5);
    CHECK(mapping.find("i mål") == mk::model::status::done);
    CHECK(mapping.find("På väg") == mk::model::status::on_track);
    CHECK(mapping.find("#0070C0") == mk::model::status::done);
    CHECK(mapping.find("●") == mk::model::status::deviates);
    CHECK(mapping.find("delvis i mål") == mk::model::status::partly);
    CHECK(mapping.origin() == mk::recognize::definition_origin::mapping);
}

TEST_CASE("status mapping: rows that mean nothing, twice-given words and empty files are refused naming the row") {
    std::string bad = error_code({{"Ord", "Status"}, {"I mål", "done"}, {"Risk", "Farligt"}});
    CHECK(bad.starts_with("statusord.bad_status: rad 3: \"Risk\" ska betyda \"Farligt\""));
    CHECK(error_code({{"I mål", "done"}, {"i MÅL", "partly"}}).starts_with("statusord.twice: rad 2"));
    CHECK(error_code({{"#7030A0", "done"}}).starts_with("statusord.bad_word: rad 1"));
    CHECK(error_code({{"", "done"}}).starts_with("statusord.no_word: rad 1"));
    CHECK(error_code({{"Grön", "Gul"}}).starts_with("statusord.empty"));
    CHECK(error_code({{"Ord", "Status"}}).starts_with("statusord.empty"));
    CHECK(error_code({{"Ord", "Status"}, {"Grön", "Gul"}}).starts_with("statusord.bad_status: rad 2"));
}
