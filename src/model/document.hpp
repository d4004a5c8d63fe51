#pragma once
// The normalized document: everything one import, chain, check or SK collection holds.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/model/activity.hpp"
#include "src/model/assumption.hpp"
#include "src/model/chain.hpp"
#include "src/model/finding.hpp"
#include "src/model/school.hpp"
#include "src/model/sk_report.hpp"

namespace mk::model {

// What kind of source the document was made from.
enum class document_kind : std::uint8_t { follow_up, work_plan, sk_report, chain };

// What the document is about. Empty strings and empty optionals are unknown.
struct metadata {
    document_kind kind = document_kind::follow_up;
    std::string title;
    std::string kommun;
    // 4 digits ("0126").
    std::string kommunkod;
    std::string namnd;
    // The organiser's organisation number ("212000-0142").
    std::string org_number;
    // The registration number of the source document ("GAN-2019/10.603").
    std::string diarienummer;
    // The calendar year or the läsår ("2023/24") the document covers.
    std::optional<int> year;
    std::string lasar;
    // The report date the document is as of (ISO "2018-12-31").
    std::string as_of;
    // The files the document was made from, in the order given.
    std::vector<std::string> source_files;
    // What the readers decided by guessing (1.2).
    std::vector<assumption> assumptions;

    bool operator==(const metadata&) const = default;
};

// What a reader could not take in as expected.
enum class read_problem : std::uint8_t {
    // The file could not be read at all (detail: why).
    unreadable_file,
    // The file is no SK document where one was expected.
    not_sk_document,
    // A table cell holds text where the template has none or a label it does not know (detail: the
    // text); the rest of the table is read as far as it can be.
    unexpected_cell,
    // A table row of a kind the template does not have ("Nyanlända" among the pupil groups), not
    // read (detail: its cells' texts joined by " | ").
    unexpected_row,
    // A second document about a school already read (detail: the file kept).
    same_school_twice,
    // A paragraph of an SK document that no part is read from and its filler did not write: text
    // the school wrote outside the answers (detail: the text); or a footnote, endnote, comment,
    // text box or chart (detail: "Fotnot: " and its text); or a page header or footer (detail:
    // "Sidhuvud: " and its text, at the whole file).
    unread_text,
    // An SK document that keeps no memory of its filling (filled by hand, or by an older version):
    // text outside its answers cannot be told from the template's and is not looked for. No rule
    // reports it; `sk collect` counts it in its summary.
    outside_answers_unchecked,
};

// One thing a reader could not take in as expected, at its place, for the checks to report.
struct read_note {
    read_problem problem = read_problem::unreadable_file;
    source_ref place;
    std::string detail;

    bool operator==(const read_note&) const = default;
};

// Elements keep the order of their sources.
struct document {
    model::metadata metadata;
    std::vector<statement> vision;
    // Lines of the sources the model has no other place for: a title block's other lines, footnotes,
    // texts between tables (1.2).
    std::vector<statement> notes;
    std::vector<goal> goals;
    std::vector<activity> activities;
    std::vector<development_area> development_areas;
    std::vector<school> schools;
    std::vector<sk_report> sk_reports;
    std::vector<finding> findings;
    // What the readers could not take in as expected (not written to normalized XML; the findings
    // the checks make of them are).
    std::vector<read_note> read_notes;

    bool operator==(const document&) const = default;
};

}  // namespace mk::model
