// The schools file of `sk generate`: required columns left empty, development-area keys that name
// no area, the same school twice (MK024-MK026). Only schools read from a spreadsheet are checked.
#include <algorithm>

#include "src/check/families.hpp"
#include "src/text/fold.hpp"
#include "src/text/utf8.hpp"

namespace mk::check {
namespace {

bool from_schools_file(const model::school& s) { return s.source && !s.source->sheet.empty(); }

// The row number of a spreadsheet place ("B5" → "5").
std::string row_of(const model::source_ref& place) {
    return place.cell.substr(std::min(place.cell.size(), place.cell.find_first_of("0123456789")));
}

// The key of doc's development area whose text is written (after folding), else empty.
std::string key_written_as_text(const model::document& doc, const std::string& written) {
    for (const auto& area : doc.development_areas)
        if (text::fold(area.text) == text::fold(written)) return area.key;
    return {};
}

// The known key nearest to key, when it is close enough to be a typo; else empty.
std::string nearest_key(const model::document& doc, const std::string& key) {
    std::string best;
    std::size_t best_distance = 0;
    for (const auto& area : doc.development_areas) {
        std::size_t d = text::edit_distance(text::fold(key), text::fold(area.key));
        if (best.empty() || d < best_distance) best = area.key, best_distance = d;
    }
    std::size_t allowed = std::max<std::size_t>(2, text::code_point_count(key) / 3);
    return best_distance <= allowed ? best : std::string();
}

}  // namespace

void check_school_missing_value(const context& ctx, findings& out) {
    for (const model::school& s : ctx.doc.schools) {
        if (!from_schools_file(s)) continue;
        for (auto [value, column] : {std::pair{&s.code, "Skolenhetskod"}, {&s.area, "Område"}, {&s.stages, "Stadier"}})
            if (value->empty())
                out.push_back(make_finding("MK024", s.source, "",
                                           tr("{0}: kolumnen {1} är tom på skolans rad; fyll i den (utan Område står "
                                              "mallens områdesnamn kvar, utan Stadier blir alla avsnitt kvar)",
                                              "{0}: the column {1} is empty on the school's row; fill it in (without "
                                              "Område the template's area name stays, without Stadier every section "
                                              "stays)",
                                              {s.name, column})));
    }
}

void check_unknown_development_area(const context& ctx, findings& out) {
    for (const model::school& s : ctx.doc.schools) {
        if (!from_schools_file(s)) continue;
        for (const std::string& key : s.development_areas) {
            bool known = false;
            for (const auto& area : ctx.doc.development_areas) known = known || area.key == key;
            if (known) continue;
            if (std::string as_text = key_written_as_text(ctx.doc, key); !as_text.empty()) {
                message use = tr("skriv nyckeln {0}", "write the key {0}", {as_text});
                out.push_back(make_finding(
                    "MK025", s.source, "",
                    tr("{0}: utvecklingsområdet \"{1}\" är skrivet som text, inte som nyckel",
                       "{0}: the development area \"{1}\" is written as text, not as a key", {s.name, key}),
                    &use));
                continue;
            }
            if (ctx.doc.development_areas.empty()) {
                out.push_back(make_finding(
                    "MK025", s.source, "",
                    tr("{0}: nyckeln \"{1}\" markerar ingenting: skolfilen har ingen lista Nyckel | Text över "
                       "utvecklingsområdena (på ett eget blad, eller under skolorna efter en tom rad)",
                       "{0}: the key \"{1}\" highlights nothing: the schools file has no list Nyckel | Text of the "
                       "development areas (on a sheet of its own, or below the schools after an empty row)",
                       {s.name, key})));
                continue;
            }
            std::string nearest = nearest_key(ctx.doc, key);
            message suggestion = tr("menade du {0}?", "did you mean {0}?", {nearest});
            out.push_back(make_finding("MK025", s.source, "",
                                       tr("{0}: nyckeln \"{1}\" finns inte bland utvecklingsområdena och markerar "
                                          "ingenting",
                                          "{0}: the key \"{1}\" is none of the development areas and highlights "
                                          "nothing",
                                          {s.name, key}),
                                       nearest.empty() ? nullptr : &suggestion));
        }
    }
}

void check_school_twice(const context& ctx, findings& out) {
    const auto& schools = ctx.doc.schools;
    for (std::size_t i = 0; i < schools.size(); ++i) {
        if (!from_schools_file(schools[i])) continue;
        for (std::size_t j = 0; j < i; ++j) {
            bool same_code = !schools[i].code.empty() && schools[i].code == schools[j].code;
            bool same_name = text::squeeze_spaces(schools[i].name) == text::squeeze_spaces(schools[j].name);
            if (!from_schools_file(schools[j]) || (!same_code && !same_name)) continue;
            out.push_back(make_finding("MK026", schools[i].source, "",
                                       tr("{0} ({1}) är samma skola som på rad {2}; ta bort den ena raden",
                                          "{0} ({1}) is the same school as on row {2}; remove one of the rows",
                                          {schools[i].name, schools[i].code, row_of(*schools[j].source)})));
            break;
        }
    }
}

}  // namespace mk::check
