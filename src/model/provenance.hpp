#pragma once
// Where an imported element came from: the source file and the place in it.
#include <cstdint>
#include <optional>
#include <string>

namespace mk::model {

// A place in a source file. A spreadsheet place has sheet and cell; a document place has section,
// table, row, column and paragraph as far as they apply. Empty strings and empty optionals are absent.
struct source_ref {
    // The file name as the user gave it.
    std::string file;
    // Spreadsheet: the sheet name ("Uppföljning 2019") and the A1 reference ("D14").
    std::string sheet;
    std::string cell;
    // Document: the heading the element is under ("9. PLANERINGSRAPPORT LÄSÅRET 2023-2024").
    std::string section;
    // Document: 1-based table number in document order, row (header row included) and column.
    std::optional<std::uint32_t> table;
    std::optional<std::uint32_t> row;
    std::optional<std::uint32_t> column;
    // Document: 1-based paragraph number within the section.
    std::optional<std::uint32_t> paragraph;

    bool operator==(const source_ref&) const = default;
};

// The place that is a whole file.
inline source_ref whole_file(std::string file) {
    source_ref place;
    place.file = std::move(file);
    return place;
}

}  // namespace mk::model
