#pragma once
// The built-in status vocabulary: the words Swedish municipalities write in follow-ups, with their
// canonical status (DOMAIN.md), as one table of data (status_words.cpp; the README lists it).
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "src/model/activity.hpp"

namespace mk::model {

// The colour of a traffic light, of a light word ("Grön") or of a status cell's fill.
enum class light_colour : std::uint8_t { green, yellow, red, grey, blue };

// What kind of word an entry of the vocabulary is.
enum class word_kind : std::uint8_t {
    word,          // a status word ("Genomfört", "Delvis uppfyllt")
    abbreviation,  // a common short form ("Påg.", "Ej påb."); never suggested for a misspelling
    light,         // a traffic light ("Grön"): it says a colour, which a legend or mapping may define
};

struct status_word {
    // As written in the README ("Enligt plan").
    std::string_view word;
    // Its canonical status; for a light, the meaning DOMAIN.md assumes when nothing defines it
    // (unknown for a colour that has no assumed meaning, such as blue).
    model::status value;
    word_kind kind = word_kind::word;
    // For a light: its colour.
    std::optional<light_colour> colour;
};

// Every entry of the vocabulary, in the order of the README's table.
std::span<const status_word> status_vocabulary();

// The entry of a whole word, ignoring case, white space and punctuation (as text::fold does), or
// nullptr when the vocabulary has no such word.
const status_word* find_status_word(std::string_view word);

// The entry of a word already folded by text::fold ("enligt plan"), or nullptr.
const status_word* find_folded_status_word(std::string_view folded);

// The canonical value of a whole word by the vocabulary alone ("Pågående" → on_track; a light
// word gives its assumed meaning); unknown for any other text.
status canonical_status(std::string_view word);

// The meaning DOMAIN.md assumes for a colour no legend or mapping defines: green on track, yellow
// not started, red deviates, grey cancelled, blue unknown (the value of the colour's first light
// word in the table).
status assumed_status(light_colour colour);

// The colour's first light word ("Grön"), which also names a fill of that colour in legends and
// mappings.
std::string_view colour_word(light_colour colour);

// The word an unknown status word is most likely a misspelling of ("Pågånde" → "Pågående"): the
// nearest word or light within an edit distance of a quarter of its length (at least 1), when all
// the words that near have one meaning and the nearest does not differ from the unknown word by a
// negation ("Ej", "Inte", a leading "o": "Oklart" is no "Klart") or by "Delvis"; nullopt
// otherwise, and for known words. Abbreviations are never suggested.
std::optional<std::string_view> suggest_status_word(std::string_view word);

}  // namespace mk::model
