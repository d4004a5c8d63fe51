#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "src/model/names.hpp"
#include "src/model/status_words.hpp"
#include "src/text/fold.hpp"

using mk::model::canonical_status;
using mk::model::light_colour;
using mk::model::status;
using mk::model::suggest_status_word;
using mk::model::word_kind;

namespace {

struct row {
    const char* word;
    status value;
};

// The cells of the README's table whose header row starts with header, row by row.
std::vector<std::vector<std::string>> readme_table(const std::string& header) {
    std::ifstream in(std::string(MK_SOURCE_DIR) + "/README.md");
    REQUIRE(in.good());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool inside = false;
    while (std::getline(in, line)) {
        if (!inside) {
            inside = line.starts_with(header);
            continue;
        }
        if (!line.starts_with('|')) break;
        if (line.starts_with("|---")) continue;
        std::vector<std::string> cells;
        std::stringstream parts(line.substr(1));
        std::string cell;
        while (std::getline(parts, cell, '|')) cells.push_back(mk::text::squeeze_spaces(cell));
        rows.push_back(cells);
    }
    REQUIRE_MESSAGE(!rows.empty(), "no table " << header << " in the README");
    return rows;
}

// "Genomfört, Klart" → {"Genomfört", "Klart"}.
std::vector<std::string> listed(const std::string& cell) {
    std::vector<std::string> out;
    std::stringstream parts(cell);
    std::string word;
    while (std::getline(parts, word, ',')) out.push_back(mk::text::squeeze_spaces(word));
    return out;
}

std::string unquoted(std::string name) {
    std::erase(name, '`');
    return name;
}

}  // namespace

TEST_CASE("status words: every word of the DOMAIN.md table and of issue 13 maps to its canonical value") {
    const row table[] = {
        {"Genomfört", status::done},          {"Klart", status::done},
        {"Klar", status::done},               {"Slutfört", status::done},
        {"Avslutad", status::done},           {"Uppfyllt", status::done},
        {"Pågående", status::on_track},       {"Enligt plan", status::on_track},
        {"Pågår", status::on_track},          {"Påbörjad", status::on_track},
        {"Kvarstår", status::not_started},    {"Ej påbörjad", status::not_started},
        {"Ej startad", status::not_started},  {"Delvis uppfyllt", status::partly},
        {"Delvis", status::partly},           {"Avviker från plan", status::deviates},
        {"Avviker", status::deviates},        {"Försenad", status::deviates},
        {"Ej uppfyllt", status::deviates},    {"Senarelagd", status::deviates},
        {"Flyttad", status::deviates},        {"Utgår", status::cancelled},
        {"Ej aktuellt", status::cancelled},   {"Ej aktuell", status::cancelled},
        {"Avbruten", status::cancelled},      {"Påg.", status::on_track},
        {"Ej påb.", status::not_started},     {"Genomf.", status::done},
        {"Grön", status::on_track},           {"Gul", status::not_started},
        {"Röd", status::deviates},            {"Grå", status::cancelled},
    };
    for (const row& r : table) {
        CAPTURE(r.word);
        CHECK(name_of(canonical_status(r.word)) == name_of(r.value));
    }
}

TEST_CASE("status words: case, surrounding and repeated spaces are ignored") {
    CHECK(canonical_status("PÅGÅENDE") == status::on_track);
    CHECK(canonical_status("genomfört") == status::done);
    CHECK(canonical_status("  Enligt   plan ") == status::on_track);
    CHECK(canonical_status("AVVIKER FRÅN\tPLAN") == status::deviates);
    CHECK(canonical_status("Ej\xC2\xA0p\xC3\xA5" "b\xC3\xB6rjad") == status::not_started);
    CHECK(canonical_status("\nKlart\n") == status::done);
    CHECK(canonical_status("ej AKTUELLT") == status::cancelled);
    CHECK(canonical_status("Ej påb") == status::not_started);
}

TEST_CASE("status words: anything else is unknown") {
    CHECK(canonical_status("") == status::unknown);
    CHECK(canonical_status("Kvarstå") == status::unknown);
    CHECK(canonical_status("Pågånde") == status::unknown);
    CHECK(canonical_status("Enligt") == status::unknown);
    CHECK(canonical_status("Status") == status::unknown);
    CHECK(canonical_status("Blå") == status::unknown);
    CHECK(canonical_status("●") == status::unknown);
}

TEST_CASE("status words: lights name their colour and the meaning DOMAIN.md assumes") {
    const mk::model::status_word* green = mk::model::find_status_word("grönt");
    REQUIRE(green);
    CHECK(green->kind == word_kind::light);
    CHECK(green->colour == light_colour::green);
    CHECK(mk::model::assumed_status(light_colour::green) == status::on_track);
    CHECK(mk::model::assumed_status(light_colour::yellow) == status::not_started);
    CHECK(mk::model::assumed_status(light_colour::red) == status::deviates);
    CHECK(mk::model::assumed_status(light_colour::grey) == status::cancelled);
    CHECK(mk::model::assumed_status(light_colour::blue) == status::unknown);
    CHECK(mk::model::colour_word(light_colour::yellow) == "Gul");
    CHECK_FALSE(mk::model::find_status_word("Genomfört")->colour);
}

