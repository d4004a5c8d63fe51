// Fuzz target: template filling (any format with a filler, by content) with a plan that touches every kind of
// change on the SK template, then the filled file read back as a document.
#include "converters/registry.hpp"
#include "tests/fuzz/expect_errors.hpp"

namespace {

mk::fill_plan sk_plan() {
    mk::fill_plan plan;
    plan.replacements = {{"SKOLANS NAMN", "Exempelskolan"}, {"2022-2023", "2023-2024"}, {"2023", "2024"}};
    plan.removed_sections = {{"BILAGA 1"}, {"AVSLUTNINGSVIS"}};
    plan.update_fields = true;
    mk::table_ref results{{"RESULTATREDOVISNING ÅK 3"}, "ÅK 3 Flickor"};
    plan.cells = {{results, "Biologi", "ÅK 3", "87 %\nfler än i fjol"}, {results, "Bild", "ÅK 3 Pojkar", ""}};
    plan.rows = {{results,
                  {"Flickor", "Pojkar", "ÅK 3", "Ämne"},
                  {{"90 %"}, {}, {"80 %", "70 %", "90 %", "Slöjd", "överflödig"}}}};
    plan.merged_tables = {{{{"BILAGA 3"}, "Eleverna"}, {{"Trygghet", {"Studiero", "Elevhälsa"}}, {"Läsning", {}}}}};
    plan.highlights = {{{"PLANERINGSRAPPORT"}, {"Läsning"}}};
    return plan;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mk::fill_plan plan = sk_plan();
    return mk::fuzz::expect_errors(data, size, [](std::string_view bytes) {
        const mk::file_format& f = mk::detect_format(bytes);
        if (!f.fill) return;
        mk::read_document(f.fill(bytes, plan).bytes);
    });
}
