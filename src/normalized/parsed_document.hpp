#pragma once
// A normalized document parsed and validated by libxml2, for the reader to walk.
#include <memory>
#include <string_view>

#include <libxml/tree.h>

namespace mk::normalized {

struct xml_doc_deleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using xml_doc_ptr = std::unique_ptr<xmlDoc, xml_doc_deleter>;

// Parses bytes without DTD or network and validates them as validate_normalized does; throws
// mk::error the same way.
xml_doc_ptr parse_valid_document(std::string_view bytes);

}  // namespace mk::normalized
