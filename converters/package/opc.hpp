#pragma once
// Open Packaging Conventions (OOXML): relationships and content types, resolved inside the package.
#include <string>
#include <string_view>
#include <vector>

#include "converters/package/zip.hpp"

namespace mk {

struct relationship {
    std::string id;
    // The type URI as written (transitional or strict).
    std::string type;
    // For internal targets, the part name it resolves to ("xl/worksheets/sheet1.xml"); for
    // external ones the target as written. External targets are never followed.
    std::string target;
    bool external = false;
};

// The relationships of part ("" for the package's own _rels/.rels); empty when it has none.
// Throws mk::error when an internal target escapes the package.
std::vector<relationship> read_relationships(zip_package& package, std::string_view part);

// Whether a relationship type URI is the officeDocument relationship `kind` ("worksheet",
// "sharedStrings", "officeDocument"...) in the transitional or the strict spelling.
bool relationship_is(const relationship& rel, std::string_view kind);

// The first relationship of the given kind, or nullptr.
const relationship* find_relationship(const std::vector<relationship>& rels, std::string_view kind);

// Resolves target relative to the folder of source_part into a part name; throws mk::error when
// it leaves the package.
std::string resolve_part_name(std::string_view source_part, std::string_view target);

// The content type of a part from [Content_Types].xml (Override, then Default by extension);
// empty when none is declared. Throws mk::error when [Content_Types].xml is missing.
std::string content_type_of(zip_package& package, std::string_view part);

// The part name of the package's main document (the officeDocument relationship of _rels/.rels).
std::string main_document_part(zip_package& package);

}  // namespace mk
