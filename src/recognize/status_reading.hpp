#pragma once
// Reading a status cell: its words, traffic light, symbol or fill colour, with the built-in
// vocabulary (src/model/status_words.hpp) and what a legend on the sheet or the user's mapping
// (--statusord) defines.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "src/model/status_words.hpp"

namespace mk::recognize {

// Where definitions of status words come from.
enum class definition_origin : std::uint8_t { legend, mapping };

// What one file's legends, or the user's mapping, define: words, lights (a light word and the
// fills of its colour are one key: "Grön" and a green fill), colour codes ("#00B050", a key for
// its light) and symbols ("●").
class status_definitions {
public:
    explicit status_definitions(definition_origin origin) : origin_(origin) {}

    // Defines key as value; false, changing nothing, when key is no word, light, colour code or
    // symbol, or is already defined (the first definition wins).
    bool define(std::string_view key, model::status value);
    // The value defined for text (normalized as define normalizes its key), if any.
    std::optional<model::status> find(std::string_view text) const;
    // The definitions in the order they were made: the key as written and its value.
    const std::vector<std::pair<std::string, model::status>>& entries() const { return entries_; }
    definition_origin origin() const { return origin_; }
    bool empty() const { return entries_.empty(); }

private:
    definition_origin origin_;
    std::unordered_map<std::string, model::status> by_key_;
    std::vector<std::pair<std::string, model::status>> entries_;
};

// What a status cell says.
struct status_reading {
    // The word to keep: the text as written; for a text without letters and a fill that decided,
    // the fill colour "#FF0000" after the text ("● #FF0000"). Empty for an empty cell.
    std::string word;
    model::status value = model::status::unknown;
    // A traffic light (word or fill) given DOMAIN.md's assumed meaning: nothing defined it.
    bool assumed = false;
    // The definitions that decided the value; nullptr when the vocabulary did (or nothing).
    const status_definitions* decided_by = nullptr;
    // The cell says on purpose that there is no status: it holds only dashes ("–", "-"), as a
    // report writes for an activity its source gives no status in that column. Its word is empty.
    bool no_status = false;
};

// Reads a status cell from its text and its fill (RRGGBB, empty for none). definitions are
// consulted before the vocabulary, in the order given (the user's mapping before the file's
// legends). Words are read whole, or by their first words when text follows ("Grön – enligt plan":
// the text after a light word says the status when it can; "Klart 2019-05-01"). A fill counts only
// for a text without letters (empty or a symbol): green, yellow, red and grey fills decide by their
// definition or their assumed meaning; a blue one by its definition, else it is an unknown word
// ("#0070C0"); other fills (white, black, purple) say nothing. A symbol alone decides only when
// defined. A cell of dashes only says that there is no status (no_status).
status_reading read_status(std::string_view text, std::string_view fill,
                           std::span<const status_definitions* const> definitions);

// The meaning of a phrase (a legend's or mapping's value: "Genomfört", "Klart / Genomfört",
// "done") by the vocabulary, the canonical names of the schema and the given definitions; nullopt
// when it has none or its parts disagree. A light word has no meaning of its own here. With
// whole_words, each part must be a word or name as a whole; else its first words may be
// ("Genomfört enligt plan").
std::optional<model::status> phrase_status(std::string_view phrase,
                                           std::span<const status_definitions* const> definitions,
                                           bool whole_words = false);

// The light a definition key names ("Grön", "#00B050"), if it names one.
std::optional<model::light_colour> key_light(std::string_view key);

}  // namespace mk::recognize
