#include <doctest/doctest.h>

#include "src/model/names.hpp"
#include "src/model/status_words.hpp"

using mk::model::canonical_status;
using mk::model::status;

TEST_CASE("status words: every word of the DOMAIN.md table maps to its canonical value") {
    struct row {
        const char* word;
        status value;
    };
    const row table[] = {
        {"Genomfört", status::done},          {"Klart", status::done},
        {"Slutfört", status::done},           {"Avslutad", status::done},
        {"Pågående", status::on_track},       {"Enligt plan", status::on_track},
        {"Pågår", status::on_track},          {"Kvarstår", status::not_started},
        {"Ej påbörjad", status::not_started}, {"Ej startad", status::not_started},
        {"Avviker från plan", status::deviates}, {"Avviker", status::deviates},
        {"Försenad", status::deviates},       {"Utgår", status::cancelled},
        {"Ej aktuellt", status::cancelled},   {"Avbruten", status::cancelled},
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
}

TEST_CASE("status words: anything else is unknown") {
    CHECK(canonical_status("") == status::unknown);
    CHECK(canonical_status("Kvarstå") == status::unknown);
    CHECK(canonical_status("Pågånde") == status::unknown);
    CHECK(canonical_status("Enligt") == status::unknown);
    CHECK(canonical_status("Status") == status::unknown);
}
