#pragma once
// The packager: parts → a deterministic zip (fixed timestamps, the given order), with libzip.
#include <cstdint>
#include <future>
#include <memory>
#include <string>
#include <vector>

namespace mk {

// An entry's bytes deflated ahead (raw deflate, as a zip entry holds them), with the size and
// CRC-32 of the bytes.
struct deflated_bytes {
    std::string data;
    std::uint64_t size = 0;
    std::uint32_t crc = 0;
};

struct zip_entry {
    std::string name;
    std::string bytes;
    // Stored uncompressed (ODF's mimetype must be); otherwise deflated.
    bool store = false;
    // The entry deflated already, bytes left empty: a part deflated as it was written
    // (part_deflater.hpp).
    std::shared_ptr<const deflated_bytes> deflated = nullptr;
};

// bytes deflated as write_zip deflates an entry, on a thread of its own started now, so that a
// packager makes its next part meanwhile (the .xlsx writer's worksheets); the result is what
// zip_entry::deflated takes. The bytes are let go once deflated.
std::future<std::shared_ptr<const deflated_bytes>> deflate_in_background(std::string bytes);

// A zip archive holding entries in the given order, every timestamp 1980-01-01 00:00, no extra
// fields that vary between runs: the same entries always give the same bytes. Throws mk::error
// if libzip fails.
std::string write_zip(const std::vector<zip_entry>& entries);

}  // namespace mk
