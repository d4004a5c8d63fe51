#pragma once
// Where an imported element came from: the source file and the place in it.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace mk::model {

// A file's or a sheet's name, held once by every place that names it (a million cells of one
// sheet share one copy). Read as a const std::string&; assigned a std::string.
class shared_name {
public:
    shared_name() = default;
    // The name, in a copy of its own (implicit: a name is given as its text); places share it by
    // copying the shared_name.
    shared_name(std::string text)
        : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
    shared_name(const char* text) : shared_name(std::string(text)) {}
    // The text; empty for none.
    const std::string& str() const { return text_ ? *text_ : none(); }
    operator const std::string&() const { return str(); }
    bool empty() const { return !text_; }
    friend bool operator==(const shared_name& a, const shared_name& b) { return a.str() == b.str(); }
    friend bool operator==(const shared_name& a, const std::string& b) { return a.str() == b; }
    friend bool operator==(const shared_name& a, const char* b) { return a.str() == b; }

private:
    static const std::string& none() {
        static const std::string empty;
        return empty;
    }
    std::shared_ptr<const std::string> text_;
};

// A place in a source file. A spreadsheet place has sheet and cell; a document place has section,
// table, row, column and paragraph as far as they apply. Empty strings and empty optionals are absent.
struct source_ref {
    // The file name as the user gave it.
    shared_name file;
    // Spreadsheet: the sheet name ("Uppföljning 2019") and the A1 reference ("D14").
    shared_name sheet;
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

// The place that is a whole sheet of a file; its cells' places are copies with the cell set, and
// share its names.
inline source_ref whole_sheet(shared_name file, shared_name sheet) {
    source_ref place;
    place.file = std::move(file);
    place.sheet = std::move(sheet);
    return place;
}

}  // namespace mk::model
