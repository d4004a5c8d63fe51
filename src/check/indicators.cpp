// Indicators, their målvärden and outcomes: MK027, MK028, MK029.
#include <algorithm>
#include <map>

#include "src/check/families.hpp"
#include "src/check/location.hpp"
#include "src/check/targets.hpp"
#include "src/text/fold.hpp"

namespace mk::check {
namespace {

using model::value_kind;

// What the finding calls the indicator: its name, else the text of its goal or activity.
std::string indicator_name(const model::indicator& i, const std::string& owner_text) {
    return i.name.empty() ? owner_text : i.name;
}

// "Uppföljning!E5", or label when the place is unknown.
std::string place_text(const std::optional<model::source_ref>& place, const std::string& label) {
    std::string where = place ? format_location(*place) : "";
    if (label.empty()) return where;
    return where.empty() ? label : label + ", " + where;
}

bool is_number(const model::indicator_value& v) {
    return v.kind == value_kind::number || v.kind == value_kind::percent;
}

// The file, sheet and column letters of a cell: the column a target was written in.
std::string column_key(const model::source_ref& place) {
    std::string letters = place.cell.substr(0, place.cell.find_first_of("0123456789"));
    return place.file.str() + '\n' + place.sheet.str() + '\n' + letters;
}

// Whether the document reports at year end: its report date is 31 December, or a status or an
// outcome is a bokslut's.
bool at_year_end(const context& ctx) {
    if (ctx.as_of.ends_with("-12-31")) return true;
    bool bokslut = false;
    for (const model::activity& a : ctx.doc.activities)
        for (const model::status_report& s : a.statuses)
            bokslut = bokslut || s.checkpoint == model::checkpoint::bokslut;
    for_each_indicator(ctx.doc, [&](const model::indicator& i, const std::string&, const std::string&) {
        for (const model::outcome& o : i.outcomes) bokslut = bokslut || o.checkpoint == model::checkpoint::bokslut;
    });
    return bokslut;
}

}  // namespace

void check_outcome_below_target(const context& ctx, findings& out) {
    for_each_indicator(ctx.doc, [&](const model::indicator& i, const std::string& id, const std::string& text) {
        if (target_met(i) != false) return;
        const model::outcome& now = *current_outcome(i);
        out.push_back(
            make_finding("MK027", now.source, id,
                         tr("utfallet {0} ({1}) når inte målvärdet {2} ({3}) för \"{4}\"",
                            "the outcome {0} ({1}) does not meet the target {2} ({3}) for \"{4}\"",
                            {now.value.text, now.label.empty() ? place_text(now.source, "") : now.label, i.target.text,
                             place_text(i.target_source, "Målvärde"), indicator_name(i, text)})));
    });
}

void check_target_without_outcome(const context& ctx, findings& out) {
    if (!at_year_end(ctx)) return;
    for_each_indicator(ctx.doc, [&](const model::indicator& i, const std::string& id, const std::string& text) {
        if (text::is_blank(i.target.text) || current_outcome(i)) return;
        auto place = i.target_source ? i.target_source : i.source;
        out.push_back(make_finding(
            "MK028", place, id,
            tr("målvärdet {0} för \"{1}\" har inget utfall vid årets slut",
               "the target {0} for \"{1}\" has no outcome at year end", {i.target.text, indicator_name(i, text)})));
    });
}

void check_value_not_a_value(const context& ctx, findings& out) {
    // How many targets of each column are numbers, and how many are words.
    std::map<std::string, std::pair<int, int>> columns;
    auto is_words = [](const model::indicator_value& v) {
        return v.kind == value_kind::text && !text::fold(v.text).empty();
    };
    for_each_indicator(ctx.doc, [&](const model::indicator& i, const std::string&, const std::string&) {
        if (!i.target_source) return;
        auto& [numbers, words] = columns[column_key(*i.target_source)];
        numbers += is_number(i.target) ? 1 : 0;
        words += is_words(i.target) ? 1 : 0;
    });
    const message suggestion = tr("skriv ett tal (3,5), en procentsats (85 %) eller en jämförelse (≥ 75)",
                                  "write a number (3,5), a percentage (85 %) or a comparison (≥ 75)");
    for_each_indicator(ctx.doc, [&](const model::indicator& i, const std::string& id, const std::string& text) {
        std::string name = indicator_name(i, text);
        if (i.target.kind == value_kind::malformed)
            out.push_back(
                make_finding("MK029", i.target_source ? i.target_source : i.source, id,
                             tr("målvärdet \"{0}\" för \"{1}\" kan inte läsas som ett värde",
                                "the target \"{0}\" for \"{1}\" cannot be read as a value", {i.target.text, name}),
                             &suggestion));
        else if (is_words(i.target) && i.target_source) {
            auto [numbers, words] = columns[column_key(*i.target_source)];
            if (numbers > words)
                out.push_back(make_finding("MK029", i.target_source, id,
                                           tr("målvärdet \"{0}\" för \"{1}\" är inget tal, men kolumnens andra "
                                              "målvärden är tal",
                                              "the target \"{0}\" for \"{1}\" is no number, but the other targets "
                                              "of its column are numbers",
                                              {i.target.text, name}),
                                           &suggestion));
        }
        for (const model::outcome& o : i.outcomes)
            if (o.value.kind == value_kind::malformed)
                out.push_back(make_finding("MK029", o.source, id,
                                           tr("utfallet \"{0}\" ({1}) för \"{2}\" kan inte läsas som ett värde",
                                              "the outcome \"{0}\" ({1}) for \"{2}\" cannot be read as a value",
                                              {o.value.text, o.label, name}),
                                           &suggestion));
    });
}

}  // namespace mk::check
