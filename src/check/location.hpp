#pragma once
// Places in source files as users read them.
#include <string>

#include "src/model/provenance.hpp"

namespace mk::check {

// "Uppföljning 2019!D14" for a cell; "avsnitt 9. PLANERINGSRAPPORT, tabell 18, rad 2, kolumn 6" for
// a document place (in the current language); empty when nothing is known.
std::string format_location(const model::source_ref& place);

}  // namespace mk::check
