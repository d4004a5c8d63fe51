// How the commands tell the user their warnings: one line each on stderr.
#include <iostream>

#include "src/cli/command.hpp"

namespace mk::cli {

void print_warnings(const std::vector<warning>& warnings) {
    for (const warning& w : warnings) std::cerr << tr("varning: ", "warning: ").text() << w.text() << '\n';
}

}  // namespace mk::cli
