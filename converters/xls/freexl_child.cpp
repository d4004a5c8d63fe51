#include "converters/xls/freexl_child.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>

#include "converters/xls/damaged.hpp"
#include "converters/xls/freexl_workbook.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::xls {
namespace {

[[noreturn]] void fail_system() {
    throw error("xls.system",
                tr("kunde inte starta läsningen av .xls-filen (en tillfällig fil eller en process gick inte att "
                   "skapa): försök igen",
                   "could not start reading the .xls file (a temporary file or a process could not be made): try "
                   "again"));
}

// A private temporary file holding bytes, removed when this goes out of scope.
class temporary_file {
public:
    explicit temporary_file(std::string_view bytes) {
        std::error_code ignored;
        std::string folder = std::filesystem::temp_directory_path(ignored).string();
        path_ = (folder.empty() ? std::string("/tmp") : folder) + "/malkedja-xls-XXXXXX";
        int fd = ::mkstemp(path_.data());
        if (fd < 0) fail_system();
        created_ = true;
        bool written = true;
        for (std::size_t at = 0; written && at < bytes.size();) {
            ssize_t n = ::write(fd, bytes.data() + at, bytes.size() - at);
            if (n < 0 && errno == EINTR) continue;
            written = n > 0;
            if (written) at += static_cast<std::size_t>(n);
        }
        if (::close(fd) != 0 || !written) fail_system();
    }
    ~temporary_file() {
        if (created_) ::unlink(path_.c_str());
    }
    temporary_file(const temporary_file&) = delete;
    temporary_file& operator=(const temporary_file&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
    bool created_ = false;
};

// What the child sends: one tag byte, then the fields of its kind.
enum tag : char { sheet_tag = 'S', cell_tag = 'C', error_tag = 'E', done_tag = 'D' };

// The child's side: FreeXL's answers, encoded.
class sender {
public:
    explicit sender(int fd) : fd_(fd) {}

    void put(char c) { buffer_ += c; }
    void put(std::uint32_t value) { buffer_.append(reinterpret_cast<const char*>(&value), sizeof value); }
    void put(double value) { buffer_.append(reinterpret_cast<const char*>(&value), sizeof value); }
    void put(std::string_view text) {
        put(static_cast<std::uint32_t>(text.size()));
        buffer_ += text;
    }
    // Writes what is buffered once it is large, or always when flush.
    void send(bool flush = false) {
        if (!flush && buffer_.size() < (1u << 16)) return;
        for (std::size_t at = 0; at < buffer_.size();) {
            ssize_t n = ::write(fd_, buffer_.data() + at, buffer_.size() - at);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) ::_exit(1);
            at += static_cast<std::size_t>(n);
        }
        buffer_.clear();
    }

private:
    int fd_;
    std::string buffer_;
};

// The child: reads the file at path with FreeXL and sends what it reads, or its error, to fd.
[[noreturn]] void run_child(const char* path, int fd) {
    // A crash in FreeXL ends the child quietly: the parent reports it.
    for (int s : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::signal(s, SIG_DFL);
    sender out(fd);
    try {
        freexl_workbook freexl(path);
        for (unsigned index = 0, count = freexl.sheet_count(); index < count; ++index) {
            auto info = freexl.select(index);
            out.put(sheet_tag);
            out.put(info.name);
            for (std::uint32_t row = 0; row < info.rows; ++row)
                for (std::uint32_t col = 0; col < info.cols; ++col) {
                    cell c;
                    if (!freexl.read_cell(row, col, c)) continue;
                    out.put(cell_tag);
                    out.put(row);
                    out.put(col);
                    out.put(static_cast<char>(c.type));
                    out.put(c.number);
                    out.put(c.text);
                    out.send();
                }
        }
        out.put(done_tag);
    } catch (const error& e) {
        out.put(error_tag);
        out.put(std::string_view(e.code()));
        out.put(std::string_view(e.msg().sv));
        out.put(std::string_view(e.msg().en));
    }
    out.send(true);
    ::_exit(0);
}

// The child's program is this same program, started again as child_name with the copy's path and
// the pipe as child_fd: it becomes the child here, before main.
constexpr std::string_view child_name = "malkedja-freexl-child";
constexpr int child_fd = 3;

__attribute__((constructor)) void become_child_when_started_as_one(int argc, char** argv, char**) {
    if (argc == 2 && argv[0] != nullptr && argv[0] == child_name) run_child(argv[1], child_fd);
}

[[noreturn]] void fail_child(std::string_view sv_detail, std::string_view en_detail, std::string detail_arg) {
    throw_damaged("xls.freexl_failed", sv_detail, en_detail, {detail_arg});
}

// The parent's side: everything the child sent, read until it closes the pipe or the time is up.
std::string receive(int fd, pid_t child) {
    std::string data;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(freexl_seconds);
    char chunk[1 << 16];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd p{fd, POLLIN, 0};
        int ready = left.count() > 0 ? ::poll(&p, 1, static_cast<int>(left.count())) : 0;
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) {
            ::kill(child, SIGKILL);
            fail_child("FreeXL läste den i mer än {0} sekunder och avbröts",
                       "FreeXL read it for more than {0} seconds and was stopped", std::to_string(freexl_seconds));
        }
        ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return data;
        spend_memory(static_cast<std::uint64_t>(n), "Workbook");
        data.append(chunk, static_cast<std::size_t>(n));
    }
}

