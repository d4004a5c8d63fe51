#include "src/report/indicator_text.hpp"

#include <algorithm>

#include "src/check/targets.hpp"
#include "src/report/lights.hpp"
#include "src/text/ascii.hpp"

namespace mk::report {

std::string met_word(const model::indicator& i) {
    std::optional<bool> met = check::target_met(i);
    if (!met) return {};
    return *met ? "Uppnått" : "Ej uppnått";
}

std::string_view met_fill(const model::indicator& i) {
    std::optional<bool> met = check::target_met(i);
    if (!met) return {};
    return light_fill(*met ? model::status::done : model::status::deviates);
}

std::string indicator_line(const model::indicator& i) {
    std::vector<std::string> parts;
    if (!i.target.text.empty()) parts.push_back("målvärde " + i.target.text);
    for (const model::outcome& o : i.outcomes)
        parts.push_back((o.label.empty() ? "Utfall" : o.label) + " " + o.value.text);
    if (!i.trend.empty()) parts.push_back("trend " + i.trend);
    std::string out = i.name;
    for (std::size_t n = 0; n < parts.size(); ++n) out += (n == 0 ? (out.empty() ? "" : ": ") : ", ") + parts[n];
    if (std::string met = met_word(i); !met.empty()) {
        met[0] = text::ascii_lower(met[0]);
        out += " (" + met + ")";
    }
    return out;
}

std::vector<std::string> outcome_labels(const model::document& doc) {
    std::vector<std::string> out;
    check::for_each_indicator(doc, [&](const model::indicator& i, const std::string&, const std::string&) {
        for (std::size_t n = 0; n < i.outcomes.size(); ++n) {
            const std::string& label = i.outcomes[n].label;
            auto before = std::count_if(i.outcomes.begin(), i.outcomes.begin() + static_cast<std::ptrdiff_t>(n),
                                        [&](const model::outcome& o) { return o.label == label; });
            if (std::count(out.begin(), out.end(), label) <= before) out.push_back(label);
        }
    });
    return out;
}

const model::outcome* outcome_labelled(const model::indicator& i, const std::string& label, std::size_t nth) {
    for (const model::outcome& o : i.outcomes)
        if (o.label == label && nth-- == 0) return &o;
    return nullptr;
}

}  // namespace mk::report
