#pragma once
// The mk::error code an action throws, for tests that only care which failure it was.
#include <functional>
#include <string>

#include "src/core/error.hpp"

namespace mk::test {

// The code of the mk::error that action throws, or "no error".
inline std::string error_code(const std::function<void()>& action) {
    try {
        action();
    } catch (const mk::error& e) {
        return e.code();
    }
    return "no error";
}

}  // namespace mk::test
