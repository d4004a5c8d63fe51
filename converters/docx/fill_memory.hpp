#pragma once
// The fill memory of a .docx (converters/package/fill_memory.hpp): a custom document property in
// docProps/custom.xml, with its relationship and content type, as Word and LibreOffice keep them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"

namespace mk::docx_fill {

// The text of the memory property of the package; nullopt when it has none.
std::optional<std::string> read_memory(zip_package& package);

// Sets the memory property to text in the entries (one per part, in order) of a package filled
// from package: replaces the one there, or adds it (and docProps/custom.xml with its relationship
// and content type).
void write_memory(std::vector<zip_entry>& entries, zip_package& package, const std::string& text);

}  // namespace mk::docx_fill
