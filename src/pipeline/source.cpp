#include "src/pipeline/source.hpp"

#include "src/core/file_io.hpp"

namespace mk::pipeline {

source file_source(std::string path) { return {std::move(path), std::nullopt}; }

source memory_source(std::string name, std::string bytes) { return {std::move(name), std::move(bytes)}; }

std::vector<source> file_sources(const std::vector<std::string>& paths) {
    std::vector<source> out;
    out.reserve(paths.size());
    for (const auto& path : paths) out.push_back(file_source(path));
    return out;
}

void check_sources(const std::vector<const source*>& sources) {
    for (const source* s : sources)
        if (s && !s->bytes) check_input_file(s->name);
}

const std::string& bytes_of(const source& s, std::string& holder) {
    if (s.bytes) return *s.bytes;
    holder = read_input_file(s.name);
    return holder;
}

}  // namespace mk::pipeline
