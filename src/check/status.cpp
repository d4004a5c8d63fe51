// Status words and their history: MK004, MK005, MK006, MK018.
#include <algorithm>
#include <set>

#include "src/check/deadline.hpp"
#include "src/check/families.hpp"
#include "src/model/status_words.hpp"
#include "src/recognize/status_reading.hpp"
#include "src/text/fold.hpp"

namespace mk::check {
namespace {

// What an unknown status says it is, for the finding: a colour or light no legend explains, a
// symbol alone, or a word.
enum class unknown_kind { colour, symbol, word };

unknown_kind kind_of(const std::string& word) {
    std::string squeezed = text::squeeze_spaces(word);
    std::string last = squeezed.substr(squeezed.rfind(' ') == std::string::npos ? 0 : squeezed.rfind(' ') + 1);
    if (recognize::key_light(squeezed) || recognize::key_light(last) || (last.size() == 7 && last[0] == '#'))
        return unknown_kind::colour;
    return text::fold(squeezed).empty() ? unknown_kind::symbol : unknown_kind::word;
}

bool has_comment(const model::activity& a) {
    return std::any_of(a.statuses.begin(), a.statuses.end(), [](const auto& s) { return !s.comment.empty(); });
}

// Whether the status cell said something: a word, a symbol or a colour.
bool reported(const model::status_report& s) { return !text::is_blank(s.word); }

}  // namespace

void check_unknown_status(const context& ctx, findings& out) {
    for (const model::activity& a : ctx.doc.activities) {
        for (const model::status_report& s : a.statuses) {
            if (!reported(s) || s.value != model::status::unknown) continue;
            message text = tr("okänt statusord \"{0}\" för aktiviteten \"{1}\"",
                              "unknown status word \"{0}\" for the activity \"{1}\"", {s.word, a.text});
            message suggestion = tr("skriv ett statusord som malkedja känner (se README) eller säg vad ordet betyder "
                                    "med --statusord FIL",
                                    "write a status word malkedja knows (see the README) or say what the word means "
                                    "with --statusord FILE");
            switch (kind_of(s.word)) {
                case unknown_kind::colour:
                    text = tr("färgen \"{0}\" säger inte vilken status aktiviteten \"{1}\" har",
                              "the colour \"{0}\" does not say which status the activity \"{1}\" has",
                              {s.word, a.text});
                    suggestion = tr("förklara färgen i en teckenförklaring på bladet (\"Blå = Genomfört\") eller "
                                    "med --statusord FIL",
                                    "explain the colour in a legend on the sheet (\"Blå = Genomfört\") or with "
                                    "--statusord FILE");
                    break;
                case unknown_kind::symbol:
                    text = tr("symbolen \"{0}\" säger inte vilken status aktiviteten \"{1}\" har",
                              "the symbol \"{0}\" does not say which status the activity \"{1}\" has",
                              {s.word, a.text});
                    suggestion = tr("förklara symbolen i en teckenförklaring på bladet (\"{0} = Genomfört\") eller "
                                    "med --statusord FIL",
                                    "explain the symbol in a legend on the sheet (\"{0} = Genomfört\") or with "
                                    "--statusord FILE",
                                    {text::squeeze_spaces(s.word)});
                    break;
                case unknown_kind::word:
                    if (auto nearest = model::suggest_status_word(s.word))
                        suggestion = tr("menade du \"{0}\"?", "did you mean \"{0}\"?", {*nearest});
                    break;
            }
            out.push_back(make_finding("MK004", s.source, a.id, text, &suggestion));
        }
    }
}

void check_deviation_without_comment(const context& ctx, findings& out) {
    for (const model::activity& a : ctx.doc.activities) {
        if (has_comment(a)) continue;
        for (const model::status_report& s : a.statuses) {
            if (s.value != model::status::deviates) continue;
            message suggestion = tr("skriv i kommentaren varför aktiviteten avviker och vad som görs",
                                    "write in the comment why the activity deviates and what is done about it");
            out.push_back(make_finding("MK005", s.source, a.id,
                                       tr("\"{0}\" utan kommentar för aktiviteten \"{1}\"",
                                          "\"{0}\" without a comment for the activity \"{1}\"", {s.word, a.text}),
                                       &suggestion));
        }
    }
}

void check_status_regression(const context& ctx, findings& out) {
    for (const model::activity& a : ctx.doc.activities) {
        const model::status_report* done = nullptr;
        for (const model::status_report& s : a.statuses) {
            if (!reported(s)) continue;
            if (s.value == model::status::done) {
                done = &s;
            } else if (done && s.value != model::status::cancelled && s.value != model::status::unknown) {
                out.push_back(make_finding("MK006", s.source, a.id,
                                           tr("statusen går tillbaka från \"{0}\" ({1}) till \"{2}\" ({3}) för "
                                              "aktiviteten \"{4}\"",
                                              "the status goes back from \"{0}\" ({1}) to \"{2}\" ({3}) for the "
                                              "activity \"{4}\"",
                                              {done->word, done->label, s.word, s.label, a.text})));
                done = nullptr;
            }
        }
    }
}

void check_missing_status(const context& ctx, findings& out) {
    // The status columns that some activity fills, by checkpoint and label.
    std::set<std::pair<model::checkpoint, std::string>> filled;
    for (const model::activity& a : ctx.doc.activities)
        for (const model::status_report& s : a.statuses)
            if (reported(s)) filled.emplace(s.checkpoint, s.label);
    for (const model::activity& a : ctx.doc.activities) {
        // Not yet due: planned to be done after the reference date.
        std::string due = a.planned ? deadline(*a.planned, ctx.doc.metadata.year) : "";
        if (!due.empty() && !ctx.as_of.empty() && due > ctx.as_of) continue;
        for (const model::status_report& s : a.statuses) {
            if (reported(s) || s.label.empty() || !filled.contains({s.checkpoint, s.label})) continue;
            message suggestion = tr("fyll i statusen", "fill in the status");
            out.push_back(make_finding("MK018", s.source, a.id,
                                       tr("status saknas i \"{0}\" för aktiviteten \"{1}\"",
                                          "no status in \"{0}\" for the activity \"{1}\"", {s.label, a.text}),
                                       &suggestion));
        }
    }
}

}  // namespace mk::check
