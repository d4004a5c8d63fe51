#pragma once
// Last year's filled SK documents: what each gives its school for this year's document.
#include <map>
#include <string>

#include "src/container/document.hpp"
#include "src/model/school.hpp"
#include "src/sk/plan.hpp"

namespace mk::sk {

// What last year's documents give, by the folded name of the school they are about.
using previous_years = std::map<std::string, previous_year>;

// Adds what doc (a filled SK document; name is the file's) gives its school: its Planeringsrapport
// goals, and its SKA-mål table unless one of the school's is already known. A document that is no
// SK document, or names no school, adds nothing.
void add_previous_document(previous_years& years, const document& doc, const std::string& name);

// What last year's documents give school; empty when none is about it.
const previous_year& previous_of(const previous_years& years, const model::school& school);

}  // namespace mk::sk
