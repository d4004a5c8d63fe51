#pragma once
// Inputs of any supported format → one model: what import, check and export share.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "src/core/error.hpp"
#include "src/model/document.hpp"
#include "src/pipeline/source.hpp"
#include "src/recognize/follow_up.hpp"

namespace mk::pipeline {

// What the user may say about the inputs on the command line.
struct load_options {
    std::optional<int> year;
    std::string kommun;
    std::string namnd;
    // --statusord: a .csv, .xlsx or .ods file of the user's own status words (empty: none).
    std::string status_words;
    // --enhet: where each row's unit comes from.
    recognize::unit_rule units;
    // Where the load adds its warnings, one per input that is read anyway but should be said (an
    // input whose content is another format than its name says); null: nowhere. Nothing is added
    // when the load fails.
    std::vector<warning>* warnings = nullptr;
    // Called with its index before each input is read (progress); may be empty.
    std::function<void(std::size_t)> before_input;
    // When given, an input that cannot be read is added here (its mk::error, naming it) and passed
    // over, instead of stopping the load.
    std::vector<error>* unreadable = nullptr;
    // Whether every input must be an SK document (or normalized XML, which may hold collected ones):
    // any other is passed over, with a read note (model::read_problem::not_sk_document) in the model.
    bool sk_documents_only = false;
};

// How the statuses of one follow-up file or work plan were read: its legends and what decided its
// statuses.
struct file_statuses {
    std::string file;
    std::vector<recognize::status_legend> legends;
    recognize::status_tally tally;
};

// A goal of a later input linked to an earlier input's goal by a fuzzy text match.
struct link_guess {
    std::string text;
    std::string linked_to;
    double score = 0;
};

// The merged model and what was passed over or guessed while reading.
struct loaded {
    model::document doc;
    std::vector<recognize::skipped_row> skipped;
    // Where the cells went, one entry per spreadsheet read.
    std::vector<recognize::cell_accounting> cells;
    std::vector<link_guess> guesses;
    // One entry per follow-up spreadsheet and work plan read.
    std::vector<file_statuses> statuses;
    // The words --statusord defined, in its order.
    std::vector<std::pair<std::string, model::status>> status_words;
};

// Reads every input (format detected by content) and merges them into one model with stable ids,
// statuses read with the user's status words (options.status_words; in normalized XML inputs they
// replace the value of the words they define):
// goals that are the same (same level, text and parent) become one, and a later input's goal is
// linked to an earlier input's goal of the same level that its text names (recognize::match_goal).
// Throws mk::error naming the input when one is unusable.
loaded load_inputs(const std::vector<source>& inputs, const load_options& options);

// The same for files on disk.
loaded load_inputs(const std::vector<std::string>& files, const load_options& options);

// One input alone, read as load_inputs reads it (the goal chain of `check --chain`, `sk generate
// --chain`).
model::document load_input(const source& input);

}  // namespace mk::pipeline
