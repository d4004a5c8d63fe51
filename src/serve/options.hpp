#pragma once
// What `malkedja serve` may be told: the port, whether to open a browser, and the limits.
#include <cstddef>
#include <cstdint>

namespace mk::serve {

inline constexpr std::uint64_t mebibyte = 1ull << 20;

// Every limit of the server, in one place (the README lists them). A request that breaks one is
// refused with a message that names it; the server keeps serving.
struct limits {
    // One uploaded file.
    std::uint64_t file_size = 256 * mebibyte;
    // Files in one upload request.
    std::size_t files_per_request = 500;
    // One request's body.
    std::uint64_t request_size = 1024 * mebibyte;
    // What one browser tab keeps uploaded, in bytes and in files.
    std::uint64_t tab_size = 1024 * mebibyte;
    std::size_t tab_files = 1000;
    // What all tabs keep uploaded together.
    std::uint64_t total_size = 4096 * mebibyte;
    // Browser tabs served at once (the least recently used idle one is let go for a new one).
    std::size_t tabs = 16;
    // Jobs waiting for the one that runs (one per tab at most).
    std::size_t queued_jobs = 8;
    // Body of a request that uploads nothing.
    std::uint64_t small_request_size = 64 * 1024;
};

struct options {
    // 0: any free port.
    int port = 8765;
    // Whether the port was given (else a free one is taken when the default is busy).
    bool port_given = false;
    // Whether to open the page in the desktop's browser.
    bool open_browser = true;
    serve::limits limits;
};

}  // namespace mk::serve
