#include "src/model/status_words.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "src/text/fold.hpp"
#include "src/text/utf8.hpp"

namespace mk::model {
namespace {

constexpr status_word word(std::string_view text, status value) { return {text, value, word_kind::word, std::nullopt}; }

constexpr status_word abbreviation(std::string_view text, status value) {
    return {text, value, word_kind::abbreviation, std::nullopt};
}

constexpr status_word light(std::string_view text, status value, light_colour colour) {
    return {text, value, word_kind::light, colour};
}

// The vocabulary: the table of DOMAIN.md and what municipalities write beyond it. The README's
// table "Status words" lists the same entries; tests/unit/model/status_words_test.cpp checks both.
constexpr status_word vocabulary[] = {
    // done
    word("Genomfört", status::done),
    word("Genomförd", status::done),
    word("Klart", status::done),
    word("Klar", status::done),
    word("Slutfört", status::done),
    word("Slutförd", status::done),
    word("Avslutad", status::done),
    word("Avslutat", status::done),
    word("Uppfyllt", status::done),
    word("Uppfylld", status::done),
    word("Uppnått", status::done),
    word("Utfört", status::done),
    word("Färdigt", status::done),
    word("Färdig", status::done),
    abbreviation("Genomf.", status::done),
    abbreviation("Avsl.", status::done),
    // on track
    word("Pågående", status::on_track),
    word("Pågår", status::on_track),
    word("Enligt plan", status::on_track),
    word("Påbörjad", status::on_track),
    word("Påbörjat", status::on_track),
    word("Startad", status::on_track),
    word("Igång", status::on_track),
    word("I fas", status::on_track),
    word("Följer plan", status::on_track),
    abbreviation("Påg.", status::on_track),
    abbreviation("Enl. plan", status::on_track),
    // not started
    word("Kvarstår", status::not_started),
    word("Ej påbörjad", status::not_started),
    word("Ej påbörjat", status::not_started),
    word("Ej startad", status::not_started),
    word("Ej startat", status::not_started),
    word("Inte påbörjad", status::not_started),
    word("Inte startad", status::not_started),
    word("Ej igång", status::not_started),
    word("Planerad", status::not_started),
    abbreviation("Ej påb.", status::not_started),
    // partly
    word("Delvis uppfyllt", status::partly),
    word("Delvis uppfylld", status::partly),
    word("Delvis", status::partly),
    word("Delvis genomfört", status::partly),
    word("Delvis klart", status::partly),
    word("Delvis uppnått", status::partly),
    abbreviation("Delv.", status::partly),
    // deviates
    word("Avviker från plan", status::deviates),
    word("Avviker", status::deviates),
    word("Avvikelse", status::deviates),
    word("Försenad", status::deviates),
    word("Försenat", status::deviates),
    word("Ej uppfyllt", status::deviates),
    word("Ej uppfylld", status::deviates),
    word("Inte uppfyllt", status::deviates),
    word("Ej uppnått", status::deviates),
    word("Ej genomfört", status::deviates),
    word("Ej genomförd", status::deviates),
    word("Inte genomfört", status::deviates),
    word("Inte genomförd", status::deviates),
    word("Ej enligt plan", status::deviates),
    word("Senarelagd", status::deviates),
    word("Senarelagt", status::deviates),
    word("Flyttad", status::deviates),
    word("Flyttat", status::deviates),
    word("Uppskjuten", status::deviates),
    abbreviation("Avv.", status::deviates),
    abbreviation("Ej uppf.", status::deviates),
    // cancelled
    word("Utgår", status::cancelled),
    word("Utgått", status::cancelled),
    word("Ej aktuellt", status::cancelled),
    word("Ej aktuell", status::cancelled),
    word("Inte aktuellt", status::cancelled),
    word("Avbruten", status::cancelled),
    word("Avbrutet", status::cancelled),
    word("Struken", status::cancelled),
    word("Stoppad", status::cancelled),
    word("Inaktuell", status::cancelled),
    abbreviation("Ej akt.", status::cancelled),
    // traffic lights, with the meaning DOMAIN.md assumes when no legend or mapping defines them
    light("Grön", status::on_track, light_colour::green),
    light("Grönt", status::on_track, light_colour::green),
    light("Gul", status::not_started, light_colour::yellow),
    light("Gult", status::not_started, light_colour::yellow),
    light("Orange", status::not_started, light_colour::yellow),
    light("Röd", status::deviates, light_colour::red),
    light("Rött", status::deviates, light_colour::red),
    light("Grå", status::cancelled, light_colour::grey),
    light("Grått", status::cancelled, light_colour::grey),
    light("Blå", status::unknown, light_colour::blue),
    light("Blått", status::unknown, light_colour::blue),
};

// The entries by folded word, built once.
const std::unordered_map<std::string, const status_word*>& by_folded_word() {
    static const std::unordered_map<std::string, const status_word*> index = [] {
        std::unordered_map<std::string, const status_word*> map;
        for (const status_word& entry : vocabulary) map.emplace(text::fold(entry.word), &entry);
        return map;
    }();
    return index;
}

// Whether a folded text starts with a negation ("ej", "inte", "icke"), also written together with
// the word it negates ("ejgenomfört").
bool negates(std::string_view folded) {
    for (std::string_view head : {"ej", "inte", "icke"})
        if (folded.starts_with(head)) return true;
    return false;
}

// Whether a folded text is a known word with the negating prefix "o" ("oklart", "ogenomfört").
bool negated_by_o(std::string_view folded, std::string_view known) {
    return folded.size() == known.size() + 1 && folded.starts_with('o') && folded.substr(1) == known;
}

// Whether a folded text starts with "delvis".
bool says_partly(std::string_view folded) { return folded.starts_with("delvis"); }

// Two entries mean the same: the same status, and for lights the same colour.
bool same_meaning(const status_word& a, const status_word& b) { return a.value == b.value && a.colour == b.colour; }

}  // namespace

std::span<const status_word> status_vocabulary() { return vocabulary; }

const status_word* find_folded_status_word(std::string_view folded) {
    const auto& index = by_folded_word();
    auto found = index.find(std::string(folded));
    return found == index.end() ? nullptr : found->second;
}

const status_word* find_status_word(std::string_view word) { return find_folded_status_word(text::fold(word)); }

status canonical_status(std::string_view word) {
    const status_word* entry = find_status_word(word);
    return entry ? entry->value : status::unknown;
}

status assumed_status(light_colour colour) {
    for (const status_word& entry : vocabulary)
        if (entry.colour == colour) return entry.value;
    return status::unknown;
}

std::string_view colour_word(light_colour colour) {
    for (const status_word& entry : vocabulary)
        if (entry.colour == colour) return entry.word;
    return {};
}

std::optional<std::string_view> suggest_status_word(std::string_view word) {
    std::string folded = text::fold(word);
    if (folded.empty() || find_status_word(word)) return std::nullopt;
    std::size_t limit = std::max<std::size_t>(1, text::code_point_count(folded) / 4);
    const status_word* best = nullptr;
    std::size_t best_distance = limit + 1;
    for (const auto& [known, entry] : by_folded_word()) {
        if (entry->kind == word_kind::abbreviation) continue;
        std::size_t distance = text::edit_distance(folded, known);
        if (distance > limit) continue;
        // Near words of different meanings ("E genomfört": "Ej genomfört" or "Genomfört"?): the
        // misspelling could be either.
        if (best && !same_meaning(*best, *entry)) return std::nullopt;
        if (distance < best_distance || (distance == best_distance && entry < best)) {
            best = entry;
            best_distance = distance;
        }
    }
    if (!best) return std::nullopt;
    std::string known = text::fold(best->word);
    if (negates(known) != negates(folded) || says_partly(known) != says_partly(folded) || negated_by_o(folded, known))
        return std::nullopt;
    return best->word;
}

}  // namespace mk::model
