#pragma once
// `malkedja serve`: the local web page, served on 127.0.0.1 only.
#include <iosfwd>

#include "src/serve/options.hpp"

namespace mk::serve {

// Serves the page until SIGINT, SIGTERM or SIGHUP: binds 127.0.0.1 (options.port; a free port when
// the default is taken or 0 is given), makes a private work folder, prints the address to out,
// opens the desktop's browser when asked and one is there. Removes the work folder before it
// returns. Throws mk::error when the port cannot be had.
int run(const options& options, std::ostream& out);

}  // namespace mk::serve
