#include "src/core/byte_source.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <stdexcept>

#include "src/core/error.hpp"
#include "src/core/file_io.hpp"

namespace mk {

struct byte_source::open_file {
    open_file(int fd_, std::string path_) : fd(fd_), path(std::move(path_)) {}
    ~open_file() { ::close(fd); }
    open_file(const open_file&) = delete;
    open_file& operator=(const open_file&) = delete;
    int fd;
    std::string path;
};

// Memory for a file read whole, mapped with its pages in place (MAP_POPULATE): one call instead of
// a page fault for each page as the file is copied in, and no zeroes written first.
struct byte_source::pages {
    explicit pages(std::size_t size_) : size(size_) {
        data = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (data == MAP_FAILED) throw std::bad_alloc();
    }
    ~pages() { ::munmap(data, size); }
    pages(const pages&) = delete;
    pages& operator=(const pages&) = delete;
    std::span<char> span() const { return {static_cast<char*>(data), size}; }
    void* data;
    std::size_t size;
};

byte_source byte_source::of_file(int fd, std::uint64_t size, std::string path) {
    byte_source source(std::string_view{});
    source.file_ = std::make_shared<const open_file>(fd, std::move(path));
    source.size_ = size;
    return source;
}

byte_source byte_source::whole() const {
    if (!file_) return *this;
    if (size_ == 0) return byte_source(std::string_view{});
    auto owned = std::make_shared<const pages>(static_cast<std::size_t>(size_));
    byte_source source(std::string_view(owned->span().data(), read_at(0, owned->span())));
    source.owned_ = std::move(owned);
    return source;
}

std::string_view byte_source::bytes() const {
    if (file_) throw std::logic_error("byte_source::bytes of a source read from its file");
    return bytes_;
}

std::size_t byte_source::read_at(std::uint64_t offset, std::span<char> out) const {
    if (offset >= size_) return 0;
    std::size_t wanted = static_cast<std::size_t>(std::min<std::uint64_t>(out.size(), size_ - offset));
    if (!file_) {
        std::memcpy(out.data(), bytes_.data() + offset, wanted);
        return wanted;
    }
    std::size_t done = 0;
    while (done < wanted) {
        ssize_t n = ::pread(file_->fd, out.data() + done, wanted - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            message reason = system_reason(errno);
            throw error("file.unreadable",
                        message{tr("filen kan inte läsas ({0})", "", {reason.sv}).sv,
                                tr("", "the file cannot be read ({0})", {reason.en}).en},
                        file_->path);
        }
        if (n == 0) break;  // the file has shrunk since it was opened
        done += static_cast<std::size_t>(n);
    }
    return done;
}

}  // namespace mk
