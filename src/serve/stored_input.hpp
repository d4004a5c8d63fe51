#pragma once
// Reading back what the server stored of an upload.
#include <string>
#include <vector>

#include "src/pipeline/load.hpp"
#include "src/serve/steps.hpp"

namespace mk::serve {

// The bytes of an uploaded file; an error names the file by its name, never by the server's path.
std::string read_stored(const input_file& file);

// The files merged into one model by the pipeline of the commands, each under its name.
pipeline::loaded load_stored(const std::vector<const input_file*>& files);

}  // namespace mk::serve
