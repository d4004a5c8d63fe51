#pragma once
// The shared string table (sharedStrings.xml).
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace mk::xlsx {

// The texts of the <si> items of an <sst> root, in order (rich text joined, phonetic runs left
// out, escapes decoded); the declared counts are not trusted.
std::vector<std::string> read_shared_strings(pugi::xml_node root);

}  // namespace mk::xlsx
