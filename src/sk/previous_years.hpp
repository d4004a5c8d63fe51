#pragma once
// Last year's filled SK documents: what each gives its school for this year's document.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "src/container/document.hpp"
#include "src/model/school.hpp"
#include "src/sk/plan.hpp"

namespace mk::sk {

// What last year's documents give, and the documents that give nothing.
struct previous_years {
    // By the folded name of the school of the schools file each is about.
    std::map<std::string, previous_year> by_school;
    // The file names of the documents whose title names no school of the schools file.
    std::vector<std::string> about_no_school;
    // The documents passed over for another of the same school (one of a later läsår, or of the
    // same read before): their file names and the school's key in by_school.
    std::vector<std::pair<std::string, std::string>> passed_over;
};

// Adds what doc (a filled SK document; name is the file's) gives the school of schools whose name
// its title holds (the longest such name): its Planeringsrapport goals, and its SKA-mål table. Of
// two documents of one school, the one of the later läsår counts. A document that is no SK
// document adds nothing; one whose title names none of schools is noted in about_no_school.
void add_previous_document(previous_years& years, const document& doc, const std::string& name,
                           const std::vector<model::school>& schools);

// What last year's documents give school; empty when none is about it.
const previous_year& previous_of(const previous_years& years, const model::school& school);

}  // namespace mk::sk
