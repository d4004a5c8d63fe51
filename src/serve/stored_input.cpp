#include "src/serve/stored_input.hpp"

namespace mk::serve {

pipeline::source stored(const input_file& file) { return pipeline::stored_source(file.name, file.path.string()); }

std::vector<pipeline::source> stored(const std::vector<const input_file*>& files) {
    std::vector<pipeline::source> out;
    for (const input_file* f : files) out.push_back(stored(*f));
    return out;
}

std::string read_stored(const input_file& file) {
    std::string holder;
    pipeline::bytes_of(stored(file), holder);
    return holder;
}

pipeline::loaded load_stored(const std::vector<const input_file*>& files) {
    return pipeline::load_inputs(stored(files), {});
}

}  // namespace mk::serve
