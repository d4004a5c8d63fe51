#pragma once
// The bytes of an input: held in memory, or in its file and read as they are needed, so that a
// large zip package is never held whole (README, "Limits and memory").
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace mk {

class byte_source {
public:
    // Bytes the caller holds, which must outlive every copy of the source.
    byte_source(std::string_view bytes) noexcept : bytes_(bytes), size_(bytes.size()) {}
    byte_source(const std::string& bytes) noexcept : byte_source(std::string_view(bytes)) {}
    // The open file descriptor fd, of size bytes, read as needed and closed with the last copy of
    // the source; path names the file in errors.
    static byte_source of_file(int fd, std::uint64_t size, std::string path);

    // The same bytes held in memory (this source itself when it is); throws as read_at does.
    byte_source whole() const;

    std::uint64_t size() const noexcept { return size_; }
    // Whether the bytes are in memory, where bytes() has them.
    bool in_memory() const noexcept { return !file_; }
    // The bytes of a source in memory; throws std::logic_error for one read from its file.
    std::string_view bytes() const;
    // Copies the bytes from offset into out: all of out, fewer only where the bytes end (none past
    // the end). Throws mk::error "file.unreadable" (context: the path) when the file cannot be read.
    std::size_t read_at(std::uint64_t offset, std::span<char> out) const;

private:
    struct open_file;
    struct pages;
    std::string_view bytes_;
    std::shared_ptr<const pages> owned_;  // the pages bytes_ views, when the source read them itself
    std::shared_ptr<const open_file> file_;
    std::uint64_t size_ = 0;
};

}  // namespace mk
