#include "src/model/status_words.hpp"

#include <string>
#include <vector>

#include "src/text/fold.hpp"

namespace mk::model {
namespace {

struct status_word {
    std::string_view word;
    status value;
};

// The table of DOMAIN.md.
constexpr status_word known_words[] = {
    {"Genomfört", status::done},          {"Klart", status::done},
    {"Slutfört", status::done},           {"Avslutad", status::done},
    {"Pågående", status::on_track},       {"Enligt plan", status::on_track},
    {"Pågår", status::on_track},          {"Kvarstår", status::not_started},
    {"Ej påbörjad", status::not_started}, {"Ej startad", status::not_started},
    {"Avviker från plan", status::deviates}, {"Avviker", status::deviates},
    {"Försenad", status::deviates},       {"Utgår", status::cancelled},
    {"Ej aktuellt", status::cancelled},   {"Avbruten", status::cancelled},
};

const std::vector<std::string>& folded_words() {
    static const std::vector<std::string> folded = [] {
        std::vector<std::string> list;
        for (const status_word& known : known_words) list.push_back(text::fold(known.word));
        return list;
    }();
    return folded;
}

const std::vector<std::string_view>& display_words() {
    static const std::vector<std::string_view> words = [] {
        std::vector<std::string_view> list;
        for (const status_word& known : known_words) list.push_back(known.word);
        return list;
    }();
    return words;
}

}  // namespace

status canonical_status(std::string_view word) {
    std::string folded = text::fold(word);
    const auto& table = folded_words();
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i] == folded) return known_words[i].value;
    return status::unknown;
}

std::span<const std::string_view> known_status_words() { return display_words(); }

}  // namespace mk::model
