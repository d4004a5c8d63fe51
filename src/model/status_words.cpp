#include "src/model/status_words.hpp"

#include <string>

#include "src/text/fold.hpp"

namespace mk::model {
namespace {

struct status_word {
    std::string_view folded;
    status value;
};

// The table of DOMAIN.md, folded by text::fold.
constexpr status_word known_words[] = {
    {"genomfört", status::done},          {"klart", status::done},
    {"slutfört", status::done},           {"avslutad", status::done},
    {"pågående", status::on_track},       {"enligt plan", status::on_track},
    {"pågår", status::on_track},          {"kvarstår", status::not_started},
    {"ej påbörjad", status::not_started}, {"ej startad", status::not_started},
    {"avviker från plan", status::deviates}, {"avviker", status::deviates},
    {"försenad", status::deviates},       {"utgår", status::cancelled},
    {"ej aktuellt", status::cancelled},   {"avbruten", status::cancelled},
};

}  // namespace

status canonical_status(std::string_view word) {
    std::string folded = text::fold(word);
    for (const status_word& known : known_words)
        if (known.folded == folded) return known.value;
    return status::unknown;
}

}  // namespace mk::model
