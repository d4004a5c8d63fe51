#pragma once
// When a status or an outcome was reported: the checkpoints of the year.
#include <cstdint>

namespace mk::model {

// When a status was reported.
enum class checkpoint : std::uint8_t {
    delar_1,  // delår 1 (spring)
    delar_2,  // delår 2 (August)
    bokslut,  // year end
    report,   // any other report: dated, labelled, or the only status column of a sheet
};

}  // namespace mk::model
