#pragma once
// Time limits of the tests that guard against slow (quadratic, unbounded) work. A sanitized build
// (MK_SANITIZED set, see scripts/test) is unoptimized and checks every access, so there each limit
// is ten times longer: still far below what the slow work they guard against would take.
#include <chrono>
#include <cstdlib>

namespace mk::test {

// A limit of `seconds` in the plain build, ten times that in a sanitized one.
inline double time_limit(double seconds) {
    static const bool sanitized = std::getenv("MK_SANITIZED") != nullptr;
    return sanitized ? seconds * 10 : seconds;
}

// The seconds passed since it was made.
class stopwatch {
public:
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace mk::test
