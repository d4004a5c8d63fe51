#pragma once
// `sk generate` as a library step: every input is read and checked first (prepare_sk_generation),
// then the documents are filled one school at a time (fill_school_documents), so that a caller can
// show progress, stop early, and write or pack the documents as they come.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "converters/registry.hpp"
#include "src/pipeline/source.hpp"
#include "src/sk/document_facts.hpp"
#include "src/sk/plan.hpp"
#include "src/sk/previous_years.hpp"

namespace mk::pipeline {

// What `sk generate` is asked to do.
struct sk_generate_request {
    // The municipality's templates (.docx, .odt); not used with update.
    std::vector<source> templates;
    // A school's filled document whose pre-filled parts are refreshed, keeping every word the school
    // wrote; used instead of the templates.
    std::optional<source> update;
    // The goal chain (normalized XML or any inputs import reads, merged).
    std::vector<source> chain;
    // The schools file (.xlsx, .ods, .csv).
    source schools;
    // The survey and history results (.xlsx, .ods).
    std::optional<source> results;
    // Last year's goal chain, for last year's SKA-mål table.
    std::optional<source> previous_chain;
    // Last year's filled SK documents (not used with update).
    std::vector<source> previous_documents;
    // The first year of the läsår to fill in (2024 for 2024/25).
    int lasar = 0;
    // Which templates are filled: "docx", "odt", "both" (a template of each needed) or empty (all).
    std::string format;
};

// A template, or the filled document to update, read.
struct sk_template {
    std::string name;
    std::string bytes;
    // Its row in the table of formats: one with a filler.
    const file_format* format = nullptr;
    sk::document_facts facts;
};

// Everything read for `sk generate`, and which schools get documents; nothing filled yet.
struct sk_generation {
    sk::plan_inputs inputs;
    std::vector<sk_template> templates;
    sk::previous_years previous;
    // The schools that get documents (indices into inputs.chain.schools): every school, or with
    // update the one the document names.
    std::vector<std::size_t> schools;
    // The file name stem of each school of inputs.chain.schools, unique where case does not count
    // (sk::unique_file_stems): the same for a school whether every school is generated or one updated.
    std::vector<std::string> file_stems;
    bool update = false;
    // The schools whose last year's SKA-mål table stays the template's: neither the previous chain
    // nor a previous document has last year's goals for them (not with update).
    std::vector<std::string> without_last_years_goals;
    // The schools without survey values in the results file (only when it has survey values).
    std::vector<std::string> without_survey_values;
    // What the checks (src/check) find in the schools file: empty required columns, unknown
    // development-area keys, a school twice; found before any document is filled.
    std::vector<model::finding> schools_findings;
};

// The filled SK documents (.docx, .odt) in folder, in the order of their names: last year's
// documents for sk_generate_request::previous_documents. Throws mk::error when folder is no folder.
std::vector<source> previous_documents_in(const std::string& folder);

// Reads and checks every input of request. Throws mk::error naming the input when one is
// unusable, when no template is in the format asked for, or (update) when the document names
// none of the schools.
sk_generation prepare_sk_generation(const sk_generate_request& request);

// One document to write.
struct sk_output {
    // The school's file name stem (sk_generation::file_stems) with the template's extension
    // ("Ekbackens skola.docx").
    std::string file_name;
    std::string bytes;
    // With update: the cells where the document keeps a person's text over a different pre-filled
    // value.
    std::vector<kept_text> kept;
};

// The documents of the nth school of generation.schools, one per template. Throws mk::error
// naming the template when it cannot be filled.
std::vector<sk_output> fill_school_documents(const sk_generation& generation, std::size_t n);

// The file names of the documents fill_school_documents makes for the nth school, in its order.
std::vector<std::string> output_file_names(const sk_generation& generation, std::size_t n);

// The school of the nth document set.
const model::school& school_of(const sk_generation& generation, std::size_t n);

// The files on disk request reads: what writing its documents must never replace.
std::vector<std::string> input_paths(const sk_generate_request& request);

// What write_sk_documents did.
struct sk_written {
    // The files written, in order.
    std::vector<std::string> files;
    // The existing files left alone, in order: changed since malkedja wrote them, or not written by
    // it (filled_and_unchanged is false); only update replaces them.
    std::vector<std::string> kept;
    // The cells where a written document keeps a person's text over a different pre-filled value.
    std::vector<kept_text> kept_cells;
};

// Fills every school's documents and writes each into folder under output_file_names, one school
// at a time; before_school(n) is called before the nth. An existing file is replaced only when
// malkedja filled it and nobody changed it since, or with update; any other is left alone (kept). Every path is checked before the first
// document is written. Throws mk::error when a path cannot be written (one of inputs, a folder),
// naming the documents written before it (they stay, each whole).
sk_written write_sk_documents(const sk_generation& generation, const std::string& folder,
                              const std::vector<std::string>& inputs,
                              const std::function<void(std::size_t)>& before_school = {});

// The names separated by commas; past the fifth, how many more there are ("… och 295 till").
std::string listed(const std::vector<std::string>& names);

}  // namespace mk::pipeline
