#pragma once
// What every fuzz target shares: an mk::error is the expected answer to bad input; anything else
// (another exception, a crash, a sanitizer report) escapes and is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "src/container/workbook_dump.hpp"
#include "src/core/error.hpp"

namespace mk::fuzz {

// The fuzzer's input as bytes.
inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Runs read on the input, swallowing mk::error only.
template <typename Read>
int expect_errors(const std::uint8_t* data, std::size_t size, Read read) {
    try {
        read(bytes_of(data, size));
    } catch (const mk::error&) {
    }
    return 0;
}

// What dump writes, or the code of the mk::error it threw: for comparing a streamed reader with
// the reader of the whole container.
template <typename Dump>
std::string dump_or_error(Dump dump) {
    mk::string_dump out;
    try {
        dump(out);
    } catch (const mk::error& e) {
        return "error " + e.code();
    }
    return out.text();
}

// Traps unless the streamed reader of `malkedja cells` (visit, handing the input's sheets to a
// visitor) gives the dump of the workbook read whole (read), or the same error.
template <typename Read, typename Visit>
int expect_streamed_as_whole(const std::uint8_t* data, std::size_t size, Read read, Visit visit) {
    std::string_view bytes = bytes_of(data, size);
    std::string whole = dump_or_error([&](mk::string_dump& out) { mk::dump_workbook(read(bytes), true, {}, out); });
    std::string streamed = dump_or_error([&](mk::string_dump& out) {
        mk::dump_visitor dump(true, {}, out);
        visit(bytes, dump);
    });
    if (streamed != whole) __builtin_trap();
    return 0;
}

}  // namespace mk::fuzz
