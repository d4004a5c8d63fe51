#include "src/pipeline/source.hpp"

#include "src/core/error.hpp"
#include "src/core/file_io.hpp"

namespace mk::pipeline {
namespace {

// Runs action on s's file, an error naming s by its name.
template <class Action>
auto on_file(const source& s, Action action) {
    try {
        return action(s.path);
    } catch (const error& e) {
        if (e.context() == s.name) throw;
        throw error(e.code(), e.msg(), s.name);
    }
}

}  // namespace

source file_source(std::string path) { return {path, path, std::nullopt}; }

source stored_source(std::string name, std::string path) { return {std::move(name), std::move(path), std::nullopt}; }

source memory_source(std::string name, std::string bytes) { return {std::move(name), {}, std::move(bytes)}; }

std::vector<source> file_sources(const std::vector<std::string>& paths) {
    std::vector<source> out;
    out.reserve(paths.size());
    for (const auto& path : paths) out.push_back(file_source(path));
    return out;
}

void check_sources(const std::vector<const source*>& sources) {
    for (const source* s : sources)
        if (s && !s->bytes) on_file(*s, [](const std::string& path) { check_input_file(path); });
}

const std::string& bytes_of(const source& s, std::string& holder) {
    if (s.bytes) return *s.bytes;
    holder = on_file(s, [](const std::string& path) { return read_input_file(path); });
    return holder;
}

}  // namespace mk::pipeline
