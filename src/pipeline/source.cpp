#include "src/pipeline/source.hpp"

#include "converters/registry.hpp"
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

// A format's name as messages show it: "CSV", "XLSX".
std::string shown_name(const file_format& f) {
    std::string out(f.name);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

}  // namespace

std::optional<warning> misnamed_input(const std::string& name, const file_format& detected) {
    const file_format* claimed = format_for_path(name);
    if (!claimed || claimed == &detected) return std::nullopt;
    return warning{"input.misnamed",
                   tr("filen är {0}, inte {1} som namnet säger; den läses som {0}",
                      "the file is {0}, not {1} as its name says; it is read as {0}",
                      {shown_name(detected), shown_name(*claimed)}),
                   name};
}

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
