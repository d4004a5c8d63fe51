#include "src/recognize/status_reading.hpp"

#include <algorithm>

#include "src/model/names.hpp"
#include "src/recognize/colours.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

using model::status;

// The normalized key of a definition: "light:<colour>" for a light word or colour code,
// "symbol:<text>" for text without letters, else the folded word; empty for a colour code without
// a light, and for blank text.
std::string key_of(std::string_view text) {
    std::string squeezed = text::squeeze_spaces(text);
    if (auto light = key_light(squeezed)) return "light:" + std::string(model::colour_word(*light));
    if (parse_colour_code(squeezed)) return {};
    std::string folded = text::fold(squeezed);
    if (!folded.empty()) return folded;
    return squeezed.empty() ? std::string() : "symbol:" + squeezed;
}

struct meaning {
    status value = status::unknown;
    bool assumed = false;
    const status_definitions* decided_by = nullptr;
    // Whether a light said it (a light word or a fill, defined or assumed).
    bool light = false;
};

std::optional<meaning> defined(std::string_view text, std::span<const status_definitions* const> definitions) {
    for (const status_definitions* d : definitions)
        if (!d->empty())
            if (auto value = d->find(text)) return meaning{*value, false, d, false};
    return std::nullopt;
}

// What a light means: its definition, else DOMAIN.md's assumption (none for blue).
std::optional<meaning> light_meaning(model::light_colour light, std::span<const status_definitions* const> definitions) {
    if (auto found = defined(model::colour_word(light), definitions)) {
        found->light = true;
        return found;
    }
    status assumed = model::assumed_status(light);
    if (assumed == status::unknown) return std::nullopt;
    return meaning{assumed, true, nullptr, true};
}

// The meaning of a whole folded phrase: defined, else the vocabulary's (a light's by its colour).
std::optional<meaning> whole_meaning(const std::string& folded, std::span<const status_definitions* const> definitions) {
    if (folded.empty()) return std::nullopt;
    const model::status_word* entry = model::find_folded_status_word(folded);
    if (entry && entry->colour) return light_meaning(*entry->colour, definitions);
    if (auto found = defined(folded, definitions)) return found;
    if (entry) return meaning{entry->value, false, nullptr, false};
    return std::nullopt;
}

// The most leading words a status is read by when text follows them (the vocabulary's longest
// phrases and a legend's word keys have three); a whole phrase of any length is read as well.
constexpr std::size_t longest_leading_words = 4;

// The meaning of a folded phrase, whole or by its longest leading words that have one: text after
// a light word says the status when it has a meaning that is no light ("grön enligt plan").
std::optional<meaning> phrase_meaning(const std::string& folded, std::span<const status_definitions* const> definitions) {
    if (auto whole = whole_meaning(folded, definitions)) return whole;
    std::vector<std::string> words = text::tokens(folded);
    for (std::size_t count = std::min(words.size() - (words.empty() ? 0 : 1), longest_leading_words); count > 0;
         --count) {
        std::string head = words[0], rest;
        for (std::size_t i = 1; i < count; ++i) head += " " + words[i];
        for (std::size_t i = count; i < words.size(); ++i) rest += (i == count ? "" : " ") + words[i];
        auto found = whole_meaning(head, definitions);
        if (!found) continue;
        if (found->light)
            if (auto after = whole_meaning(rest, definitions); after && !after->light) return after;
        return found;
    }
    return std::nullopt;
}

// Whether text is one or more dashes ("-", "–", "—"), spaces aside.
bool only_dashes(std::string_view text) {
    if (text.empty()) return false;
    for (bool removed = true; removed;) {
        removed = false;
        for (std::string_view dash : {"-", "\u2013", "\u2014", " "})
            if (text.starts_with(dash)) {
                text.remove_prefix(dash.size());
                removed = true;
            }
    }
    return text.empty();
}

status_reading reading_of(std::string word, const meaning& m) {
    return {std::move(word), m.value, m.assumed, m.decided_by};
}

}  // namespace

bool status_definitions::define(std::string_view key, model::status value) {
    std::string normalized = key_of(key);
    if (normalized.empty() || !by_key_.emplace(normalized, value).second) return false;
    entries_.emplace_back(text::squeeze_spaces(key), value);
    return true;
}

std::optional<model::status> status_definitions::find(std::string_view text) const {
    auto found = by_key_.find(key_of(text));
    if (found == by_key_.end()) return std::nullopt;
    return found->second;
}

std::optional<model::light_colour> key_light(std::string_view key) {
    std::string squeezed = text::squeeze_spaces(key);
    if (auto code = parse_colour_code(squeezed)) return light_of_fill(*code);
    const model::status_word* entry = model::find_status_word(squeezed);
    return entry ? entry->colour : std::nullopt;
}

status_reading read_status(std::string_view text, std::string_view fill,
                           std::span<const status_definitions* const> definitions) {
    std::string squeezed = text::squeeze_spaces(text);
    if (only_dashes(squeezed)) {
        status_reading none;
        none.no_status = true;
        return none;
    }
    // A colour code as written, after a symbol or not: what an exported report keeps of a fill.
    std::string symbol = squeezed;
    std::string colour = std::string(fill);
    std::size_t space = squeezed.rfind(' ');
    std::string before = space == std::string::npos ? "" : squeezed.substr(0, space);
    if (auto code = parse_colour_code(squeezed.substr(space == std::string::npos ? 0 : space + 1));
        code && text::fold(before).empty()) {
        symbol = before;
        colour = *code;
    }
    std::string folded = text::fold(symbol);
    if (!folded.empty()) {
        if (auto found = phrase_meaning(folded, definitions)) return reading_of(std::string(text), *found);
        return {std::string(text), status::unknown, false, nullptr};
    }
    if (!symbol.empty())
        if (auto found = defined(symbol, definitions)) return reading_of(std::string(text), *found);
    std::optional<model::light_colour> light = colour.empty() ? std::nullopt : light_of_fill(colour);
    if (light) {
        // A light without a meaning (blue, when nothing defines it) is kept as an unknown word.
        std::string word = symbol.empty() ? "#" + colour : symbol + " #" + colour;
        auto found = light_meaning(*light, definitions);
        return found ? reading_of(std::move(word), *found) : status_reading{std::move(word)};
    }
    if (symbol.empty()) return {};
    return {std::string(text), status::unknown, false, nullptr};
}

std::optional<model::status> phrase_status(std::string_view phrase,
                                           std::span<const status_definitions* const> definitions,
                                           bool whole_words) {
    std::optional<status> agreed;
    std::string part;
    std::string squeezed = text::squeeze_spaces(phrase);
    for (std::size_t start = 0; start <= squeezed.size();) {
        std::size_t slash = squeezed.find('/', start);
        if (slash == std::string::npos) slash = squeezed.size();
        std::string folded = text::fold(squeezed.substr(start, slash - start));
        start = slash + 1;
        if (folded.empty()) continue;
        std::optional<status> value = model::parse_name<status>(folded);
        if (!value) {
            // "on track", "not started": the schema's names as fold writes them.
            for (std::string_view name : model::names_of<status>::list)
                if (text::fold(name) == folded) value = model::parse_name<status>(name);
        }
        if (!value) {
            auto found = whole_words ? whole_meaning(folded, definitions) : phrase_meaning(folded, definitions);
            if (!found || found->light) return std::nullopt;
            value = found->value;
        }
        if (*value == status::unknown || (agreed && *agreed != *value)) return std::nullopt;
        agreed = value;
    }
    return agreed;
}

}  // namespace mk::recognize
