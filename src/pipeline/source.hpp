#pragma once
// One input as the library takes it: a file on disk (read when needed), a file kept under another
// name (an upload the web page stored), or bytes already in memory. Every pipeline step takes
// sources, never paths alone.
#include <optional>
#include <string>
#include <vector>

#include "src/core/warning.hpp"

namespace mk {
struct file_format;
}

namespace mk::pipeline {

struct source {
    // The name messages and provenance use: the path as the user gave it, or an upload's file name.
    std::string name;
    // The file the bytes are read from when they are not in memory; empty with bytes.
    std::string path;
    // The content when it is already in memory.
    std::optional<std::string> bytes;
};

// A file on disk, named by its path.
source file_source(std::string path);

// A file on disk kept under another name (an upload): messages name it by name, never by path.
source stored_source(std::string name, std::string path);

// Bytes in memory under the name messages use.
source memory_source(std::string name, std::string bytes);

// Files on disk, in the order given.
std::vector<source> file_sources(const std::vector<std::string>& paths);

// Checks that every file among sources exists and is a regular file, before any is read. Throws
// mk::error naming the first that is not (src/core/file_io.hpp).
void check_sources(const std::vector<const source*>& sources);

// The warning for an input named name whose content is another format than its extension names (a
// CSV named .xlsx, an .xlsx named .ods); nullopt when they agree or the extension names no format.
std::optional<warning> misnamed_input(const std::string& name, const file_format& detected);

// The content of s: its bytes, or its file read into holder. Throws mk::error naming s when the file
// cannot be read (src/core/file_io.hpp).
const std::string& bytes_of(const source& s, std::string& holder);

}  // namespace mk::pipeline
