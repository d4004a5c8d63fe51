#pragma once
// The compound file (OLE/CFB) of a legacy Office file, read only as far as the .xls reader needs to
// check it before FreeXL opens it: the header, the FAT (through the DIFAT), the directory and one
// stream's bytes. Every sector number, count and size is checked against the file's own size and
// converters/xls/limits.hpp; every chain is followed at most once per sector, so a loop ends.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mk::xls {

class compound_file {
public:
    // Checks the header, the FAT and the directory of bytes (which start with the compound-file
    // signature); throws mk::error "ole.*" naming what is wrong when they are damaged or pass a limit.
    static compound_file open(std::string_view bytes);

    // The bytes of the stream named name (ASCII, compared without case) in any storage; nullopt when
    // there is none. Throws mk::error when the stream's size passes max_size or its chain is damaged.
    std::optional<std::string> stream(std::string_view name, std::uint64_t max_size) const;

private:
    struct entry {
        std::string name;  // ASCII letters kept, others as '?'
        std::uint8_t type = 0;
        std::uint32_t start = 0;
        std::uint64_t size = 0;
    };

    explicit compound_file(std::string_view bytes) : bytes_(bytes) {}
    void read_header();
    void read_fat();
    void read_directory();
    // The first sectors of the chain from start, at most limit of them, following table (the FAT or
    // the mini FAT); throws mk::error when it leaves the table or loops.
    std::vector<std::uint32_t> chain(std::uint32_t start, const std::vector<std::uint32_t>& table,
                                     std::uint64_t limit) const;
    // The first size bytes of the stream whose chain starts at start, in the file's sectors or (for
    // a stream below the cutoff) the root's mini stream.
    std::string regular_stream(std::uint32_t start, std::uint64_t size) const;
    std::string mini_stream(std::uint32_t start, std::uint64_t size) const;
    std::string_view sector(std::uint32_t id) const;

    std::string_view bytes_;
    std::uint32_t sector_shift_ = 9;
    std::uint64_t sector_count_ = 0;
    std::uint32_t first_directory_ = 0;
    std::uint32_t first_mini_fat_ = 0;
    std::uint32_t mini_fat_sectors_ = 0;
    std::uint32_t mini_cutoff_ = 4096;
    std::vector<std::uint32_t> fat_;
    std::vector<entry> entries_;
};

// The size bytes (a compound file's, from its signature on) need to hold the header and the first
// sector of the directory, when they are shorter: the file was cut short (LibreOffice and others
// write the directory last). nullopt when they are not, or the header gives no known sector size or
// directory.
std::optional<std::uint64_t> size_needed_for_directory(std::string_view bytes);

}  // namespace mk::xls
