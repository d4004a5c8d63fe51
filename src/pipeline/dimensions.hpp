#pragma once
// Units and years that the inputs of one load say by being several files.
#include <cstddef>
#include <string>
#include <vector>

#include "src/model/document.hpp"
#include "src/recognize/follow_up.hpp"

namespace mk::pipeline {

// The activities one spreadsheet input gave to the merged model: [first, last) of its activities.
struct input_activities {
    std::string file;
    std::size_t first = 0;
    std::size_t last = 0;
    std::optional<int> year;
};

// Gives each activity of inputs its file's year when the inputs are of more than one year (files
// of two years are kept as two years, never fused). Units from the files' names: with
// unit_rule::source::file, every activity its file's (the part of the names that differs, or a lone
// file's whole name); by itself, when two or more files of one year that work for the same goals
// name no unit in any row ("uppfoljning-skola-a" and "uppfoljning-skola-b" give "skola-a" and
// "skola-b"). What it decided by itself is added to the document's assumptions.
void settle_file_dimensions(model::document& doc, const std::vector<input_activities>& inputs,
                            recognize::unit_rule::source units);

}  // namespace mk::pipeline
