#include "src/text/utf8.hpp"

namespace mk::text {

std::size_t code_point_count(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t at = 0; at < text.size(); ++count) next_code_point(text, at);
    return count;
}

std::size_t code_point_prefix(std::string_view text, std::size_t count) {
    std::size_t at = 0;
    for (std::size_t n = 0; n < count && at < text.size(); ++n) next_code_point(text, at);
    return at;
}

bool is_utf8(std::string_view text) {
    bool valid = true;
    for (std::size_t at = 0; at < text.size() && valid;) next_code_point(text, at, &valid);
    return valid;
}

}  // namespace mk::text
