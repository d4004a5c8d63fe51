#pragma once
// What every request handler of the server shares.
#include <string>

#include <httplib.h>

#include "src/core/message.hpp"
#include "src/serve/jobs.hpp"
#include "src/serve/options.hpp"
#include "src/serve/tabs.hpp"

namespace mk::serve {

struct app {
    app(const serve::options& o, int bound_port, const std::filesystem::path& root);

    serve::options options;
    int port;
    // Per process, random: what every state-changing request must carry (X-Malkedja-Token).
    std::string token;
    tab_store tabs;
    runner jobs;
};

// The language a request asks for (X-Malkedja-Lang: en; else Swedish).
language language_of(const httplib::Request& request);

// text in the request's language.
const std::string& say(const httplib::Request& request, const message& text);

// A JSON error answer: {"error": {"code", "message"}} with status.
void answer_error(const httplib::Request& request, httplib::Response& response, int status, const std::string& code,
                  const message& text);

// Registers the guards (Host, Origin, token, sizes), the security headers and every route.
void add_routes(httplib::Server& server, app& state);

// The upload route: POST /api/tabs/ID/files, multipart, streamed to the tab's folder under the limits.
void add_upload_route(httplib::Server& server, app& state);

}  // namespace mk::serve
