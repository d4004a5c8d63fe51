#pragma once
// Schools (skolenheter) and the development areas (utvecklingsområden) they choose from.
#include <optional>
#include <string>
#include <vector>

#include "src/model/provenance.hpp"

namespace mk::model {

// A development area of an area's list (Bilaga 4 and 6 of the SK document).
struct development_area {
    // A short key, unique in the document ("kunskapskrav").
    std::string key;
    // Lärande, Normer & värden, Ledarskap or Arbetsmiljö.
    std::string focus_area;
    std::string text;
    // Marked "(SKA)": it is a nämndmål.
    bool ska = false;
    // The school area the list belongs to ("Sydvästra/Östra") and its läsår ("2023/24"), when known.
    std::string area;
    std::string lasar;
    std::optional<source_ref> source;

    bool operator==(const development_area&) const = default;
};

// A school unit.
struct school {
    // Skolenhetskod: 8 digits as text, leading zeros kept ("05719246").
    std::string code;
    std::string name;
    // The school area ("Mellersta/Nordvästra").
    std::string area;
    // The stages it has ("F-9", "F-3", "7-9").
    std::string stages;
    // Keys of the development areas the school has chosen.
    std::vector<std::string> development_areas;
    std::optional<source_ref> source;

    bool operator==(const school&) const = default;
};

}  // namespace mk::model
