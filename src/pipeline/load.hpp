#pragma once
// Inputs of any supported format → one model: what import, check and export share.
#include <optional>
#include <string>
#include <vector>

#include "src/model/document.hpp"
#include "src/recognize/follow_up.hpp"

namespace mk::pipeline {

// What the user may say about the inputs on the command line.
struct load_options {
    std::optional<int> year;
    std::string kommun;
    std::string namnd;
};

// The merged model and what was passed over while reading.
struct loaded {
    model::document doc;
    std::vector<recognize::skipped_row> skipped;
};

// Reads every file (format detected by content) and merges them into one model with stable ids:
// goals that are the same (same level, text and parent) become one. Throws mk::error naming the
// file when one is unusable.
loaded load_inputs(const std::vector<std::string>& files, const load_options& options);

}  // namespace mk::pipeline
