#pragma once
// The goal chain: levels, goals with their indicators, and the links between them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/model/extra_field.hpp"
#include "src/model/indicator.hpp"
#include "src/model/provenance.hpp"

namespace mk::model {

// The levels of the chain, from the top (kommunfullmäktige) to the individual.
enum class level : std::uint8_t { kf, namnd, forvaltning, enhet, medarbetare };

// How a link between two elements was made.
enum class link_kind : std::uint8_t {
    structure,  // by the layout of the source: the goal cell above, the heading above
    exact,      // by equal text after folding case, white space and punctuation
    guess,      // by a fuzzy text match; score says how close
};

// A reference to a goal by id, and how it was made.
struct link {
    std::string target;
    link_kind kind = link_kind::structure;
    // Similarity in [0, 1] for guesses; absent for other kinds.
    std::optional<double> score;

    bool operator==(const link&) const = default;
};

// A goal at any level (KF goal, nämndmål, delmål, a school's goal, an individual goal).
struct goal {
    // Stable id ("g-3fa2b1c9"); see stable_ids.hpp.
    std::string id;
    model::level level = level::namnd;
    // The goal above in the chain; absent at the top or when none was found.
    std::optional<link> parent;
    // Short name ("Likvärdiga möjligheter") and the rest ("Skolan är en mötesplats ...").
    std::string name;
    std::string description;
    // The full original text, line breaks kept.
    std::string text;
    // The perspective (Samhälle, Medborgare, ...) or the focus area (Lärande, Normer & värden, ...).
    std::string perspective;
    // Whether it is a SKA-mål: a nämndmål every school must work on.
    bool ska = false;
    // The unit the goal belongs to at enhet or medarbetare level (a skolenhetskod or a name).
    std::string unit;
    std::vector<indicator> indicators;
    // The values of the source's unrecognised columns on the goal's own row (1.2).
    std::vector<extra_field> extras;
    std::optional<source_ref> source;

    bool operator==(const goal&) const = default;
};

// A line of free text, e.g. one point of the kommun's vision.
struct statement {
    std::string text;
    std::optional<source_ref> source;

    bool operator==(const statement&) const = default;
};

}  // namespace mk::model
