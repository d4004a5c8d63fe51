#pragma once
// Builds zip packages in memory for tests, with libzip; hostile ones by patching the bytes after.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mk::test {

struct zip_entry {
    std::string name;
    std::string content;
};

// The bytes of a zip holding entries in this order, deflated.
std::string make_zip(const std::vector<zip_entry>& entries);

// entries plus one more entry `name` of `size` zero bytes; the zeros are produced while they are
// deflated (through a libzip source callback), so they are never held in memory.
std::string make_zip_with_zeros(const std::vector<zip_entry>& entries, const std::string& name, std::uint64_t size);

// bytes with every occurrence of `from` replaced by `to` (same length); for what libzip refuses to
// write, such as a NUL inside a name or two entries with the same name. Fails the test when absent.
std::string patch_bytes(std::string bytes, std::string_view from, std::string_view to);

}  // namespace mk::test
