#include "src/core/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <filesystem>

#include "src/core/drain_behind.hpp"
#include "src/core/error.hpp"
#include "src/core/temp_file.hpp"

namespace mk {

message system_reason(int err) {
    switch (err) {
        case EACCES:
        case EPERM: return tr("åtkomst nekad", "permission denied");
        case ENAMETOOLONG: return tr("för långt filnamn", "file name too long");
        case ENOSPC: return tr("disken är full", "no space left on the disk");
        case EDQUOT: return tr("diskkvoten är slut", "disk quota exceeded");
        case EROFS: return tr("filsystemet är skrivskyddat", "read-only file system");
        case EFBIG: return tr("filen blir för stor", "the file becomes too large");
        case EIO: return tr("läs- eller skrivfel på disken", "input/output error on the disk");
        case ENOTDIR: return tr("en del av sökvägen är ingen mapp", "a part of the path is not a folder");
        case ELOOP: return tr("för många symboliska länkar", "too many symbolic links");
        case EMFILE:
        case ENFILE: return tr("för många öppna filer", "too many open files");
        case ENOMEM: return out_of_memory_text();
        case EBUSY:
        case ETXTBSY: return tr("filen används", "the file is busy");
        default: return tr("systemfel {0}", "system error {0}", {std::to_string(err)});
    }
}

namespace {

[[noreturn]] void fail_io(std::string code, std::string_view sv, std::string_view en, const std::string& path,
                          int err = 0) {
    message reason = err ? system_reason(err) : message{};
    throw error(std::move(code), message{tr(sv, "", {reason.sv}).sv, tr("", en, {reason.en}).en}, path);
}

[[noreturn]] void fail_too_large(const std::string& path) {
    fail_io("file.too_large", "filen är större än 1 GiB och läses inte",
            "the file is larger than 1 GiB and is not read", path);
}

// Throws file.not_regular naming what the file at path is, when its mode is no regular file's.
void require_regular(mode_t mode, const std::string& path) {
    if (S_ISREG(mode)) return;
    if (S_ISDIR(mode)) fail_io("file.not_regular", "det är en mapp, ingen fil", "it is a folder, not a file", path);
    if (S_ISFIFO(mode) || S_ISSOCK(mode))
        fail_io("file.not_regular", "det är en namngiven pipe eller socket, ingen vanlig fil",
                "it is a named pipe or socket, not a regular file", path);
    fail_io("file.not_regular", "det är en enhetsfil, ingen vanlig fil", "it is a device file, not a regular file",
            path);
}

// The permissions of a new file: read and write for all, less the process's umask.
mode_t new_file_mode() {
    static const mode_t umask_bits = [] {
        mode_t bits = ::umask(0);
        ::umask(bits);
        return bits;
    }();
    return 0666 & ~umask_bits;
}

bool same_file(const struct stat& a, const std::string& other) {
    struct stat b;
    return ::stat(other.c_str(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// The folder a file is written in ("." for a bare name).
std::filesystem::path folder_of(const std::filesystem::path& file) {
    return file.parent_path().empty() ? "." : file.parent_path();
}

// Renames from to to; unless replace, fails with EEXIST when to exists (a file made since it was
// checked), on file systems without an atomic no-replace rename by a hard link and an unlink.
bool move_into_place(const std::string& from, const std::string& to, bool replace) {
    if (replace) return ::rename(from.c_str(), to.c_str()) == 0;
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
    if (errno != EINVAL && errno != ENOSYS) return false;
    if (::link(from.c_str(), to.c_str()) != 0) return false;
    ::unlink(from.c_str());
    return true;
}

}  // namespace

namespace {

// The file at path opened for reading, and its size; throws as read_input_file does.
std::pair<int, std::uint64_t> open_input(const std::string& path) {
    // O_NONBLOCK: opening a named pipe would otherwise wait for a writer; the type is checked next.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT) fail_io("file.missing", "filen finns inte", "the file does not exist", path);
        fail_io("file.unreadable", "filen kan inte läsas ({0})", "the file cannot be read ({0})", path, errno);
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        fail_io("file.unreadable", "filen kan inte läsas ({0})", "the file cannot be read ({0})", path, err);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        require_regular(st.st_mode, path);
    }
    if (static_cast<std::uint64_t>(st.st_size) > max_input_size) {
        ::close(fd);
        fail_too_large(path);
    }
    return {fd, static_cast<std::uint64_t>(st.st_size)};
}

// The bytes of the open file fd, which fstat gave size bytes (a guess only: the file may change).
std::string read_whole(int fd, std::uint64_t size, const std::string& path) {
    std::string bytes;
    bytes.reserve(size);
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int err = errno;
            ::close(fd);
            fail_io("file.unreadable", "filen kan inte läsas ({0})", "the file cannot be read ({0})", path, err);
        }
        if (n == 0) break;
        if (bytes.size() + static_cast<std::size_t>(n) > max_input_size) {
            ::close(fd);
            fail_too_large(path);
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return bytes;
}

}  // namespace

std::string read_input_file(const std::string& path) {
    auto [fd, size] = open_input(path);
    return read_whole(fd, size, path);
}

byte_source open_input_file(const std::string& path) {
    auto [fd, size] = open_input(path);
    return byte_source::of_file(fd, size, path);
}

void check_input_file(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            fail_io("file.missing", "filen finns inte", "the file does not exist", path);
        fail_io("file.unreadable", "filen kan inte läsas ({0})", "the file cannot be read ({0})", path, errno);
    }
    require_regular(st.st_mode, path);
}

output_target check_output_file(const std::string& path, const std::vector<std::string>& inputs) {
    output_target target{path, false, static_cast<unsigned>(new_file_mode())};
    struct stat existing;
    if (::stat(path.c_str(), &existing) == 0) {
        for (const auto& input : inputs)
            if (same_file(existing, input))
                fail_io("output.is_input", "utfilen är samma fil som en infil och skrivs inte över",
                        "the output file is the same file as an input and is not overwritten", path);
        if (S_ISDIR(existing.st_mode))
            fail_io("output.is_folder", "utfilen är en mapp", "the output file is a folder", path);
        if (!S_ISREG(existing.st_mode))
            fail_io("output.not_regular",
                    "utfilen finns och är ingen vanlig fil (en enhetsfil, pipe eller socket) och skrivs inte över",
                    "the output file exists and is not a regular file (a device file, pipe or socket) and is not "
                    "replaced",
                    path);
        target.exists = true;
        target.permissions = existing.st_mode & 0777;
        return target;
    }
    std::filesystem::path file(path);
    // The temporary file's name is the longest: "." + name + ".XXXXXX".
    std::size_t name_bytes = file.filename().string().size();
    if (name_bytes + 8 > NAME_MAX)
        throw error("output.name_too_long",
                    tr("utfilens namn är för långt ({0} byte, högst {1})",
                       "the output file's name is too long ({0} bytes, at most {1})",
                       {std::to_string(name_bytes), std::to_string(NAME_MAX - 8)}),
                    path);
    std::error_code ec;
    if (!std::filesystem::is_directory(folder_of(file), ec))
        fail_io("output.no_folder", "mappen för utfilen finns inte", "the folder of the output file does not exist",
                path);
    return target;
}

namespace {

// How many bytes an output file may have waiting for the thread that writes them.
constexpr std::size_t write_behind_window = 1 << 20;

// Writes all of bytes to fd; throws mk::error "output.unwritable" naming path.
void write_all(int fd, std::string_view bytes, const std::string& path) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            fail_io("output.unwritable", "utfilen kan inte skrivas ({0})", "the output file cannot be written ({0})",
                    path, errno);
        written += static_cast<std::size_t>(n);
    }
}

}  // namespace

