#pragma once
// A package part deflated as it is written, on a thread of its own, so that it is never held
// whole: the content.xml of a report on 125,000 activities is 120 MiB, deflated 3 MiB.
#include <functional>
#include <memory>
#include <string>

#include "converters/package/zip_writer.hpp"
#include "src/core/xml_writer.hpp"

namespace mk {

class part_deflater {
public:
    part_deflater();
    // Stops deflating; what was written is dropped.
    ~part_deflater();
    part_deflater(const part_deflater&) = delete;
    part_deflater& operator=(const part_deflater&) = delete;

    // Where the part's bytes go, in order (each piece is copied); valid while the deflater lives.
    text_sink sink();
    // The whole part deflated, for zip_entry::deflated; rethrows what deflating threw. Called once,
    // after the last piece.
    std::shared_ptr<const deflated_bytes> finish();

private:
    struct state;
    std::unique_ptr<state> state_;
};

// The entry name holding what write hands its sink, deflated as it is written.
zip_entry streamed_entry(std::string name, const std::function<void(const text_sink&)>& write);

}  // namespace mk