TEST_CASE("status words: the README lists the vocabulary exactly") {
    std::set<std::tuple<std::string, std::string, bool>> readme;
    for (const auto& cells : readme_table("| canonical | words | abbreviations |")) {
        REQUIRE(cells.size() >= 3);
        for (const std::string& word : listed(cells[1])) readme.emplace(word, unquoted(cells[0]), false);
        for (const std::string& word : listed(cells[2])) readme.emplace(word, unquoted(cells[0]), true);
    }
    for (const auto& cells : readme_table("| light | light words |")) {
        REQUIRE(cells.size() >= 3);
        std::string meaning = cells[2].starts_with('`') ? unquoted(cells[2]) : "unknown";
        for (const std::string& word : listed(cells[1])) readme.emplace(word + " (" + cells[0] + ")", meaning, false);
    }
    std::set<std::tuple<std::string, std::string, bool>> table;
    for (const mk::model::status_word& entry : mk::model::status_vocabulary()) {
        std::string word(entry.word);
        if (entry.colour) word += " (" + std::string(name_of(*entry.colour)) + ")";
        table.emplace(word, std::string(name_of(entry.value)), entry.kind == word_kind::abbreviation);
    }
    for (const auto& entry : table) CHECK_MESSAGE(readme.contains(entry), std::get<0>(entry) << " is not in the README");
    for (const auto& entry : readme) CHECK_MESSAGE(table.contains(entry), std::get<0>(entry) << " is not in the table");
}

TEST_CASE("status words: every entry is found by its own word, and no two entries fold alike") {
    std::set<std::string> folded;
    for (const mk::model::status_word& entry : mk::model::status_vocabulary()) {
        CAPTURE(entry.word);
        CHECK(mk::model::find_status_word(entry.word) == &entry);
        CHECK(folded.insert(mk::text::fold(entry.word)).second);
    }
}

TEST_CASE("status words: a suggestion only for a likely misspelling") {
    CHECK(suggest_status_word("Pågånde") == "Pågående");
    CHECK(suggest_status_word("Kvarstå") == "Kvarstår");
    CHECK(suggest_status_word("Ej uppfylt") == "Ej uppfyllt");
    CHECK(suggest_status_word("Genomfrt") == "Genomfört");
    // Known words, abbreviations, other meanings and other words get none.
    CHECK_FALSE(suggest_status_word("Röd"));
    CHECK_FALSE(suggest_status_word("Ej uppfyllt"));
    CHECK_FALSE(suggest_status_word("Oklart"));
    CHECK_FALSE(suggest_status_word("E genomfört"));
    CHECK_FALSE(suggest_status_word("Ejgenomfört"));
    CHECK_FALSE(suggest_status_word("Ogenomfört"));
    CHECK_FALSE(suggest_status_word("Xyz"));
    CHECK_FALSE(suggest_status_word("Se kommentar"));
    CHECK_FALSE(suggest_status_word("●"));
}

namespace {

// Misspellings of a word as people type them: a letter left out, doubled, swapped with the next,
// or written without its diacritics; a space left out.
std::vector<std::string> misspellings(const std::string& word) {
    std::vector<std::u32string> out;
    std::u32string w;
    for (std::size_t i = 0; i < word.size();) {
        unsigned char c = static_cast<unsigned char>(word[i]);
        std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char32_t cp = length == 1 ? c : c & (0xFF >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(word[i + k]) & 0x3F);
        w += cp;
        i += length;
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
        out.push_back(w.substr(0, i) + w.substr(i + 1));
        out.push_back(w.substr(0, i + 1) + w.substr(i));
        if (i + 1 < w.size()) {
            std::u32string swapped = w;
            std::swap(swapped[i], swapped[i + 1]);
            out.push_back(swapped);
        }
        for (auto [from, to] : {std::pair{U'å', U'a'}, {U'ä', U'a'}, {U'ö', U'o'}, {U'Å', U'A'}, {U'Ö', U'O'}})
            if (w[i] == from) {
                std::u32string plain = w;
                plain[i] = to;
                out.push_back(plain);
            }
    }
    std::vector<std::string> utf8;
    for (const std::u32string& s : out) {
        std::string text;
        for (char32_t cp : s) {
            if (cp < 0x80) {
                text += static_cast<char>(cp);
            } else if (cp < 0x800) {
                text += static_cast<char>(0xC0 | (cp >> 6));
                text += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                text += static_cast<char>(0xE0 | (cp >> 12));
                text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                text += static_cast<char>(0x80 | (cp & 0x3F));
            }
        }
        utf8.push_back(text);
    }
    return utf8;
}

}  // namespace

TEST_CASE("status words: no suggestion crosses status classes") {
    // For every misspelling of every word that is not itself a known word, the suggestion (if
    // any) means what the misspelt word means: the same canonical status, and for a light the
    // same colour.
    int suggested = 0;
    for (const mk::model::status_word& entry : mk::model::status_vocabulary()) {
        if (entry.kind == word_kind::abbreviation) continue;
        for (const std::string& typo : misspellings(std::string(entry.word))) {
            if (mk::model::find_status_word(typo) || mk::text::fold(typo).empty()) continue;
            auto suggestion = suggest_status_word(typo);
            if (!suggestion) continue;
            ++suggested;
            const mk::model::status_word* meant = mk::model::find_status_word(*suggestion);
            REQUIRE(meant);
            CAPTURE(entry.word);
            CAPTURE(typo);
            CAPTURE(*suggestion);
            CHECK(meant->value == entry.value);
            CHECK(meant->colour == entry.colour);
        }
    }
    // The test can fail: most misspellings do get a suggestion.
    CHECK(suggested > 500);
}
