#pragma once
// The shared string table (sharedStrings.xml), read as a stream.
#include <string>
#include <string_view>
#include <vector>

namespace mk {
class zip_package;
}

namespace mk::xlsx {

// The texts of the <si> items of the <sst> part of package, in order (rich text joined, phonetic
// runs left out, escapes decoded); the declared counts are not trusted. Throws mk::error naming
// part when it is not XML or passes a limit or the memory budget.
std::vector<std::string> read_shared_strings(zip_package& package, std::string_view part);

}  // namespace mk::xlsx
