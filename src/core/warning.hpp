#pragma once
// A note about an input that is read anyway: the command goes on and its exit status is unchanged.
#include <string>

#include "src/core/message.hpp"

namespace mk {

struct warning {
    // Stable machine-readable id, e.g. "input.misnamed".
    std::string code;
    // What the user should know, in both languages.
    message msg;
    // The file it is about, as the user named it.
    std::string context;
    // "context: message" in the current language on one line, shortened and escaped as error::what().
    std::string text() const;
};

}  // namespace mk
