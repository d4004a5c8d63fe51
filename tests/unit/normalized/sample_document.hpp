#pragma once
// A normalized document built by hand from the content of seeds 001, 002, 003 and 004.
#include "src/model/document.hpp"

// Two follow-up layouts merged into a chain, a school with SK data, and a finding, with provenance.
mk::model::document sample_document();
