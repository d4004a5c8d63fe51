#pragma once
// The stable names of the model's enumerations: the tokens of the normalized XML.
#include <cstddef>
#include <optional>
#include <string_view>

#include "src/model/document.hpp"
#include "src/model/status_words.hpp"

namespace mk::model {

// names_of<E>::list holds the name of every value of E, indexed by the value.
template <class E>
struct names_of;

template <>
struct names_of<document_kind> {
    static constexpr std::string_view list[] = {"follow_up", "work_plan", "sk_report", "chain"};
};
template <>
struct names_of<level> {
    static constexpr std::string_view list[] = {"kf", "namnd", "forvaltning", "enhet", "medarbetare"};
};
template <>
struct names_of<link_kind> {
    static constexpr std::string_view list[] = {"structure", "exact", "guess"};
};
template <>
struct names_of<status> {
    static constexpr std::string_view list[] = {"done", "on_track", "not_started", "partly", "deviates", "cancelled", "unknown"};
};
template <>
struct names_of<light_colour> {
    static constexpr std::string_view list[] = {"green", "yellow", "red", "grey", "blue"};
};
template <>
struct names_of<checkpoint> {
    static constexpr std::string_view list[] = {"delar_1", "delar_2", "bokslut", "report"};
};
template <>
struct names_of<value_kind> {
    static constexpr std::string_view list[] = {"text", "number", "percent", "malformed"};
};
template <>
struct names_of<comparison> {
    static constexpr std::string_view list[] = {"none", "at_least", "above", "at_most", "below"};
};
template <>
struct names_of<pupil_group> {
    static constexpr std::string_view list[] = {"all", "girls", "boys"};
};
template <>
struct names_of<value_scope> {
    static constexpr std::string_view list[] = {"school", "area", "kommun"};
};
template <>
struct names_of<history_measure> {
    static constexpr std::string_view list[] = {"meritvarde", "minst_e"};
};
template <>
struct names_of<value_type> {
    static constexpr std::string_view list[] = {"text", "number", "date", "boolean", "error", "percent"};
};
template <>
struct names_of<assumption_kind> {
    static constexpr std::string_view list[] = {"column-synonym",     "unit-from-sheet", "unit-from-file",
                                                "unit-from-title",    "years-in-file",   "year-from-file",
                                                "year-from-file-name"};
};
template <>
struct names_of<severity> {
    static constexpr std::string_view list[] = {"fel", "varning", "info"};
};

// The name of value ("on_track").
template <class E>
constexpr std::string_view name_of(E value) {
    return names_of<E>::list[static_cast<std::size_t>(value)];
}

// The value named name; nullopt when no value has that name.
template <class E>
constexpr std::optional<E> parse_name(std::string_view name) {
    std::size_t index = 0;
    for (std::string_view candidate : names_of<E>::list) {
        if (candidate == name) return static_cast<E>(index);
        ++index;
    }
    return std::nullopt;
}

}  // namespace mk::model
