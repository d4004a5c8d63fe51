#pragma once
// The fill memory of an .odt (converters/package/fill_memory.hpp): a meta:user-defined property in
// meta.xml, as LibreOffice keeps user-defined document properties.
#include <optional>
#include <string>
#include <vector>

#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"

namespace mk::odt_fill {

// The text of the memory property of the package; nullopt when it has none.
std::optional<std::string> read_memory(zip_package& package);

// Sets the memory property to text in the package's entries (one per part, in order): replaces
// the one in meta.xml or adds it (and meta.xml with its manifest entry when there is none).
void write_memory(std::vector<zip_entry>& entries, const std::string& text);

}  // namespace mk::odt_fill
