// The SKA-mål of the SK documents as a goal chain: imported from the template's (and a filled
// document's) table of the latest year, and written back into the Kommunfullmäktigemål column of
// every generated document.
#include <doctest/doctest.h>

#include "converters/docx/fill.hpp"
#include "converters/odt/fill.hpp"
#include "converters/registry.hpp"
#include "src/core/file_io.hpp"
#include "src/pipeline/load.hpp"
#include "src/sk/plan.hpp"

using namespace mk;

namespace {

std::string fixture(const std::string& path) { return std::string(MK_FIXTURES) + "/" + path; }

// Each goal as "level: text", "SKA " before a SKA-mål, " < parent text" when it has a parent.
std::vector<std::string> goal_lines(const model::document& doc) {
    std::vector<std::string> out;
    for (const model::goal& g : doc.goals) {
        std::string line =
            std::string(g.ska ? "SKA " : "") + (g.level == model::level::kf ? "kf: " : "namnd: ") + g.text;
        if (g.parent)
            for (const model::goal& parent : doc.goals)
                if (parent.id == g.parent->target) line += " < " + parent.text;
        out.push_back(line);
    }
    return out;
}

const std::string trygg = "En trygg och lyckad skolgång lägger grunden för framtiden";
const std::string valfard = "Huddinges välfärd håller hög kvalitet";
const std::string mangfald = "Värna biologisk mångfald och god vattenstatus";
const std::string ekonomi = "Huddinge kommun har en sund och uthållig ekonomi";
const std::string arbetsgivare = "Huddinge kommun är en attraktiv arbetsgivare";

// The first table after the heading starting with prefix.
const block& table_after(const document& doc, const std::string& prefix) {
    bool seen = false;
    for (const auto& b : doc.blocks) {
        if (b.kind == block_kind::heading) seen = b.text.starts_with(prefix);
        if (seen && b.kind == block_kind::table) return b;
    }
    FAIL("no table after " << prefix);
    return doc.blocks.front();
}

}  // namespace

TEST_CASE("SK template and filled document: the SKA-mål table of the latest year gives KF goals over their nämndmål") {
    const std::vector<std::string> expected = {
        "kf: " + trygg,
        "SKA namnd: Eleverna når kunskapskraven och utvecklas så långt som möjligt. < " + trygg,
        "SKA namnd: Elevernas undervisning leds av legitimerade och behöriga lärare i respektive ämne. < " + trygg,
        "kf: " + valfard,
        "SKA namnd: Eleverna ges en likvärdig skolgång. < " + valfard,
        "kf: " + mangfald,
        "SKA namnd: Elever och medarbetare har god kännedom och gör aktiva val som bidrar till hållbar utveckling. < " +
            mangfald,
        "kf: " + ekonomi,
        "SKA namnd: Grundskolenämnden har en ansvarsfull och effektiv ekonomi. < " + ekonomi,
        "kf: " + arbetsgivare,
        "SKA namnd: Nämndens medarbetare är engagerade och har en balanserad arbetssituation. < " + arbetsgivare};
    for (std::string name : {"sk/sk-mall-2023-2024.docx", "sk/sk-mall-2023-2024.odt",
                             "sk/exempelskolan-ifylld-2023.docx", "sk/exempelskolan-ifylld-2023.odt"}) {
        CAPTURE(name);
        model::document doc = pipeline::load_inputs({fixture(name)}, {}).doc;
        CHECK(goal_lines(doc) == expected);
        REQUIRE(!doc.goals.empty());
        // The KF goal is at its merged cell in Bilaga 5 (MÅL 2023), the 22nd table; Bilaga 3 (MÅL
        // 2022), last year's, gives none.
        const model::source_ref& place = *doc.goals.front().source;
        CHECK(place.section == "BILAGA 5 - SKA-MÅL - GRUNDSKOLENÄMNDENS MÅL 2023");
        CHECK(place.table == 22u);
        CHECK(place.row == 2u);
        CHECK(place.column == 1u);
        CHECK(doc.activities.empty());
    }
}

TEST_CASE("sk generate from the template's and the work plan's chain: the Kommunfullmäktigemål column is filled") {
    sk::plan_inputs in;
    in.chain = pipeline::load_inputs(
                   {fixture("sk/sk-mall-2023-2024.docx"), fixture("malkedja/grundskolenamnden-arbetsplan.docx")}, {})
                   .doc;
    in.lasar = 2024;
    in.template_lasar = 2023;
    model::school school{"84213307", "Exempelskolan", "Sydvästra/Östra", "F-9", {}, std::nullopt};
    fill_plan plan = sk::plan_for_school(in, school, {}, false);
    for (std::string format : {"docx", "odt"}) {
        CAPTURE(format);
        std::string bytes = read_input_file(fixture("sk/sk-mall-2023-2024." + format));
        document doc = read_document(format == "docx" ? fill_docx(bytes, plan).bytes : fill_odt(bytes, plan).bytes);
        const block& table = table_after(doc, "BILAGA 5");
        std::vector<std::string> tops;
        for (std::size_t r = 1; r < table.rows.size(); ++r)
            if (!table.rows[r].cells[0].covered) tops.push_back(cell_text(table.rows[r].cells[0]));
        // The work plan's two nämndmål that name none of the template's come last, under no KF goal.
        CHECK(tops == std::vector<std::string>{trygg, valfard, mangfald, ekonomi, arbetsgivare, ""});
        CHECK(table.rows[1].cells[0].row_span == 2);
        CHECK(cell_text(table.rows[2].cells[1]) ==
              "Elevernas undervisning leds av legitimerade och behöriga lärare i respektive ämne.");
    }
}