output_file_writer::output_file_writer(const output_target& target)
    : target_(target),
      temp_(std::make_unique<temp_file>((folder_of(std::filesystem::path(target.path)) /
                                         ("." + std::filesystem::path(target.path).filename().string() + ".XXXXXX"))
                                            .string())) {
    if (temp_->fd() < 0)
        fail_io("output.unwritable", "utfilen kan inte skrivas ({0})", "the output file cannot be written ({0})",
                target_.path, errno);
}

output_file_writer::~output_file_writer() {
    behind_.reset();
    if (committed_) return;
    if (temp_->fd() >= 0 && !closed_) ::close(temp_->fd());
    ::unlink(temp_->path().c_str());
}

void output_file_writer::write(std::string_view bytes) {
    // The first piece, and one larger than the window, are written here: a file written whole (an
    // SK document, a report) needs no thread, and a large piece is not copied.
    if (pieces_++ > 0 && bytes.size() <= write_behind_window) {
        if (!behind_)
            behind_ = std::make_unique<drain_behind>(
                [fd = temp_->fd(), path = target_.path](std::string_view piece) { write_all(fd, piece, path); },
                write_behind_window);
        return behind_->push(bytes);
    }
    if (behind_) behind_->finish();
    write_all(temp_->fd(), bytes, target_.path);
}

void output_file_writer::commit() {
    if (behind_) behind_->finish();
    int fd = temp_->fd();
    ::fchmod(fd, static_cast<mode_t>(target_.permissions));
    bool synced = ::fsync(fd) == 0;
    closed_ = true;
    if (!synced || ::close(fd) != 0 || !move_into_place(temp_->path(), target_.path, target_.exists)) {
        int err = errno;
        if (err == EEXIST)
            fail_io("output.appeared", "en fil med samma namn skapades medan utfilen skrevs och skrivs inte över",
                    "a file of the same name was made while the output file was written and is not replaced",
                    target_.path);
        fail_io("output.unwritable", "utfilen kan inte skrivas ({0})", "the output file cannot be written ({0})",
                target_.path, err);
    }
    committed_ = true;
}

void write_output_file(const output_target& target, std::string_view bytes) {
    output_file_writer out(target);
    out.write(bytes);
    out.commit();
}

void write_output_file(const std::string& path, std::string_view bytes, const std::vector<std::string>& inputs) {
    write_output_file(check_output_file(path, inputs), bytes);
}

std::string file_stem(std::string_view path) { return std::filesystem::path(path).stem().string(); }

}  // namespace mk
