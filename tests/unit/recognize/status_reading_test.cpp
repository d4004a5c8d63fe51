// Reading one status cell: words, text after a word, lights, fills, symbols, definitions.
#include <doctest/doctest.h>

#include "src/model/names.hpp"
#include "src/recognize/colours.hpp"
#include "src/recognize/status_reading.hpp"
#include "src/recognize/status_legend.hpp"
#include "tests/unit/time_limit.hpp"

using mk::model::light_colour;
using mk::model::status;
using mk::recognize::definition_origin;
using mk::recognize::read_status;
using mk::recognize::status_definitions;
using mk::recognize::status_reading;

namespace {

status_reading plain(std::string_view text, std::string_view fill = "") { return read_status(text, fill, {}); }

std::string value_of(const status_reading& r) { return std::string(name_of(r.value)); }

}  // namespace

TEST_CASE("status reading: fills by hue, saturation and lightness") {
    struct example {
        const char* rgb;
        std::optional<light_colour> light;
    };
    const example examples[] = {
        {"00B050", light_colour::green},  {"C6EFCE", light_colour::green},  {"92D050", light_colour::green},
        {"A9D08E", light_colour::green},  {"FFFF00", light_colour::yellow}, {"FFEB9C", light_colour::yellow},
        {"FFC000", light_colour::yellow}, {"ED7D31", light_colour::yellow}, {"FF0000", light_colour::red},
        {"C00000", light_colour::red},    {"FFC7CE", light_colour::red},    {"D9D9D9", light_colour::grey},
        {"A6A6A6", light_colour::grey},   {"0070C0", light_colour::blue},   {"D9E1F2", light_colour::blue},
        {"FFFFFF", std::nullopt},         {"F2F2F2", std::nullopt},         {"000000", std::nullopt},
        {"7030A0", std::nullopt},         {"xyz", std::nullopt},
    };
    for (const example& e : examples) {
        CAPTURE(e.rgb);
        CHECK(mk::recognize::light_of_fill(e.rgb) == e.light);
    }
    CHECK(mk::recognize::parse_colour_code("#ff0000") == "FF0000");
    CHECK_FALSE(mk::recognize::parse_colour_code("FF0000"));
    CHECK_FALSE(mk::recognize::parse_colour_code("#FF00"));
}

TEST_CASE("status reading: words whole, and by their first words when text follows") {
    CHECK(value_of(plain("Enligt plan")) == "on_track");
    CHECK(value_of(plain("Klart 2019-05-01")) == "done");
    CHECK(value_of(plain("Ej påbörjad pga sjukdom")) == "not_started");
    CHECK(value_of(plain("Delvis uppfyllt")) == "partly");
    CHECK(value_of(plain("● Klart")) == "done");
    CHECK(plain("Pågår, klart i maj").word == "Pågår, klart i maj");
    CHECK(value_of(plain("Se kommentar")) == "unknown");
    CHECK_FALSE(plain("Enligt plan").assumed);
}

TEST_CASE("status reading: a light word says its assumed meaning unless text after it or a definition says more") {
    status_reading red = plain("Röd");
    CHECK(value_of(red) == "deviates");
    CHECK(red.assumed);
    for (const char* text : {"Grön – enligt plan", "Grön: klart", "Grön (genomfört)", "grönt - Genomfört"}) {
        CAPTURE(text);
        status_reading r = plain(text);
        CHECK_FALSE(r.assumed);
        CHECK(r.value == (std::string_view(text).find("plan") != std::string_view::npos ? status::on_track : status::done));
    }
    status_reading after_unknown = plain("Gul – se kommentar");
    CHECK(value_of(after_unknown) == "not_started");
    CHECK(after_unknown.assumed);
    status_definitions legend(definition_origin::legend);
    REQUIRE(legend.define("Gul", status::on_track));
    const status_definitions* definitions[] = {&legend};
    status_reading defined = read_status("Gul", "", definitions);
    CHECK(value_of(defined) == "on_track");
    CHECK_FALSE(defined.assumed);
    CHECK(defined.decided_by == &legend);
    // The text after the light word still says more than the legend.
    CHECK(value_of(read_status("Gul – ej påbörjad", "", definitions)) == "not_started");
}