// Decodes what the child sent into book.
class receiver {
public:
    explicit receiver(std::string_view data) : data_(data) {}

    workbook decode() {
        workbook book;
        for (;;) {
            char t = take<char>();
            if (t == done_tag) return finished(book);
            if (t == error_tag) {
                std::string code = text();
                message msg{text(), text()};
                throw error(std::move(code), std::move(msg));
            }
            if (t == sheet_tag) {
                std::string name = text();
                spend_memory(sizeof(sheet) + name.size(), name);
                book.sheets.emplace_back().name = std::move(name);
            } else if (t == cell_tag && !book.sheets.empty()) {
                sheet& s = book.sheets.back();
                cell c;
                c.row = take<std::uint32_t>();
                c.col = take<std::uint32_t>();
                c.type = static_cast<cell_type>(take<char>());
                c.number = take<double>();
                c.text = text();
                spend_memory(cell_memory(c), s.name);
                s.cells.push_back(std::move(c));
            } else {
                throw truncated();
            }
        }
    }

private:
    static workbook finished(workbook& book) {
        for (sheet& s : book.sheets) s.finish();
        return std::move(book);
    }

    static error truncated() {
        return error("xls.freexl_failed",
                     tr(".xls-filen är skadad: FreeXL avbröts medan den läste den; öppna den i Excel eller LibreOffice "
                        "och spara den som .xlsx",
                        "the .xls file is damaged: FreeXL stopped while reading it; open it in Excel or LibreOffice "
                        "and save it as .xlsx"));
    }

    template <typename T>
    T take() {
        if (data_.size() < sizeof(T)) throw truncated();
        T value;
        std::memcpy(&value, data_.data(), sizeof(T));
        data_.remove_prefix(sizeof(T));
        return value;
    }

    std::string text() {
        auto size = take<std::uint32_t>();
        if (data_.size() < size) throw truncated();
        std::string out(data_.substr(0, size));
        data_.remove_prefix(size);
        return out;
    }

    std::string_view data_;
};

// Waits for the child to end; its status.
int wait_for(pid_t child) {
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

// Starts this program again as the child reading path, with write_fd as its child_fd and no other
// file of this process open beyond the standard three; its id, or -1.
pid_t start_child(const std::string& path, int write_fd) {
    posix_spawn_file_actions_t actions;
    if (posix_spawn_file_actions_init(&actions) != 0) return -1;
    pid_t child = -1;
    if (posix_spawn_file_actions_adddup2(&actions, write_fd, child_fd) == 0 &&
        posix_spawn_file_actions_addclosefrom_np(&actions, child_fd + 1) == 0) {
        std::string name(child_name), file(path);
        char* argv[] = {name.data(), file.data(), nullptr};
        if (posix_spawn(&child, "/proc/self/exe", &actions, nullptr, argv, environ) != 0) child = -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    return child;
}

}  // namespace

workbook read_with_freexl(std::string_view bytes) {
    temporary_file copy(bytes);
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) fail_system();
    pid_t child = start_child(copy.path(), pipe_fds[1]);
    ::close(pipe_fds[1]);
    if (child < 0) {
        ::close(pipe_fds[0]);
        fail_system();
    }
    std::string data;
    try {
        data = receive(pipe_fds[0], child);
    } catch (...) {
        ::close(pipe_fds[0]);
        ::kill(child, SIGKILL);
        wait_for(child);
        throw;
    }
    ::close(pipe_fds[0]);
    int status = wait_for(child);
    if (WIFSIGNALED(status))
        fail_child("FreeXL kraschade när den läste den (signal {0})", "FreeXL crashed reading it (signal {0})",
                   std::to_string(WTERMSIG(status)));
    return receiver(data).decode();
}

}  // namespace mk::xls
