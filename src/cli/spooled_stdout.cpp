#include "src/cli/spooled_stdout.hpp"

#include <sys/sendfile.h>
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <string>

#include "src/core/error.hpp"
#include "src/core/file_io.hpp"

namespace mk::cli {
namespace {

[[noreturn]] void fail_spool(int err) {
    message reason = system_reason(err);
    throw error("output.spool",
                message{tr("utdata kan inte mellanlagras i en tillfällig fil ({0})", "", {reason.sv}).sv,
                        tr("", "the output cannot be held in a temporary file ({0})", {reason.en}).en});
}

}  // namespace

std::uint64_t spooled_stdout::sent_in_kernel() {
    off_t at = 0;
    while (static_cast<std::uint64_t>(at) < size_) {
        ssize_t sent = ::sendfile(STDOUT_FILENO, ::fileno(file_), &at, static_cast<std::size_t>(size_ - at));
        if (sent > 0 || (sent < 0 && errno == EINTR)) continue;
        break;
    }
    return static_cast<std::uint64_t>(at);
}

spooled_stdout::spooled_stdout() : file_(std::tmpfile()) {
    if (!file_) fail_spool(errno);
}

spooled_stdout::~spooled_stdout() { std::fclose(file_); }

void spooled_stdout::append(std::string_view piece) {
    if (std::fwrite(piece.data(), 1, piece.size(), file_) != piece.size()) fail_spool(errno);
    size_ += piece.size();
}

void spooled_stdout::truncate(std::uint64_t size) {
    if (std::fflush(file_) != 0 || ::ftruncate(::fileno(file_), static_cast<off_t>(size)) != 0 ||
        std::fseek(file_, static_cast<long>(size), SEEK_SET) != 0)
        fail_spool(errno);
    size_ = size;
}

void spooled_stdout::release() {
    if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail_spool(errno);
    std::cout.flush();
    // What sendfile could not send (standard output opened for appending, say) is copied.
    std::uint64_t sent = sent_in_kernel();
    if (sent == size_) return;
    if (std::fseek(file_, static_cast<long>(sent), SEEK_SET) != 0) fail_spool(errno);
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file_)) > 0)
        std::cout.write(buffer, static_cast<std::streamsize>(n));
    if (std::ferror(file_)) fail_spool(errno);
}

}  // namespace mk::cli
