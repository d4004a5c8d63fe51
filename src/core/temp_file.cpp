#include "src/core/temp_file.hpp"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>

namespace mk {
namespace {

constexpr std::array<int, 3> ending_signals{SIGINT, SIGTERM, SIGHUP};
// The file a signal removes (the live temp_file's path), and each signal's disposition before.
const char* volatile g_removed_path = nullptr;
std::array<struct sigaction, ending_signals.size()> g_previous{};
std::array<bool, ending_signals.size()> g_handled{};

extern "C" void remove_and_end(int signal_number) {
    int saved = errno;
    if (const char* path = g_removed_path) ::unlink(path);
    for (std::size_t i = 0; i < ending_signals.size(); ++i)
        if (ending_signals[i] == signal_number) ::sigaction(signal_number, &g_previous[i], nullptr);
    errno = saved;
    ::raise(signal_number);  // delivered with the earlier disposition once this handler returns
}

// Blocks the ending signals for its lifetime, so that a handler never sees half a change.
class signals_blocked {
public:
    signals_blocked() {
        sigset_t set;
        ::sigemptyset(&set);
        for (int s : ending_signals) ::sigaddset(&set, s);
        ::sigprocmask(SIG_BLOCK, &set, &before_);
    }
    ~signals_blocked() { ::sigprocmask(SIG_SETMASK, &before_, nullptr); }
    signals_blocked(const signals_blocked&) = delete;
    signals_blocked& operator=(const signals_blocked&) = delete;

private:
    sigset_t before_;
};

}  // namespace

temp_file::temp_file(std::string pattern) : path_(std::move(pattern)) {
    signals_blocked blocked;
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0) return;
    int saved = errno;
    g_removed_path = path_.c_str();
    struct sigaction action {};
    action.sa_handler = remove_and_end;
    ::sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < ending_signals.size(); ++i) {
        ::sigaction(ending_signals[i], nullptr, &g_previous[i]);
        g_handled[i] = g_previous[i].sa_handler != SIG_IGN;
        if (g_handled[i]) ::sigaction(ending_signals[i], &action, nullptr);
    }
    errno = saved;
}

temp_file::~temp_file() {
    if (fd_ < 0) return;
    signals_blocked blocked;
    for (std::size_t i = 0; i < ending_signals.size(); ++i)
        if (g_handled[i]) ::sigaction(ending_signals[i], &g_previous[i], nullptr);
    g_removed_path = nullptr;
}

}  // namespace mk