TEST_CASE("status reading: a fill decides for an empty cell or a symbol, and is kept as the word") {
    status_reading red = plain("", "FF0000");
    CHECK(red.word == "#FF0000");
    CHECK(value_of(red) == "deviates");
    CHECK(red.assumed);
    status_reading dot = plain("●", "00B050");
    CHECK(dot.word == "● #00B050");
    CHECK(value_of(dot) == "on_track");
    CHECK(value_of(plain("", "D9D9D9")) == "cancelled");
    CHECK(value_of(plain("", "FFC000")) == "not_started");
    // The text wins over the fill.
    CHECK(value_of(plain("Genomfört", "FF0000")) == "done");
    // Fills that are no light say nothing: the cell is empty.
    CHECK(plain("", "FFFFFF").word.empty());
    CHECK(plain("", "7030A0").word.empty());
    CHECK(plain("", "").word.empty());
    // Blue has no assumed meaning: an unknown word until defined.
    status_reading blue = plain("", "0070C0");
    CHECK(blue.word == "#0070C0");
    CHECK(value_of(blue) == "unknown");
    status_definitions mapping(definition_origin::mapping);
    REQUIRE(mapping.define("Blå", status::done));
    const status_definitions* definitions[] = {&mapping};
    CHECK(value_of(read_status("", "0070C0", definitions)) == "done");
    CHECK(value_of(read_status("Blå", "", definitions)) == "done");
}

TEST_CASE("status reading: a colour code written as text reads as that colour (an exported report's word)") {
    CHECK(value_of(plain("#FF0000")) == "deviates");
    CHECK(plain("#FF0000").assumed);
    CHECK(value_of(plain("● #00B050", "FFC7CE")) == "on_track");
    CHECK(plain("● #00B050").word == "● #00B050");
}

TEST_CASE("status reading: a symbol alone says nothing unless defined, dashes say there is no status") {
    status_reading triangle = plain("▲");
    CHECK(triangle.word == "▲");
    CHECK(value_of(triangle) == "unknown");
    status_definitions legend(definition_origin::legend);
    REQUIRE(legend.define("▲", status::deviates));
    const status_definitions* definitions[] = {&legend};
    CHECK(value_of(read_status("▲", "00B050", definitions)) == "deviates");
    CHECK(read_status("▲", "00B050", definitions).word == "▲");
    for (const char* dash : {"-", "–", " — ", "--"}) {
        CAPTURE(dash);
        CHECK(plain(dash).no_status);
        CHECK(plain(dash).word.empty());
    }
    CHECK_FALSE(plain("").no_status);
}

TEST_CASE("status reading: the user's mapping comes before the legend, the legend before the vocabulary") {
    status_definitions mapping(definition_origin::mapping);
    status_definitions legend(definition_origin::legend);
    REQUIRE(mapping.define("I mål", status::done));
    REQUIRE(legend.define("I mål", status::on_track));
    REQUIRE(legend.define("Kvarstår", status::deviates));
    const status_definitions* definitions[] = {&mapping, &legend};
    CHECK(read_status("i MÅL", "", definitions).decided_by == &mapping);
    CHECK(value_of(read_status("i MÅL", "", definitions)) == "done");
    CHECK(value_of(read_status("Kvarstår", "", definitions)) == "deviates");
    // The first definition of a key wins; a key that is no word, light, symbol or light's colour
    // code is refused.
    CHECK_FALSE(mapping.define("i mål", status::cancelled));
    CHECK_FALSE(mapping.define("  ", status::done));
    CHECK_FALSE(mapping.define("#7030A0", status::done));
    CHECK(mapping.define("#00B050", status::done));
    CHECK_FALSE(mapping.define("Grönt", status::on_track));
}

TEST_CASE("status reading: a phrase means a status by the schema's names, the vocabulary and its parts") {
    using mk::recognize::phrase_status;
    CHECK(phrase_status("done", {}) == status::done);
    CHECK(phrase_status("on_track", {}) == status::on_track);
    CHECK(phrase_status("not started", {}) == status::not_started);
    CHECK(phrase_status("Klart / Genomfört", {}) == status::done);
    CHECK(phrase_status("Genomfört enligt plan", {}) == status::done);
    CHECK_FALSE(phrase_status("Genomfört enligt plan", {}, true));
    CHECK_FALSE(phrase_status("Klart / Pågår", {}));
    CHECK_FALSE(phrase_status("Grön", {}));
    CHECK_FALSE(phrase_status("unknown", {}));
    CHECK_FALSE(phrase_status("", {}));
}

TEST_CASE("status reading: a status cell or a legend cell of 200 thousand words is read in linear time") {
    std::string words;
    for (int i = 0; i < 200000; ++i) words += "ord ";
    mk::test::stopwatch watch;
    CHECK(value_of(plain("Grön " + words)) == "on_track");
    CHECK(value_of(plain(words)) == "unknown");
    CHECK(value_of(plain("● " + words + "●")) == "unknown");
    mk::sheet s;
    s.name = "Blad1";
    s.cells.push_back({0, 0, mk::cell_type::string, "● " + words + "◐ Klart", 0});
    s.finish();
    status_definitions legend(definition_origin::legend);
    mk::recognize::legend_row rows[] = {{0, 0}};
    CHECK(mk::recognize::read_status_legend(s, rows, legend, {}).entries.empty());
    CHECK(watch.seconds() < mk::test::time_limit(2));
}
