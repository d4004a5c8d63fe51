#pragma once
// Content → reader: the one place that knows which formats exist. The command line asks only this.
#include <string>
#include <optional>
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

// The formats a report can be written in, chosen by the output file's extension.
enum class output_format { xlsx, ods, csv, docx, odt, html, json };

// The output format an extension names (".xlsx", case-insensitive); nullopt when none.
std::optional<output_format> output_format_for(std::string_view path);

// A workbook as .xlsx, .ods or .csv (the first sheet); throws mk::error for other formats.
std::string write_workbook(const workbook& book, output_format format);

// A document as .docx, .odt or .html; throws mk::error for other formats.
std::string write_document(const document& doc, output_format format);

}  // namespace mk
