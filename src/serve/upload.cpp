// POST /api/tabs/ID/files: the files of one drop, streamed to the tab's folder under the server's
// own names ("u12"). Every limit is checked while the bytes come in; a request that breaks one
// keeps nothing, is read to its end (so that the browser gets the answer) and refused with a
// message naming the limit.
#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "src/serve/app.hpp"
#include "src/serve/security.hpp"

namespace mk::serve {
namespace {

struct incoming {
    input_file file;
    int fd = -1;
};

class upload {
public:
    upload(app& state, const std::shared_ptr<tab>& t) : state_(state), tab_(t) {}

    ~upload() {
        for (auto& f : files_)
            if (f.fd >= 0) ::close(f.fd);
        if (!committed_) discard();
        std::lock_guard lock(state_.tabs.mutex());
        --tab_->uploads;
    }

    bool begin(const httplib::MultipartFormData& part) {
        current_ = nullptr;
        if (refused_ || part.filename.empty()) return true;
        const auto& limits = state_.tabs.limits();
        if (files_.size() >= limits.files_per_request)
            return refuse({413, "serve.files_per_request",
                           tr("högst {0} filer åt gången: släpp resten i en ny omgång",
                              "at most {0} files at a time: drop the rest in another go",
                              {std::to_string(limits.files_per_request)})});
        incoming f;
        {
            std::lock_guard lock(state_.tabs.mutex());
            f.file.id = "f" + std::to_string(tab_->next_file++);
        }
        f.file.name = display_name(part.filename);
        f.file.path = tab_->folder / ("u" + f.file.id.substr(1));
        f.fd = ::open(f.file.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (f.fd < 0) return refuse({500, "serve.store", tr("filen gick inte att spara", "the file could not be stored")});
        files_.push_back(std::move(f));
        current_ = &files_.back();
        return true;
    }

    bool receive(const char* data, std::size_t n) {
        if (refused_ || !current_) return true;
        const auto& limits = state_.tabs.limits();
        if (current_->file.size + n > limits.file_size)
            return refuse({413, "serve.file_size",
                           tr("{0} är större än {1} MiB, det största en fil får vara här",
                              "{0} is larger than {1} MiB, the most one file may be here",
                              {current_->file.name, std::to_string(limits.file_size / mebibyte)})});
        {
            std::lock_guard lock(state_.tabs.mutex());
            refusal why;
            if (!state_.tabs.reserve(*tab_, n, why)) return refuse(why);
        }
        reserved_ += n;
        current_->file.size += n;
        for (std::size_t at = 0; at < n;) {
            ssize_t written = ::write(current_->fd, data + at, n - at);
            if (written <= 0)
                return refuse({507, "serve.disk", tr("filen gick inte att spara: är disken full?", "the file could not be stored: is the disk full?")});
            at += static_cast<std::size_t>(written);
        }
        return true;
    }

    // Keeps the files when nothing was refused; returns the answer's status and body.
    std::pair<int, nlohmann::ordered_json> finish(bool read_whole, bool too_large, const httplib::Request& request) {
        for (auto& f : files_)
            if (f.fd >= 0 && ::close(std::exchange(f.fd, -1)) != 0 && !refused_)
                refuse({507, "serve.disk", tr("filen gick inte att spara: är disken full?", "the file could not be stored: is the disk full?")});
        const auto& limits = state_.tabs.limits();
        if (too_large)
            refuse({413, "serve.request_size",
                    tr("uppladdningen är större än {0} MiB: släpp färre filer åt gången",
                       "the upload is larger than {0} MiB: drop fewer files at a time",
                       {std::to_string(limits.request_size / mebibyte)})});
        if (!read_whole && !refused_)
            refuse({400, "serve.upload_broken",
                    tr("uppladdningen avbröts eller var trasig: försök igen", "the upload was cut off or broken: try again")});
        if (!refused_ && files_.empty())
            refuse({400, "serve.no_files", tr("begäran innehöll inga filer", "the request held no files")});
        if (!refused_) {
            std::lock_guard lock(state_.tabs.mutex());
            if (tab_->files.size() + files_.size() > limits.tab_files) {
                why_ = {413, "serve.tab_files",
                        tr("högst {0} filer per flik: ta bort några först", "at most {0} files per tab: remove some first",
                           {std::to_string(limits.tab_files)})};
                refused_ = true;
            } else {
                for (auto& f : files_) tab_->files.push_back(f.file);
                committed_ = true;
            }
        }
        if (refused_) return {why_.status, {{"error", {{"code", why_.code}, {"message", say(request, why_.text)}}}}};
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& f : files_) list.push_back({{"id", f.file.id}, {"name", f.file.name}, {"size", f.file.size}});
        return {200, {{"files", list}}};
    }

private:
    bool refuse(refusal why) {
        if (!refused_) why_ = std::move(why);
        refused_ = true;
        current_ = nullptr;
        return true;
    }

    void discard() {
        std::error_code ignored;
        for (const auto& f : files_) std::filesystem::remove(f.file.path, ignored);
        std::lock_guard lock(state_.tabs.mutex());
        state_.tabs.release(*tab_, reserved_);
    }

    app& state_;
    std::shared_ptr<tab> tab_;
    std::vector<incoming> files_;
    incoming* current_ = nullptr;
    std::uint64_t reserved_ = 0;
    bool refused_ = false;
    bool committed_ = false;
    refusal why_;
};

}  // namespace

void add_upload_route(httplib::Server& server, app& state) {
    server.Post(R"(/api/tabs/([0-9a-f]{32})/files)",
                [&state](const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader) {
                    std::shared_ptr<tab> t = state.tabs.find(request.matches[1]);
                    if (!t) return answer_error(request, response, 404, "serve.no_tab", tr("fliken finns inte längre: ladda om sidan", "the tab no longer exists: reload the page"));
                    if (!request.is_multipart_form_data())
                        return answer_error(request, response, 400, "serve.not_multipart",
                                            tr("filerna ska skickas som multipart/form-data", "send the files as multipart/form-data"));
                    {
                        std::lock_guard lock(state.tabs.mutex());
                        ++t->uploads;
                    }
                    nlohmann::ordered_json body;
                    int status = 0;
                    {
                        upload incoming(state, t);
                        bool whole = reader([&](const httplib::MultipartFormData& part) { return incoming.begin(part); },
                                            [&](const char* data, std::size_t n) { return incoming.receive(data, n); });
                        std::tie(status, body) = incoming.finish(whole, !whole && response.status == 413, request);
                    }
                    response.status = status;
                    response.set_content(body.dump(), "application/json");
                });
}

}  // namespace mk::serve
