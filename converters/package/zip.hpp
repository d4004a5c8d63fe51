#pragma once
// Zip containers (OOXML and ODF packages) opened from bytes with libzip, under mk::limits.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "converters/package/zip_writer.hpp"
#include "src/core/byte_source.hpp"

namespace mk {

class zip_package {
public:
    // Opens the zip archive in bytes (held in memory, which must outlive the package, or read from
    // their file as needed); throws mk::error when the bytes are not a zip, are damaged, or have
    // hostile names, too many entries or encryption.
    static zip_package open(const byte_source& bytes);
    // The entries a writer is about to zip, read as the package they make without zipping them
    // (a filler reading back what it filled); entries must outlive the package. They are malkedja's
    // own, so no limit applies.
    static zip_package of_entries(const std::vector<zip_entry>& entries);

    zip_package(zip_package&&) noexcept;
    zip_package& operator=(zip_package&&) noexcept;
    ~zip_package();

    // Entry names in archive order.
    const std::vector<std::string>& names() const { return names_; }
    // Whether an entry with exactly this name exists.
    bool contains(std::string_view name) const;
    // The inflated bytes of an entry; throws mk::error when missing, damaged or over a limit.
    std::string read(std::string_view name);
    // Hands the inflated bytes of an entry to take piece by piece (at most 64 KiB each), under the
    // same limits as read(), without holding the entry whole; throws as read() does. inspect, when
    // given, sees each piece before take does, on the thread that inflated it (a thread of its own
    // for a large entry), and may not throw.
    void read_pieces(std::string_view name, const std::function<void(std::string_view)>& take,
                     const std::function<void(std::string_view)>& inspect = {});
    // Bytes inflated so far by read(), counted against limits::max_total_size.
    std::uint64_t inflated_total() const { return inflated_total_; }

private:
    struct archive;
    explicit zip_package(std::unique_ptr<archive> impl);
    // The index of the entry name; throws mk::error when there is none.
    std::size_t index_of(std::string_view name) const;
    std::unique_ptr<archive> impl_;
    std::vector<std::string> names_;
    // The entries of of_entries, else nullptr.
    const std::vector<zip_entry>* entries_ = nullptr;
    std::uint64_t inflated_total_ = 0;
};

// Whether bytes start with a zip local-file header ("PK\3\4") or an empty-archive record.
bool looks_like_zip(const byte_source& bytes);

// When bytes are a zip package with other data in front of it (a package cut out of a mail or a
// disk image, or damaged), how many bytes are in front; nullopt otherwise.
std::optional<std::size_t> data_before_zip(std::string_view bytes);

}  // namespace mk
