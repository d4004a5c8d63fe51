#include "src/recognize/follow_up_units.hpp"

#include <algorithm>
#include <string_view>

#include "src/core/error.hpp"
#include "src/core/message.hpp"
#include "src/recognize/columns.hpp"
#include "src/recognize/title_block.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

constexpr std::string_view perspective_names[] = {
    "samhälle", "medborgare",    "ekonomi",           "verksamhet", "medarbetare",
    "lärande",  "normer värden", "normer och värden", "ledarskap",  "arbetsmiljö",
};

// The most words a unit's name has on a line that names it ("Skola: Skola A"): more make a sentence.
constexpr std::size_t max_words_of_unit_name = 6;

// A sheet's name that can name a unit: no year, no perspective, not an office program's default.
bool names_unit(const std::string& name) {
    std::string folded = text::fold(name);
    for (std::string_view generic : {"blad", "sheet", "tabell", "uppföljning"})
        if (folded.starts_with(generic)) return false;
    return !first_year(name) && !is_perspective_name(name);
}

// With two or more sheets of tables, each named like a unit ("Skola A"), the activities of each
// sheet that name no unit of their own get the sheet's name as their unit.
void units_from_sheet_names(const std::vector<const sheet*>& parts, const std::vector<sheet_layout>& layouts,
                            follow_up& out) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (!layouts[i].has_table) continue;
        if (!names_unit(parts[i]->name)) return;
        if (std::find(names.begin(), names.end(), parts[i]->name) == names.end()) names.push_back(parts[i]->name);
    }
    if (names.size() < 2) return;
    bool used = false;
    for (model::activity& a : out.doc.activities)
        if (a.unit.empty() && a.source) {
            a.unit = text::squeeze_spaces(a.source->sheet.str());
            used = true;
        }
    if (!used) return;
    for (const std::string& name : names)
        out.doc.metadata.assumptions.push_back(
            {model::assumption_kind::unit_from_sheet, out.cells.file, name, name, ""});
}

}  // namespace

void apply_unit_rule(const unit_rule& units, const std::vector<const sheet*>& parts,
                     const std::vector<sheet_layout>& layouts, follow_up& out) {
    switch (units.from) {
        case unit_rule::source::automatic: units_from_sheet_names(parts, layouts, out); return;
        case unit_rule::source::file: return;
        case unit_rule::source::sheet:
            for (model::activity& a : out.doc.activities)
                if (a.source) a.unit = text::squeeze_spaces(a.source->sheet.str());
            return;
        case unit_rule::source::column:
            for (const sheet_layout& layout : layouts)
                for (const auto& table : layout.tables)
                    for (const column& c : table)
                        if (c.role == column_role::unit) return;
            throw error("import.unit_column",
                        tr("--enhet kolumn:{0}: ingen tabell i filen har en kolumn med rubriken \"{0}\"",
                           "--enhet column:{0}: no table of the file has a column headed \"{0}\"", {units.column}));
    }
}

bool is_perspective_name(const std::string& text) {
    std::string folded = text::fold(text);
    for (std::string_view name : perspective_names)
        if (folded == name) return true;
    return false;
}

std::optional<named_unit> unit_named_by_line(std::string_view line) {
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    auto label = classify_header(line.substr(0, colon));
    if (!label || label->role != column_role::unit) return std::nullopt;
    std::string name = text::squeeze_spaces(line.substr(colon + 1));
    if (name.empty() || name.ends_with('.') || text::tokens(name).size() > max_words_of_unit_name) return std::nullopt;
    return named_unit{text::squeeze_spaces(line.substr(0, colon)), std::move(name)};
}

std::optional<named_unit> unit_named_by_title_row(const std::vector<std::string>& row) {
    if (row.size() == 1) return unit_named_by_line(row[0]);
    if (row.size() != 2 || text::is_blank(row[1])) return std::nullopt;
    auto label = classify_header(row[0]);
    if (!label || label->role != column_role::unit) return std::nullopt;
    return named_unit{text::squeeze_spaces(row[0]), text::squeeze_spaces(row[1])};
}

}  // namespace mk::recognize
