#include "src/serve/server.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <ostream>
#include <thread>

#include "src/core/error.hpp"
#include "src/serve/app.hpp"
#include "src/serve/security.hpp"

extern char** environ;

namespace mk::serve {
namespace {

// The private work folder: made with mode 0700 under $TMPDIR (or /tmp), removed with everything in
// it when this goes out of scope.
class work_folder {
public:
    work_folder() {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/malkedja-serve-XXXXXX";
        if (!::mkdtemp(pattern.data()))
            throw error("serve.work_folder", tr("ingen tillfällig arbetsmapp gick att skapa i {0}",
                                                "no temporary work folder could be made in {0}", {base ? base : "/tmp"}));
        path_ = pattern;
    }
    ~work_folder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    work_folder(const work_folder&) = delete;
    work_folder& operator=(const work_folder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// The signals that end the server, blocked in every thread; one thread waits for them.
sigset_t ending_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, s);
    return set;
}

// Opens url in the desktop's browser (xdg-open), when there is a desktop.
void open_browser(const std::string& url) {
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::string program = "xdg-open";
    char* argv[] = {program.data(), const_cast<char*>(url.c_str()), nullptr};
    pid_t child = 0;
    if (posix_spawnp(&child, "xdg-open", &actions, nullptr, argv, environ) == 0)
        std::thread([child] { ::waitpid(child, nullptr, 0); }).detach();
    posix_spawn_file_actions_destroy(&actions);
}

// The HTTP server with a listen queue as long as the system allows: the library's own is 5, and
// more browser connections than that at once must wait, not be dropped.
class http_server : public httplib::Server {
public:
    void widen_listen_queue() { ::listen(svr_sock_, SOMAXCONN); }
};

}  // namespace

app::app(const serve::options& o, int bound_port, const std::filesystem::path& root)
    : options(o),
      port(bound_port),
      token(random_hex(32)),
      tabs(root, o.limits),
      jobs(o.limits.queued_jobs, [this](const std::shared_ptr<job>& j) {
          auto t = tabs.find(j->tab_id);
          if (!t) return;
          std::lock_guard lock(tabs.mutex());
          tab_store::trim_jobs(*t);
      }) {}

int run(const options& o, std::ostream& out) {
    sigset_t signals = ending_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    work_folder folder;
    http_server http;
    http.new_task_queue = [] { return new httplib::ThreadPool(8); };
    http.set_payload_max_length(o.limits.request_size);
    int port = o.port;
    bool bound = port != 0 && http.bind_to_port("127.0.0.1", port);
    if (!bound && o.port_given && port != 0)
        throw error("serve.port", tr("porten {0} på 127.0.0.1 är upptagen: ange en annan med --port (0 tar en ledig)",
                                     "port {0} on 127.0.0.1 is taken: give another with --port (0 takes a free one)",
                                     {std::to_string(port)}));
    if (!bound) port = http.bind_to_any_port("127.0.0.1");
    if (port <= 0) throw error("serve.port", tr("ingen port på 127.0.0.1 gick att öppna", "no port on 127.0.0.1 could be opened"));
    http.widen_listen_queue();

    app state(o, port, folder.path());
    add_routes(http, state);
    std::thread waiter([&http, signals] {
        int received = 0;
        sigwait(&signals, &received);
        // A signal right at the start may come before the server listens; stop it once it does.
        for (int i = 0; i < 500 && !http.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        http.stop();
    });
    std::string url = "http://127.0.0.1:" + std::to_string(port) + "/";
    out << tr("malkedja serve: öppna {0} i webbläsaren (bara på den här datorn). Avsluta med Ctrl+C.",
              "malkedja serve: open {0} in the browser (on this computer only). Stop with Ctrl+C.", {url})
               .text()
        << std::endl;
    if (o.open_browser) open_browser(url);
    http.listen_after_bind();
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    state.jobs.stop();
    state.tabs.close_all();
    out << tr("malkedja serve: avslutad, arbetsmappen är borttagen", "malkedja serve: stopped, the work folder is removed").text()
        << std::endl;
    return 0;
}

}  // namespace mk::serve
