#include "converters/xls/compound_file.hpp"

#include <algorithm>

#include "converters/xls/damaged.hpp"
#include "converters/xls/limits.hpp"
#include "converters/xls/little_endian.hpp"
#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"
#include "src/text/ascii.hpp"

namespace mk::xls {
namespace {

constexpr std::uint32_t free_sector = 0xFFFFFFFF;
constexpr std::uint32_t end_of_chain = 0xFFFFFFFE;
// Sector numbers from here up are markers, not sectors.
constexpr std::uint32_t max_sector_number = 0xFFFFFFFA;
constexpr std::size_t header_size = 512;
constexpr std::size_t header_difat_entries = 109;
constexpr std::size_t directory_entry_size = 128;
constexpr std::uint32_t mini_sector_size = 64;
constexpr std::uint8_t stream_entry = 2;
constexpr std::uint8_t root_entry = 5;

}  // namespace

std::optional<std::uint64_t> size_needed_for_directory(std::string_view bytes) {
    if (bytes.size() < header_size) return header_size;
    std::uint16_t sector_shift = le16(bytes, 0x1E);
    std::uint32_t first_directory = le32(bytes, 0x30);
    if ((sector_shift != 9 && sector_shift != 12) || first_directory >= max_sector_number) return std::nullopt;
    std::uint64_t directory_end = (std::uint64_t{first_directory} + 2) << sector_shift;
    if (directory_end <= bytes.size()) return std::nullopt;
    return directory_end;
}

compound_file compound_file::open(std::string_view bytes) {
    compound_file file(bytes);
    file.read_header();
    file.read_fat();
    file.read_directory();
    return file;
}

void compound_file::read_header() {
    if (bytes_.size() < header_size)
        throw_damaged("ole.truncated", "den sammansatta filen (OLE) är kortare än sitt huvud",
                      "the compound file (OLE) is shorter than its header");
    std::uint16_t major = le16(bytes_, 0x1A);
    sector_shift_ = le16(bytes_, 0x1E);
    if (le16(bytes_, 0x1C) != 0xFFFE || !((major == 3 && sector_shift_ == 9) || (major == 4 && sector_shift_ == 12)) ||
        le16(bytes_, 0x20) != 6)
        throw_damaged("ole.bad_header", "huvudet anger ingen känd version och sektorstorlek",
                      "its header gives no known version and sector size");
    std::uint64_t sector_size = std::uint64_t{1} << sector_shift_;
    sector_count_ = bytes_.size() / sector_size - 1;  // the header takes the first sector
    first_directory_ = le32(bytes_, 0x30);
    mini_cutoff_ = le32(bytes_, 0x38);
    first_mini_fat_ = le32(bytes_, 0x3C);
    mini_fat_sectors_ = le32(bytes_, 0x40);
    if (mini_cutoff_ != 4096)
        throw_damaged("ole.bad_header", "gränsen för små strömmar är inte 4096 byte",
                      "its small-stream cutoff is not 4096 bytes");
    for (std::size_t at : {std::size_t{0x2C}, std::size_t{0x40}, std::size_t{0x48}})
        if (le32(bytes_, at) > sector_count_)
            throw_damaged("ole.too_many_sectors", "huvudet anger fler sektorer ({0}) än filen har ({1})",
                          "its header gives more sectors ({0}) than the file has ({1})",
                          {std::to_string(le32(bytes_, at)), std::to_string(sector_count_)});
}

std::string_view compound_file::sector(std::uint32_t id) const {
    if (id >= sector_count_)
        throw_damaged("ole.bad_sector", "sektor {0} finns inte (filen har {1})",
                      "sector {0} does not exist (the file has {1})",
                      {std::to_string(id), std::to_string(sector_count_)});
    std::size_t size = std::size_t{1} << sector_shift_;
    return bytes_.substr((std::size_t{id} + 1) * size, size);
}

void compound_file::read_fat() {
    // The FAT's sectors: the header's 109 DIFAT entries, then the DIFAT sectors' chain. Every
    // entry that is not free is a sector FreeXL reads as FAT, so each must exist and the count
    // stays within the file's sectors.
    std::vector<std::uint32_t> fat_sectors;
    auto add = [&](std::uint32_t id) {
        if (id == free_sector) return;
        if (fat_sectors.size() >= sector_count_)
            throw_damaged("ole.too_many_sectors", "FAT-tabellen har fler sektorer än filen",
                          "its FAT lists more sectors than the file has");
        sector(id);
        fat_sectors.push_back(id);
    };
    for (std::size_t i = 0; i < header_difat_entries; ++i) add(le32(bytes_, 0x4C + 4 * i));
    std::uint32_t difat_sectors = le32(bytes_, 0x48);
    std::uint32_t next = le32(bytes_, 0x44);
    std::vector<bool> seen(sector_count_);
    std::size_t per_sector = (std::size_t{1} << sector_shift_) / 4;
    for (std::uint32_t i = 0; i < difat_sectors && next != end_of_chain; ++i) {
        std::string_view difat = sector(next);
        if (seen[next]) throw_damaged("ole.loop", "DIFAT-kedjan går i cirkel", "its DIFAT chain loops");
        seen[next] = true;
        for (std::size_t k = 0; k + 1 < per_sector; ++k) {
            std::uint32_t id = le32(difat, 4 * k);
            if (id == end_of_chain) break;
            add(id);
        }
        next = le32(difat, 4 * (per_sector - 1));
    }
    spend_memory(fat_sectors.size() * per_sector * sizeof(std::uint32_t), "FAT");
    for (std::uint32_t id : fat_sectors) {
        std::string_view fat = sector(id);
        for (std::size_t k = 0; k < per_sector; ++k) fat_.push_back(le32(fat, 4 * k));
    }
}

std::vector<std::uint32_t> compound_file::chain(std::uint32_t start, const std::vector<std::uint32_t>& table,
                                                std::uint64_t limit) const {
    std::vector<std::uint32_t> out;
    std::vector<bool> seen(table.size());
    for (std::uint32_t id = start; id != end_of_chain && out.size() < limit; id = table[id]) {
        if (id >= table.size() || id >= max_sector_number)
            throw_damaged("ole.bad_chain", "en kedja av sektorer pekar på sektor {0}, som inte finns",
                          "a chain of sectors points at sector {0}, which does not exist", {std::to_string(id)});
        if (seen[id]) throw_damaged("ole.loop", "en kedja av sektorer går i cirkel", "a chain of sectors loops");
        seen[id] = true;
        out.push_back(id);
    }
    return out;
}

void compound_file::read_directory() {
    std::size_t per_sector = (std::size_t{1} << sector_shift_) / directory_entry_size;
    for (std::uint32_t id : chain(first_directory_, fat_, sector_count_)) {
        std::string_view data = sector(id);
        for (std::size_t k = 0; k < per_sector; ++k) {
            if (entries_.size() >= limits::max_directory_entries)
                throw_damaged("ole.too_many_streams", "katalogen har fler än {0} poster",
                              "its directory has more than {0} entries",
                              {std::to_string(limits::max_directory_entries)});
            std::string_view raw = data.substr(k * directory_entry_size, directory_entry_size);
            entry e;
            std::size_t name_bytes = std::min<std::size_t>(le16(raw, 0x40), 64);
            for (std::size_t at = 0; at + 1 < name_bytes; at += 2) {
                std::uint16_t c = le16(raw, at);
                if (c == 0) break;
                e.name += c < 0x80 ? static_cast<char>(c) : '?';
            }
            e.type = static_cast<std::uint8_t>(raw[0x42]);
            e.start = le32(raw, 0x74);
            e.size = sector_shift_ == 9 ? le32(raw, 0x78) : le64(raw, 0x78);
            if ((e.type == stream_entry || e.type == root_entry) && e.size > bytes_.size())
                throw_damaged("ole.bad_stream_size", "strömmen \"{0}\" sägs vara {1} byte, större än filen",
                              "the stream \"{0}\" claims {1} bytes, more than the file",
                              {e.name, std::to_string(e.size)});
            entries_.push_back(std::move(e));
        }
    }
    if (entries_.empty() || entries_.front().type != root_entry)
        throw_damaged("ole.no_root", "katalogen saknar sin rot", "its directory has no root entry");
}

std::string compound_file::regular_stream(std::uint32_t start, std::uint64_t size) const {
    std::string out;
    std::size_t sector_size = std::size_t{1} << sector_shift_;
    for (std::uint32_t id : chain(start, fat_, (size + sector_size - 1) / sector_size)) out += sector(id);
    if (out.size() < size)
        throw_damaged("ole.short_stream", "en ström är kortare än sin angivna storlek",
                      "a stream is shorter than its size");
    out.resize(size);
    return out;
}

std::string compound_file::mini_stream(std::uint32_t start, std::uint64_t size) const {
    const entry& root = entries_.front();
    std::string container = regular_stream(root.start, root.size);
    std::vector<std::uint32_t> mini_fat;
    std::string table = regular_stream(first_mini_fat_, std::uint64_t{mini_fat_sectors_} << sector_shift_);
    for (std::size_t at = 0; at + 4 <= table.size(); at += 4) mini_fat.push_back(le32(table, at));
    std::string out;
    for (std::uint32_t id : chain(start, mini_fat, (size + mini_sector_size - 1) / mini_sector_size)) {
        if ((std::uint64_t{id} + 1) * mini_sector_size > container.size())
            throw_damaged("ole.bad_chain", "en liten ström pekar utanför sin behållare",
                          "a small stream points outside its container");
        out.append(container, std::size_t{id} * mini_sector_size, mini_sector_size);
    }
    if (out.size() < size)
        throw_damaged("ole.short_stream", "en ström är kortare än sin angivna storlek",
                      "a stream is shorter than its size");
    out.resize(size);
    return out;
}

std::optional<std::string> compound_file::stream(std::string_view name, std::uint64_t max_size) const {
    for (const entry& e : entries_) {
        if (e.type != stream_entry || text::ascii_lower(e.name) != text::ascii_lower(name)) continue;
        if (e.size > max_size)
            throw error(
                "xls.stream_too_large",
                tr("strömmen \"{0}\" i .xls-filen är {1} byte, mer än de {2} som läses: spara filen som .xlsx",
                   "the stream \"{0}\" of the .xls file is {1} bytes, more than the {2} that are read: save the "
                   "file as .xlsx",
                   {e.name, std::to_string(e.size), std::to_string(max_size)}));
        spend_memory(e.size, e.name);
        return e.size < mini_cutoff_ ? mini_stream(e.start, e.size) : regular_stream(e.start, e.size);
    }
    return std::nullopt;
}

}  // namespace mk::xls
