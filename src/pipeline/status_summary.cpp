#include "src/pipeline/status_summary.hpp"

#include <map>

#include "src/container/workbook.hpp"
#include "src/core/message.hpp"
#include "src/model/status_words.hpp"
#include "src/recognize/status_reading.hpp"

namespace mk::pipeline {
namespace {

std::string status_label(model::status status) {
    switch (status) {
        case model::status::done: return tr("klar", "done").text();
        case model::status::on_track: return tr("enligt plan", "on track").text();
        case model::status::not_started: return tr("ej påbörjad", "not started").text();
        case model::status::partly: return tr("delvis uppfyllt", "partly met").text();
        case model::status::deviates: return tr("avviker", "deviates").text();
        case model::status::cancelled: return tr("utgår", "cancelled").text();
        case model::status::unknown: return tr("okänd", "unknown").text();
    }
    return {};
}

// "Grön = klar, ● = enligt plan"; a colour code is named by its light ("grön (#C6EFCE)").
std::string entries_text(const std::vector<std::pair<std::string, model::status>>& entries) {
    std::string out;
    for (const auto& [key, value] : entries) {
        std::string name = key;
        if (key.starts_with('#'))
            if (auto light = recognize::key_light(key)) name = std::string(model::colour_word(*light)) + " (" + key + ")";
        out += (out.empty() ? "" : ", ") + name + " = " + status_label(value);
    }
    return out;
}

// "A44:A46", or "A2" for one cell.
std::string cells_text(const cell_range& range) {
    bool one = range.first_row == range.last_row && range.first_col == range.last_col;
    return one ? format_a1(range.first_row, range.first_col) : format_range(range);
}

// "1 status", "2 statusar" in the current language.
std::string statuses_counted(int n) {
    return counted(static_cast<std::size_t>(n), "status", "statusar", "status", "statuses");
}

}  // namespace

std::string latest_status_counts(const model::document& doc) {
    std::map<model::status, int> latest;
    int missing = 0;
    for (const model::activity& a : doc.activities) {
        const model::status_report* said = nullptr;
        for (const model::status_report& s : a.statuses)
            if (!s.word.empty()) said = &s;
        if (said)
            ++latest[said->value];
        else if (!a.statuses.empty() && !a.statuses.back().label.empty())
            ++missing;
    }
    std::string out;
    for (const auto& [value, count] : latest) out += (out.empty() ? "" : ", ") + std::to_string(count) + " " + status_label(value);
    if (missing) out += (out.empty() ? "" : ", ") + std::to_string(missing) + " " + tr("saknas", "missing").text();
    return out.empty() ? "0" : out;
}

std::vector<std::string> status_notes(const loaded& result) {
    std::vector<std::string> lines;
    if (!result.status_words.empty()) {
        int decided = 0;
        for (const file_statuses& f : result.statuses) decided += f.tally.by_mapping;
        lines.push_back(tr("statusord (--statusord): {0}; avgjorde {1}", "status words (--statusord): {0}; decided {1}",
                           {entries_text(result.status_words), statuses_counted(decided)})
                            .text());
    }
    for (const file_statuses& f : result.statuses) {
        for (const recognize::status_legend& legend : f.legends)
            lines.push_back(tr("teckenförklaring i {0}, {1}!{2}: {3}", "legend in {0}, {1}!{2}: {3}",
                               {f.file, legend.sheet, cells_text(legend.cells), entries_text(legend.entries)})
                                .text());
        if (!f.legends.empty())
            lines.push_back(tr("  teckenförklaringen avgjorde {0} i {1}", "  the legend decided {0} in {1}",
                               {statuses_counted(f.tally.by_legend), f.file})
                                .text());
        if (f.tally.assumed)
            lines.push_back(tr("antog trafikljusens betydelse för {0} i {1} (grön = enligt plan, gul = ej "
                               "påbörjad, röd = avviker, grå = utgår): ingen teckenförklaring och inget --statusord "
                               "säger vad de betyder",
                               "assumed the meaning of the traffic lights for {0} in {1} (green = on track, "
                               "yellow = not started, red = deviates, grey = cancelled): no legend and no "
                               "--statusord says what they mean",
                               {statuses_counted(f.tally.assumed), f.file})
                                .text());
        if (f.tally.missing)
            lines.push_back(tr("{0} tomma statusceller i {1} där andra rader har status (se malkedja check, MK018)",
                               "{0} empty status cells in {1} where other rows have a status (see malkedja check, "
                               "MK018)",
                               {std::to_string(f.tally.missing), f.file})
                                .text());
    }
    return lines;
}

}  // namespace mk::pipeline
