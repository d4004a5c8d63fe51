#pragma once
// Content → reader: the one place that knows which formats exist. The command line asks only this.
#include <string>
#include <string_view>

#include "src/container/document.hpp"
#include "src/container/workbook.hpp"

namespace mk {

enum class file_format { xlsx, ods, csv, docx, odt, normalized_xml };

// Detects the format from the bytes alone (magic bytes and package contents, never the file name);
// throws mk::error for empty, password-protected, legacy binary and unrecognised files.
file_format detect_format(std::string_view bytes);

// A short lower-case name of the format ("xlsx").
std::string_view format_name(file_format format);

// Reads a spreadsheet (.xlsx, .ods or .csv, by content) into the neutral workbook; file_name
// (without folders and extension) names the sheet of a CSV file. Throws mk::error when the file
// is no spreadsheet or is unusable.
workbook read_workbook(std::string_view bytes, std::string_view file_name);

// Reads a text document (.docx or .odt, by content) into the neutral document container. Throws
// mk::error when the file is no text document or is unusable.
document read_document(std::string_view bytes);

}  // namespace mk
