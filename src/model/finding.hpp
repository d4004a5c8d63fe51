#pragma once
// Findings of the consistency checks.
#include <cstdint>
#include <string>

#include "src/model/provenance.hpp"

namespace mk::model {

// fel: the report cannot go to the nämnd like this; varning: needs a look; info: worth knowing.
enum class severity : std::uint8_t { fel, varning, info };

// One finding of one rule at one place.
struct finding {
    // The rule's stable id ("MK004").
    std::string rule;
    model::severity severity = severity::fel;
    // The file and the place in it.
    source_ref location;
    // The id of the goal or activity it concerns, when it concerns one.
    std::string subject;
    std::string message;
    std::string suggestion;

    bool operator==(const finding&) const = default;
};

}  // namespace mk::model
