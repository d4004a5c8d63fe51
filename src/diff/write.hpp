#pragma once
// The changes laid out for people and machines: text, a workbook, a document, JSON.
#include <string>

#include "src/container/document.hpp"
#include "src/container/workbook.hpp"
#include "src/diff/changes.hpp"

namespace mk::diff {

// The names of the two sides as the outputs show them (the files compared).
struct sides {
    std::string before;
    std::string after;
};

// The summary, then every kind of change that has entries, one line per entry, in the current language.
std::string changes_text(const changes& found, const sides& names);

// A summary sheet, then one sheet per kind of change (change_tables), each with its header row.
workbook changes_workbook(const changes& found, const sides& names);

// A title, the summary and the two goal trees side by side in one table (last year, the change, this
// year), each activity under its goal, the changed rows shaded: new green, dropped red, otherwise changed yellow.
document changes_document(const changes& found, const sides& names);

// Every goal, activity and indicator compared, with both years' sides and what changed, and the number of changes.
std::string changes_json(const changes& found, const sides& names);

}  // namespace mk::diff
