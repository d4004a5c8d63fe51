#pragma once
// Questions to the table of formats (converters/formats.cpp): which format bytes are, which one a
// file name or a name asks for, and the reader of a container kind. The pipeline and the commands
// ask only these.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "converters/file_format.hpp"
#include "converters/package/fill_memory.hpp"

namespace mk {

// Detects the format from the bytes alone (magic bytes and package contents, never the file name);
// throws mk::error for empty, password-protected, refused (legacy .doc, PDF...) and unrecognised files.
const file_format& detect_format(const byte_source& bytes);

// The input at path: a zip package (as .xlsx, .ods, .docx and .odt are) read from its file as
// needed, any other file read whole; throws mk::error as read_input_file does.
byte_source open_input(const std::string& path);

// The format named name ("xlsx"); nullptr when none is.
const file_format* format_named(std::string_view name);

// The format the extension of path names (".XLSX" too); nullptr when none does.
const file_format* format_for_path(std::string_view path);

// The formats for which keep holds, in the table's order.
std::vector<const file_format*> formats_where(const std::function<bool(const file_format&)>& keep);

// The first extensions of formats as a list for a message, in the current language:
// ".xlsx, .ods eller .csv".
std::string extension_list(const std::vector<const file_format*>& formats);

// Reads a spreadsheet (any readable workbook format, by content) into the neutral workbook;
// file_name (without folders and extension) names the sheet of a CSV file. Throws mk::error when
// the file is no spreadsheet or is unusable.
workbook read_workbook(const byte_source& bytes, std::string_view file_name);

// Reads a spreadsheet as read_workbook does, handing its sheets to visitor as they come, when its
// format has such a reader; false (reading nothing) when it has none.
bool visit_workbook(const byte_source& bytes, std::string_view file_name, sheet_visitor& visitor);

// Reads a text document (any readable document format, by content) into the neutral document
// container. Throws mk::error when the file is no text document or is unusable.
document read_document(std::string_view bytes);

// Reads a text document as read_document does, handing the blocks of its body to body in reading
// order instead of returning them: as they are read where the format streams (.docx), else all at
// the end.
document read_document(std::string_view bytes, const block_sink& body);

// The memory of its filling a document malkedja filled keeps; nullopt when it keeps none, or none
// that can be read. Never throws.
std::optional<fill_memory> fill_memory_of(std::string_view bytes);

// Whether bytes are a document malkedja filled that nobody has changed since: its content still
// matches the fingerprint its filler recorded in it. False for any other bytes, never throws.
bool filled_and_unchanged(std::string_view bytes);

}  // namespace mk
