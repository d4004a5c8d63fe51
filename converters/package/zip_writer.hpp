#pragma once
// The packager: parts → a deterministic zip (fixed timestamps, the given order), with libzip.
#include <string>
#include <vector>

namespace mk {

struct zip_entry {
    std::string name;
    std::string bytes;
    // Stored uncompressed (ODF's mimetype must be); otherwise deflated.
    bool store = false;
};

// A zip archive holding entries in the given order, every timestamp 1980-01-01 00:00, no extra
// fields that vary between runs: the same entries always give the same bytes. Throws mk::error
// if libzip fails.
std::string write_zip(const std::vector<zip_entry>& entries);

}  // namespace mk
