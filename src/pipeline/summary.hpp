#pragma once
// Counts that every step's summary shares.
#include <cstddef>
#include <string>
#include <vector>

#include "src/model/finding.hpp"

namespace mk::pipeline {

// Findings per severity.
struct severity_counts {
    std::size_t fel = 0;
    std::size_t varning = 0;
    std::size_t info = 0;
};

// How many of found have each severity.
severity_counts count_by_severity(const std::vector<model::finding>& found);

// The counts in words, each noun in the number its count takes: "0 fel, 1 varning, 2 info"
// ("0 errors, 1 warning, 2 info" in English).
std::string severity_counts_text(const severity_counts& counts);

// Whether any of found has severity fel (the commands' exit status 1).
bool has_errors(const std::vector<model::finding>& found);

}  // namespace mk::pipeline
