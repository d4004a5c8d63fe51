#include "src/serve/stored_input.hpp"

#include "src/core/error.hpp"
#include "src/core/file_io.hpp"

namespace mk::serve {

std::string read_stored(const input_file& file) {
    try {
        return read_input_file(file.path.string());
    } catch (const error& e) {
        throw error(e.code(), e.msg(), file.name);
    }
}

}  // namespace mk::serve

namespace mk::serve {

pipeline::loaded load_stored(const std::vector<const input_file*>& files) {
    std::vector<pipeline::input_source> sources;
    for (const input_file* f : files) sources.push_back({f->name, [f] { return read_stored(*f); }});
    return pipeline::load_inputs(sources, {});
}

}  // namespace mk::serve
