#pragma once
// The model as canonical normalized XML.
#include <string>

#include "src/core/xml_writer.hpp"
#include "src/model/document.hpp"

namespace mk::normalized {

struct write_options {
    // Whether to write where each element came from; false leaves out every source reference and
    // every file name (a finding keeps its place in the file, without the file's name).
    bool provenance = true;
    // Whether the document's ids are already those model::assign_stable_ids gives (assigned, and no
    // element or reference changed since), so that they are not computed again.
    bool ids_stable = false;
};

// The canonical XML of doc: stable ids (model::assign_stable_ids), the model's element order,
// UTF-8, LF, two-space indentation, attributes in a fixed order, no timestamps; the same model
// always gives the same bytes, which follow schema/malkedja.xsd (the tests validate every document
// they write; the writer does not validate again). Throws mk::error when the model's references
// are broken.
std::string write_normalized(model::document doc, const write_options& options = {});

// The same XML handed to sink in pieces as it is written, never held whole. A model whose
// references are broken throws after some pieces: the caller discards what it was handed.
void write_normalized(model::document doc, const write_options& options, const text_sink& sink);

}  // namespace mk::normalized
