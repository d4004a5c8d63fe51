#include "src/core/error.hpp"

#include "src/core/located_text.hpp"

namespace mk {

error::error(std::string code, message msg, std::string context)
    : code_(std::move(code)), message_(std::move(msg)), context_(std::move(context)) {}

error error::with_context(const std::string& context) const {
    error copy = *this;
    if (copy.context_.empty()) copy.context_ = context;
    return copy;
}

const char* error::what() const noexcept {
    what_ = located_text(context_, message_);
    return what_.c_str();
}

message out_of_memory_text() { return tr("minnet tog slut", "out of memory"); }

}  // namespace mk
