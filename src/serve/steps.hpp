#pragma once
// The one place where the server calls the library: reading an uploaded file, the analysis the page
// shows, and every download. Each step is the one the commands run (import, check, export, sk
// generate, sk collect) on the tab's files; nothing here reads or writes a format itself.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "src/serve/jobs.hpp"

namespace mk::serve {

// An uploaded file: its id, the name the browser gave (a label and the name in provenance, never a
// path) and where the server keeps it.
struct input_file {
    std::string id;
    std::string name;
    std::filesystem::path path;
    std::uint64_t size = 0;
};

// What a file was read as.
enum class role { follow_up, work_plan, sk_template, sk_filled, schools, results, chain_xml, unusable };

// "follow_up", "work_plan"...
const char* role_name(role r);

// What reading one file alone gave: its role and format and the import summary, or why it is unusable.
struct reading {
    serve::role role = role::unusable;
    std::string format;
    nlohmann::ordered_json summary = nlohmann::ordered_json::object();
    std::string error;
    // A file read anyway but with something to say (its content is another format than its name
    // says), in the current language; empty: none.
    std::string warning;
};

// Reads one file alone: the format by content, the role by what the recognisers find (a schools
// file, a results file, a follow-up; an SK template or a filled SK document, a work plan).
reading read_one(const input_file& file);

// A tab's files with what each was read as, in upload order.
struct tab_inputs {
    std::vector<input_file> files;
    std::vector<reading> readings;

    // The files read as r, in upload order.
    std::vector<const input_file*> of(role r) const;
    // The files the goal chain is read from: SK templates, then work plans, then normalized chains.
    std::vector<const input_file*> chain_files() const;
    // The files of the nämnd's report: the follow-ups, else the work plans and normalized chains.
    std::vector<const input_file*> report_files() const;
};

// What the page may say about the checks and the report.
struct request_options {
    // The checks' reference date (ISO); empty: the documents' own.
    std::string as_of;
    std::string title;
    // The tree's filters; empty: all.
    std::string unit;
    std::string year;
};

// The page's picture of the tab: every file as read, the report's counts, the goal tree (SVG),
// the filters it offers, the findings of every check and which downloads are ready.
nlohmann::ordered_json analyse(const tab_inputs& in, const request_options& options, progress& p);

// The goal tree of the report's files, filtered by unit and year, as SVG.
job_result tree(const tab_inputs& in, const request_options& options, progress& p);

// The nämnd's report in format, the name of one of pipeline::report_formats(): `malkedja export`.
job_result report(const tab_inputs& in, const std::string& format, const request_options& options, progress& p);

// Normalized XML of "follow_up" (the follow-ups) or "chain" (the goal chain): `malkedja import`.
job_result normalized_xml(const tab_inputs& in, const std::string& which, progress& p);

// One pre-filled SK document per school as one .zip: `malkedja sk generate`. format: the name of a
// format with a filler ("docx", "odt"), "both" or empty for every template given.
job_result sk_documents(const tab_inputs& in, const std::string& lasar, const std::string& format, progress& p);

// The collected SK documents for the nämnd in format, the name of one of
// pipeline::sk_collect_formats(): `malkedja sk collect`.
job_result sk_collection(const tab_inputs& in, const std::string& format, progress& p);

}  // namespace mk::serve
