#pragma once
// One input as the library takes it: a file on disk (read when needed) or bytes already in memory,
// such as a file uploaded to the web page. Every pipeline step takes sources, never paths alone.
#include <optional>
#include <string>
#include <vector>

namespace mk::pipeline {

struct source {
    // The name messages use: the path as the user gave it, or an upload's file name.
    std::string name;
    // The content when it is already in memory; nullopt: read the file at name when needed.
    std::optional<std::string> bytes;
};

// A file on disk, read when a step needs it.
source file_source(std::string path);

// Bytes in memory under the name messages use.
source memory_source(std::string name, std::string bytes);

// Files on disk, in the order given.
std::vector<source> file_sources(const std::vector<std::string>& paths);

// Checks that every file among sources exists and is a regular file, before any is read. Throws
// mk::error naming the first that is not (src/core/file_io.hpp).
void check_sources(const std::vector<const source*>& sources);

// The content of s: its bytes, or the file read into holder. Throws mk::error naming the file when
// it cannot be read (src/core/file_io.hpp).
const std::string& bytes_of(const source& s, std::string& holder);

}  // namespace mk::pipeline
