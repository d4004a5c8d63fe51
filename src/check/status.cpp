// Status words and their history: MK004, MK005, MK006.
#include <algorithm>

#include "src/check/families.hpp"
#include "src/model/status_words.hpp"
#include "src/text/fold.hpp"

namespace mk::check {
namespace {

std::string nearest_status_word(const std::string& word) {
    std::string folded = text::fold(word);
    std::string best;
    std::size_t best_distance = static_cast<std::size_t>(-1);
    for (std::string_view known : model::known_status_words()) {
        std::size_t distance = text::edit_distance(folded, text::fold(known));
        if (distance < best_distance) {
            best_distance = distance;
            best = std::string(known);
        }
    }
    return best;
}

bool has_comment(const model::activity& a) {
    return std::any_of(a.statuses.begin(), a.statuses.end(), [](const auto& s) { return !s.comment.empty(); });
}

bool reported(const model::status_report& s) { return !text::fold(s.word).empty(); }

}  // namespace

void check_unknown_status(const context& ctx, findings& out) {
    for (const model::activity& a : ctx.doc.activities) {
        for (const model::status_report& s : a.statuses) {
            if (!reported(s) || s.value != model::status::unknown) continue;
            std::string nearest = nearest_status_word(s.word);
            message suggestion = tr("menade du \"{0}\"?", "did you mean \"{0}\"?", {nearest});
            out.push_back(make_finding("MK004", s.source, a.id,
                                       tr("okänt statusord \"{0}\" för aktiviteten \"{1}\"",
                                          "unknown status word \"{0}\" for the activity \"{1}\"", {s.word, a.text}),
                                       &suggestion));
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

}  // namespace mk::check
