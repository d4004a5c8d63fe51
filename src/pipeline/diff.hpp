#pragma once
// `diff` as a library step: two goal chains or follow-ups (any input import reads) compared.
#include <string>
#include <vector>

#include "converters/registry.hpp"
#include "src/diff/changes.hpp"
#include "src/diff/write.hpp"
#include "src/pipeline/load.hpp"

namespace mk::pipeline {

struct diff_request {
    // Last year's input and this year's.
    source before;
    source after;
    // What the user says about the inputs (--statusord, --enhet).
    load_options load;
};

// Reads each side as import reads one input and compares them. Throws mk::error naming the input
// when one is unusable, before anything is compared.
diff::changes diff_inputs(const diff_request& request);

// The formats `diff -o` writes: every workbook writer that keeps all the sheets, every document
// writer, and JSON.
std::vector<const file_format*> diff_formats();

// The changes as the bytes of a file in f, one of diff_formats().
std::string diff_bytes(const file_format& f, const diff::changes& found, const diff::sides& names);

}  // namespace mk::pipeline
