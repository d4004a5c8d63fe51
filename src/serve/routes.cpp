// The routes of the page and its API, and the guards every request passes first.
#include <charconv>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "converters/registry.hpp"
#include "src/core/error.hpp"
#include "src/pipeline/option_values.hpp"
#include "src/pipeline/outputs.hpp"
#include "src/serve/app.hpp"
#include "src/serve/page.hpp"
#include "src/serve/security.hpp"

namespace mk::serve {
namespace {

using json = nlohmann::ordered_json;
using httplib::Request;
using httplib::Response;

const std::regex upload_path(R"(/api/tabs/[0-9a-f]{32}/files)");

json limits_json(const limits& l) {
    return {{"file_size", l.file_size},   {"files_per_request", l.files_per_request},
            {"request_size", l.request_size}, {"tab_size", l.tab_size},
            {"tab_files", l.tab_files}};
}

void answer(Response& response, int status, const json& body) {
    response.status = status;
    response.set_content(body.dump(), "application/json");
}

// The tab of the request's first match, or an answer saying there is none.
std::shared_ptr<tab> tab_of(app& state, const Request& request, Response& response) {
    auto t = state.tabs.find(request.matches[1]);
    if (!t)
        answer_error(request, response, 404, "serve.no_tab",
                     tr("fliken finns inte längre: ladda om sidan", "the tab no longer exists: reload the page"));
    return t;
}

json job_json(const job_view& v) {
    const job_status& s = v.status;
    return {{"id", v.id},       {"kind", v.kind}, {"state", state_name(v.state)}, {"done", s.done},
            {"total", s.total}, {"step", s.step}, {"error", s.error},             {"result_name", s.result_name},
            {"result_size", s.result_size},       {"notes", s.notes}};
}

bool is_date(const std::string& text) { return text.empty() || !pipeline::date_problem(text); }

// The names of formats, for the formats a job may ask for.
std::vector<std::string> names_of(const std::vector<const file_format*>& formats, std::vector<std::string> names = {}) {
    for (const file_format* f : formats) names.emplace_back(f->name);
    return names;
}

// The job a request body asks for, checked; nullopt with why when it asks for something unknown.
struct job_request {
    std::string kind;
    std::string format;
    language lang = language::sv;
    request_options options;
    std::string lasar;
};

std::optional<job_request> parse_job(const std::string& body, refusal& why) {
    json parsed = json::parse(body, nullptr, false);
    auto text = [&](const char* key) {
        const json* v = parsed.is_object() && parsed.contains(key) ? &parsed[key] : nullptr;
        return v && v->is_string() ? v->get<std::string>() : std::string();
    };
    job_request r{text("kind"), text("format"), text("lang") == "en" ? language::en : language::sv,
                  {text("as_of"), text("title"), text("unit"), text("year")}, text("lasar")};
    static const std::map<std::string, std::vector<std::string>> formats = {
        {"analyse", {""}},
        {"tree", {""}},
        {"report", names_of(pipeline::report_formats())},
        {"xml", {"follow_up", "chain"}},
        {"sk_documents", names_of(formats_where([](const file_format& f) { return f.fill != nullptr; }), {"", "both"})},
        {"sk_collection", names_of(pipeline::sk_collect_formats())}};
    auto known = formats.find(r.kind);
    bool ok = parsed.is_object() && known != formats.end() &&
              std::find(known->second.begin(), known->second.end(), r.format) != known->second.end() &&
              is_date(r.options.as_of);
    for (const std::string* s : {&r.options.title, &r.options.unit, &r.options.year, &r.lasar}) ok = ok && s->size() <= 300;
    if (!ok) {
        why = {400, "serve.bad_job", tr("okänd begäran: ladda om sidan", "unknown request: reload the page")};
        return std::nullopt;
    }
    return r;
}

// The work of a job on the worker thread: each file read (once per language), then the step asked for.
// It holds its tab weakly, as the tab holds its jobs: a tab closed meanwhile cancels the job.
std::function<job_result(progress&)> work_of(const std::shared_ptr<tab>& owner, std::vector<input_file> files, job_request r) {
    return [weak = std::weak_ptr<tab>(owner), files = std::move(files), r = std::move(r)](progress& p) {
        auto t = weak.lock();
        if (!t) throw job_cancelled{};
        tab_inputs in;
        in.files = files;
        for (std::size_t i = 0; i < files.size(); ++i) {
            std::string key = files[i].id + (r.lang == language::en ? "/en" : "/sv");
            auto it = t->readings.find(key);
            if (it == t->readings.end()) {
                p.step(i, files.size(), files[i].name);
                it = t->readings.emplace(key, read_one(files[i])).first;
            }
            in.readings.push_back(it->second);
        }
        if (r.kind == "analyse") return job_result{analyse(in, r.options, p).dump(), "analys.json", "application/json", false, {}};
        if (r.kind == "tree") return tree(in, r.options, p);
        if (r.kind == "report") return report(in, r.format, r.options, p);
        if (r.kind == "xml") return normalized_xml(in, r.format, p);
        if (r.kind == "sk_documents") return sk_documents(in, r.lasar, r.format, p);
        return sk_collection(in, r.format, p);
    };
}

void submit_job(app& state, const Request& request, Response& response) {
    auto t = tab_of(state, request, response);
    if (!t) return;
    refusal why;
    auto parsed = parse_job(request.body, why);
    if (!parsed) return answer_error(request, response, why.status, why.code, why.text);
    auto j = std::make_shared<job>();
    std::vector<input_file> files;
    {
        std::lock_guard lock(state.tabs.mutex());
        if (tab_store::busy(*t))
            return answer_error(request, response, 409, "serve.busy",
                                tr("fliken har redan ett arbete på gång: vänta tills det är klart eller avbryt det",
                                   "the tab already has work going on: wait until it is done or cancel it"));
        std::size_t n = t->next_job++;
        j->id = "j" + std::to_string(n);
        j->result_path = t->folder / ("r" + std::to_string(n));
        files = t->files;
        t->jobs.push_back(j);
    }
    j->kind = parsed->kind;
    j->tab_id = t->id;
    j->lang = parsed->lang;
    j->work = work_of(t, std::move(files), std::move(*parsed));
    if (!state.jobs.submit(j)) {
        {
            std::lock_guard lock(state.tabs.mutex());
            std::erase(t->jobs, j);
        }
        return answer_error(request, response, 503, "serve.queue_full",
                            tr("servern har för många arbeten i kö: försök igen om en stund",
                               "the server has too many jobs queued: try again in a while"));
    }
    answer(response, 202, job_json(state.jobs.view(*j)));
}

void add_page_routes(httplib::Server& server, app& state) {
    std::string html(page::html);
    html.replace(html.find("{{token}}"), 9, state.token);
    server.Get("/", [html](const Request&, Response& response) { response.set_content(html, "text/html; charset=utf-8"); });
    server.Get("/app.js", [](const Request&, Response& response) {
        response.set_content(page::script.data(), page::script.size(), "text/javascript; charset=utf-8");
    });
    server.Get("/app.css", [](const Request&, Response& response) {
        response.set_content(page::styles.data(), page::styles.size(), "text/css; charset=utf-8");
    });
    server.Get("/icon.svg", [](const Request&, Response& response) {
        response.set_content(page::icon.data(), page::icon.size(), "image/svg+xml");
    });
}

void add_api_routes(httplib::Server& server, app& state) {
    server.Post("/api/tabs", [&state](const Request& request, Response& response) {
        refusal why;
        auto t = state.tabs.open(why);
        if (!t) return answer_error(request, response, why.status, why.code, why.text);
        answer(response, 201, {{"tab", t->id}, {"limits", limits_json(state.tabs.limits())}});
    });
    server.Delete(R"(/api/tabs/([0-9a-f]{32}))", [&state](const Request& request, Response& response) {
        refusal why;
        if (!state.tabs.close(request.matches[1], why)) return answer_error(request, response, why.status, why.code, why.text);
        answer(response, 200, json::object());
    });
    server.Get(R"(/api/tabs/([0-9a-f]{32})/files)", [&state](const Request& request, Response& response) {
        auto t = tab_of(state, request, response);
        if (!t) return;
        json list = json::array();
        std::lock_guard lock(state.tabs.mutex());
        for (const auto& f : t->files) list.push_back({{"id", f.id}, {"name", f.name}, {"size", f.size}});
        answer(response, 200, {{"files", list}});
    });
    server.Delete(R"(/api/tabs/([0-9a-f]{32})/files/(f[0-9]{1,9}))", [&state](const Request& request, Response& response) {
        auto t = tab_of(state, request, response);
        if (!t) return;
        refusal why;
        if (!state.tabs.remove_file(*t, request.matches[2], why)) return answer_error(request, response, why.status, why.code, why.text);
        answer(response, 200, json::object());
    });
    server.Post(R"(/api/tabs/([0-9a-f]{32})/jobs)",
                [&state](const Request& request, Response& response) { submit_job(state, request, response); });
    auto with_job = [&state](auto then) {
        return [&state, then](const Request& request, Response& response) {
            auto t = tab_of(state, request, response);
            if (!t) return;
            std::shared_ptr<job> j;
            {
                std::lock_guard lock(state.tabs.mutex());
                j = tab_store::job_of(*t, request.matches[2]);
            }
            if (!j)
                return answer_error(request, response, 404, "serve.no_job",
                                    tr("arbetet finns inte (längre)", "the job does not exist (any more)"));
            then(request, response, j);
        };
    };
    server.Get(R"(/api/tabs/([0-9a-f]{32})/jobs/(j[0-9]{1,9}))",
               with_job([&state](const Request&, Response& response, const std::shared_ptr<job>& j) {
                   answer(response, 200, job_json(state.jobs.view(*j)));
               }));
    server.Post(R"(/api/tabs/([0-9a-f]{32})/jobs/(j[0-9]{1,9})/cancel)",
                with_job([&state](const Request&, Response& response, const std::shared_ptr<job>& j) {
                    state.jobs.cancel(j);
                    answer(response, 200, job_json(state.jobs.view(*j)));
                }));
    server.Get(R"(/api/tabs/([0-9a-f]{32})/jobs/(j[0-9]{1,9})/result)",
               with_job([&state](const Request& request, Response& response, const std::shared_ptr<job>& j) {
                   job_view v = state.jobs.view(*j);
                   if (v.state != job_state::done)
                       return answer_error(request, response, 409, "serve.not_done",
                                           tr("arbetet är inte klart", "the job is not done"));
                   std::ifstream in(j->result_path, std::ios::binary);
                   std::ostringstream bytes;
                   bytes << in.rdbuf();
                   if (!in)
                       return answer_error(request, response, 404, "serve.no_result",
                                           tr("resultatet finns inte längre: gör om det", "the result is gone: make it again"));
                   if (v.status.attachment)
                       response.set_header("Content-Disposition", attachment_disposition(v.status.result_name));
                   response.set_content(bytes.str(), v.status.result_type);
               }));
}

}  // namespace

language language_of(const Request& request) {
    return request.get_header_value("X-Malkedja-Lang") == "en" ? language::en : language::sv;
}

const std::string& say(const Request& request, const message& text) {
    return language_of(request) == language::en ? text.en : text.sv;
}

void answer_error(const Request& request, Response& response, int status, const std::string& code, const message& text) {
    answer(response, status, {{"error", {{"code", code}, {"message", say(request, text)}}}});
}

void add_routes(httplib::Server& server, app& state) {
    server.set_default_headers({{"Content-Security-Policy",
                                 "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"},
                                {"X-Content-Type-Options", "nosniff"},
                                {"X-Frame-Options", "DENY"},
                                {"Referrer-Policy", "no-referrer"},
                                {"Cross-Origin-Opener-Policy", "same-origin"},
                                {"Cross-Origin-Resource-Policy", "same-origin"},
                                {"Cache-Control", "no-store"}});
    server.set_pre_routing_handler([&state](const Request& request, Response& response) {
        using handled = httplib::Server::HandlerResponse;
        auto refuse = [&](int status, const char* code, const message& text) {
            answer_error(request, response, status, code, text);
            response.set_header("Connection", "close");
            return handled::Handled;
        };
        if (!host_allowed(request.get_header_value("Host"), state.port))
            return refuse(403, "serve.host",
                          tr("okänd värd: öppna sidan som http://127.0.0.1:{0}/", "unknown host: open the page as http://127.0.0.1:{0}/",
                             {std::to_string(state.port)}));
        std::string site = request.get_header_value("Sec-Fetch-Site");
        if (!site.empty() && site != "same-origin" && site != "none")
            return refuse(403, "serve.cross_site", tr("begäran kom från en annan webbplats", "the request came from another site"));
        if (request.method == "GET" || request.method == "HEAD") return handled::Unhandled;
        std::string origin = request.get_header_value("Origin");
        if (!origin.empty() && !origin_allowed(origin, state.port))
            return refuse(403, "serve.origin", tr("begäran kom från en annan webbplats", "the request came from another site"));
        if (!same_secret(request.get_header_value("X-Malkedja-Token"), state.token))
            return refuse(403, "serve.token",
                          tr("sidan hör till en tidigare start av servern: ladda om sidan",
                             "the page belongs to an earlier start of the server: reload the page"));
        if (request.method == "POST" && std::regex_match(request.path, upload_path)) return handled::Unhandled;
        if (request.has_header("Transfer-Encoding"))
            return refuse(411, "serve.length", tr("begäran saknar längd", "the request has no length"));
        std::string length = request.get_header_value("Content-Length");
        std::uint64_t bytes = 0;
        if (std::from_chars(length.data(), length.data() + length.size(), bytes).ec != std::errc() && !length.empty())
            bytes = UINT64_MAX;
        if (bytes > state.tabs.limits().small_request_size)
            return refuse(413, "serve.body_size", tr("begäran är för stor", "the request is too large"));
        return handled::Unhandled;
    });
    server.set_error_handler([](const Request& request, Response& response) {
        if (!response.body.empty()) return;
        if (response.status == 413)
            return answer_error(request, response, 413, "serve.request_size", tr("begäran är för stor", "the request is too large"));
        if (response.status == 404)
            return answer_error(request, response, 404, "serve.not_found", tr("sidan finns inte", "no such page"));
        answer_error(request, response, response.status, "serve.bad_request", tr("felaktig begäran", "bad request"));
    });
    server.set_exception_handler([](const Request& request, Response& response, std::exception_ptr) {
        answer_error(request, response, 500, "serve.internal", tr("internt fel i servern", "internal error in the server"));
    });
    add_page_routes(server, state);
    add_api_routes(server, state);
    add_upload_route(server, state);
}

}  // namespace mk::serve
