// Legends on a sheet: the forms people write them in, and prose that is none.
#include <doctest/doctest.h>

#include "src/model/names.hpp"
#include "src/recognize/status_legend.hpp"

using mk::model::status;
using mk::recognize::definition_origin;
using mk::recognize::status_definitions;

namespace {

struct legend_sheet {
    mk::sheet s;

    legend_sheet& text(const char* ref, std::string value, std::string fill = "") {
        auto place = mk::parse_a1(ref);
        REQUIRE(place);
        mk::cell c;
        c.row = place->first;
        c.col = place->second;
        c.text = std::move(value);
        s.cells.push_back(c);
        if (!fill.empty()) return colour(ref, std::move(fill));
        return *this;
    }
    legend_sheet& colour(const char* ref, std::string fill) {
        auto place = mk::parse_a1(ref);
        REQUIRE(place);
        s.fills.push_back({{place->first, place->second, place->first, place->second}, std::move(fill)});
        return *this;
    }

    // The legend read from every row of the sheet, with what it defined in definitions.
    mk::recognize::status_legend read(status_definitions& definitions) {
        s.name = "Blad1";
        s.finish();
        std::vector<mk::recognize::legend_row> rows;
        for (std::uint32_t row = 0; !s.cells.empty() && row <= s.cells.back().row; ++row) rows.push_back({row, 0});
        return mk::recognize::read_status_legend(s, rows, definitions, {});
    }
};

std::string meaning(const status_definitions& d, std::string_view key) {
    auto value = d.find(key);
    return value ? std::string(name_of(*value)) : "none";
}

}  // namespace

TEST_CASE("status legend: KEY = VALUE lines, one or several in a cell, with a label before them") {
    status_definitions d(definition_origin::legend);
    auto legend = legend_sheet{}
                      .text("A1", "Grön = Genomfört")
                      .text("A2", "Gul: pågår")
                      .text("A3", "* Röd – avviker från plan")
                      .text("A5", "Teckenförklaring: ● = Klart, ◐ = Pågår; ○ = Ej påbörjad")
                      .text("A6", "Ej aktuellt = grå")
                      .read(d);
    CHECK(meaning(d, "grön") == "done");
    CHECK(meaning(d, "#00B050") == "done");
    CHECK(meaning(d, "Gul") == "on_track");
    CHECK(meaning(d, "Röd") == "deviates");
    CHECK(meaning(d, "●") == "done");
    CHECK(meaning(d, "◐") == "on_track");
    CHECK(meaning(d, "○") == "not_started");
    CHECK(meaning(d, "Grå") == "cancelled");
    CHECK(legend.rows == std::vector<std::uint32_t>{0, 1, 2, 4, 5});
    CHECK(mk::format_range(legend.cells) == "A1:A6");
    CHECK(legend.entries.size() == 7);
    CHECK(legend.entries.front().first == "Grön");
}

TEST_CASE("status legend: symbols followed by their meaning, coloured cells, and keys beside values") {
    status_definitions d(definition_origin::legend);
    legend_sheet{}
        .text("A1", "● Klart  ◐ Pågår  ▲ Avviker från plan")
        .text("A2", "Klart / Genomfört", "C6EFCE")
        .text("A3", "Enligt plan", "FFEB9C")
        .colour("A4", "FF0000")
        .text("B4", "Avviker")
        .text("A5", "Blå")
        .text("B5", "Utgår")
        .text("A6", "■")
        .text("B6", "Ej påbörjad")
        .read(d);
    CHECK(meaning(d, "●") == "done");
    CHECK(meaning(d, "◐") == "on_track");
    CHECK(meaning(d, "▲") == "deviates");
    CHECK(meaning(d, "Grön") == "done");
    CHECK(meaning(d, "Gul") == "on_track");
    CHECK(meaning(d, "Röd") == "deviates");
    CHECK(meaning(d, "Blå") == "cancelled");
    CHECK(meaning(d, "■") == "not_started");
}

TEST_CASE("status legend: a word the vocabulary does not know beside known words of one meaning") {
    status_definitions d(definition_origin::legend);
    legend_sheet{}.text("A1", "* Klart / Färdigställt").text("A2", "Pågår / Klart / Okänt").read(d);
    CHECK(meaning(d, "Färdigställt") == "done");
    CHECK(meaning(d, "Okänt") == "none");
}

TEST_CASE("status legend: title blocks, prose and column headers define nothing") {
    status_definitions d(definition_origin::legend);
    auto legend = legend_sheet{}
                      .text("A1", "Datum")
                      .text("B1", "2018-01-23")
                      .text("A2", "Diarienummer")
                      .text("B2", "GAN-2019/10.603")
                      .text("A3", "Uppföljning åtagande delårsrapport per den 31 december år 2018")
                      .text("A4", "Status delår: Enligt plan")
                      .text("A5", "Observera: arbetet är försenat och klart först i maj")
                      .text("A6", "Pågående")
                      .text("B6", "Arbetet pågår och följer planen.")
                      .text("A7", "Klart = Genomfört")
                      .text("A8", "* Status delår:")
                      .text("A9", "Tabellen nedan visar läget för varje aktivitet; kommentera alla avvikelser.")
                      .read(d);
    CHECK(legend.entries.empty());
    CHECK(legend.rows.empty());
}

TEST_CASE("status legend: the first definition of a key wins") {
    status_definitions d(definition_origin::legend);
    auto legend = legend_sheet{}.text("A1", "Grön = Genomfört").text("A2", "Grön = Pågår").read(d);
    CHECK(meaning(d, "Grön") == "done");
    CHECK(legend.entries.size() == 1);
}
