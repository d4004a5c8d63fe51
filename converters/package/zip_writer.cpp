#include "converters/package/zip_writer.hpp"

#include <libdeflate.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <future>
#include <memory>
#include <new>
#include <unordered_map>

#include "src/core/error.hpp"

namespace mk {
namespace {

[[noreturn]] void fail(zip_error_t* err) {
    throw error("zip.write", tr("zip-paketet kunde inte skrivas ({0})", "the zip package could not be written ({0})",
                                {zip_error_strerror(err)}));
}

// 1980-01-01 00:00 local DOS time, the earliest a zip can hold.
constexpr time_t fixed_time = 315532800;

// Raw deflate (no zlib header) of bytes at level 6, and their CRC-32. libdeflate compresses a
// whole buffer two to three times faster than zlib at the same level, to about the same size.
std::shared_ptr<const deflated_bytes> deflate_entry(std::string_view bytes) {
    auto out = std::make_shared<deflated_bytes>();
    out->size = bytes.size();
    out->crc = libdeflate_crc32(0, bytes.data(), bytes.size());
    thread_local std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
        libdeflate_alloc_compressor(6), &libdeflate_free_compressor);
    if (!compressor) throw std::bad_alloc();
    out->data.resize(libdeflate_deflate_compress_bound(compressor.get(), bytes.size()));
    std::size_t written =
        libdeflate_deflate_compress(compressor.get(), bytes.data(), bytes.size(), out->data.data(), out->data.size());
    if (written == 0) throw std::bad_alloc();
    out->data.resize(written);
    return out;
}

// Deflated entries by content, so that a part written again (the styles of every document filled
// from one template) is deflated once per thread: parts of up to 16 MiB, 64 MiB and 4096 parts in
// all, the oldest dropped first. The bytes are kept beside their deflated form, so a hit is an exact
// match. Small parts are kept too: deflating even a few bytes first clears libdeflate's tables.
class deflate_cache {
public:
    // Parts larger than this are not kept: they are not written twice.
    static constexpr std::size_t max_size = std::size_t{16} << 20;

    std::shared_ptr<const deflated_bytes> get(std::string_view bytes) {
        if (bytes.size() > max_size) return deflate_entry(bytes);
        auto found = entries_.find(bytes);
        if (found != entries_.end()) return found->second;
        auto result = deflate_entry(bytes);
        while ((held_ + bytes.size() > max_total || order_.size() >= max_count) && !order_.empty()) {
            held_ -= order_.front().size();
            entries_.erase(order_.front());
            order_.pop_front();
        }
        order_.emplace_back(bytes);
        entries_.emplace(order_.back(), result);
        held_ += bytes.size();
        return result;
    }

private:
    static constexpr std::size_t max_total = std::size_t{64} << 20;
    static constexpr std::size_t max_count = 4096;
    // Hashes a part by its size and 64 bytes at each of 64 places: a part is compared whole on a hit
    // anyway, and hashing every byte of each document's unchanged parts stood out in the profile.
    struct sampled_hash {
        std::size_t operator()(std::string_view bytes) const noexcept {
            constexpr std::size_t places = 64, width = 64;
            if (bytes.size() <= places * width) return std::hash<std::string_view>()(bytes);
            std::size_t h = std::hash<std::size_t>()(bytes.size());
            for (std::size_t at = 0; at < bytes.size(); at += bytes.size() / places)
                h = h * 31 + std::hash<std::string_view>()(bytes.substr(at, width));
            return h;
        }
    };
    std::deque<std::string> order_;
    std::unordered_map<std::string_view, std::shared_ptr<const deflated_bytes>, sampled_hash> entries_;
    std::size_t held_ = 0;
};

// A libzip source of already deflated bytes: libzip copies them into the archive as they are.
struct deflated_source {
    std::shared_ptr<const deflated_bytes> entry;
    zip_uint64_t offset = 0;
    zip_error_t error{};
};

zip_int64_t read_deflated(void* user, void* data, zip_uint64_t length, zip_source_cmd_t command) {
    auto* source = static_cast<deflated_source*>(user);
    switch (command) {
        case ZIP_SOURCE_OPEN: source->offset = 0; return 0;
        case ZIP_SOURCE_READ: {
            zip_uint64_t n = std::min<zip_uint64_t>(length, source->entry->data.size() - source->offset);
            std::memcpy(data, source->entry->data.data() + source->offset, n);
            source->offset += n;
            return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC |
                        ZIP_STAT_ENCRYPTION_METHOD;
            st->size = source->entry->size;
            st->comp_size = source->entry->data.size();
            st->comp_method = ZIP_CM_DEFLATE;
            st->encryption_method = ZIP_EM_NONE;
            st->crc = source->entry->crc;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR: return zip_error_to_data(&source->error, data, length);
        case ZIP_SOURCE_FREE: delete source; return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default: zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0); return -1;
    }
}

// The source of one entry: as deflated ahead when the entry or ready holds it, stored and empty
// entries (deflated ahead or not) as they are, others deflated (once per content).
zip_source_t* entry_source(zip_t* archive, const zip_entry& entry, std::shared_ptr<const deflated_bytes> ready) {
    if (entry.deflated) ready = entry.deflated;
    if (ready && ready->size == 0) ready = nullptr;
    if (!ready && (entry.store || entry.bytes.empty()))
        return zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    thread_local deflate_cache cache;  // one per thread: documents are written on several threads
    auto* source = new deflated_source{ready ? std::move(ready) : cache.get(entry.bytes)};
    zip_source_t* made = zip_source_function(archive, read_deflated, source);
    if (!made) delete source;
    return made;
}

// The entries too large for the deflate cache, deflated side by side, each on a thread of its own
// (a report's large sheets and its shared strings); null for the others.
std::vector<std::shared_ptr<const deflated_bytes>> deflate_large_entries(const std::vector<zip_entry>& entries) {
    std::vector<std::future<std::shared_ptr<const deflated_bytes>>> running(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const zip_entry& entry = entries[i];
        if (entry.store || entry.bytes.size() <= deflate_cache::max_size) continue;
        running[i] = std::async(std::launch::async, [&entry] { return deflate_entry(entry.bytes); });
    }
    std::vector<std::shared_ptr<const deflated_bytes>> out(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (running[i].valid()) out[i] = running[i].get();
    return out;
}

}  // namespace

std::future<std::shared_ptr<const deflated_bytes>> deflate_in_background(std::string bytes) {
    return std::async(std::launch::async, [bytes = std::move(bytes)]() mutable {
        std::string part = std::move(bytes);  // freed when this ends, not with the future
        return deflate_entry(part);
    });
}

std::string write_zip(const std::vector<zip_entry>& entries) {
    std::vector<std::shared_ptr<const deflated_bytes>> ready = deflate_large_entries(entries);
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer) fail(&err);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    if (!archive) {
        zip_source_free(buffer);
        fail(&err);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const zip_entry& entry = entries[i];
        zip_source_t* data = entry_source(archive, entry, std::move(ready[i]));
        zip_int64_t index = data ? zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data) zip_source_free(data);
            zip_error_t* e = zip_get_error(archive);
            std::string detail = zip_error_strerror(e);
            zip_discard(archive);
            zip_source_free(buffer);
            throw error("zip.write", tr("zip-paketet kunde inte skrivas ({0})", "the zip package could not be written ({0})",
                                        {detail}));
        }
        auto added = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive, added, entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6);
        zip_file_set_mtime(archive, added, fixed_time, 0);
        zip_file_set_external_attributes(archive, added, 0, ZIP_OPSYS_DOS, 0);
    }
    if (zip_close(archive) != 0) {
        zip_error_t* e = zip_get_error(archive);
        std::string detail = zip_error_strerror(e);
        zip_discard(archive);
        zip_source_free(buffer);
        throw error("zip.write", tr("zip-paketet kunde inte skrivas ({0})", "the zip package could not be written ({0})",
                                    {detail}));
    }
    std::string out;
    if (zip_source_open(buffer) != 0) fail(zip_source_error(buffer));
    char chunk[1 << 16];
    for (;;) {
        zip_int64_t n = zip_source_read(buffer, chunk, sizeof chunk);
        if (n < 0) fail(zip_source_error(buffer));
        if (n == 0) break;
        out.append(chunk, static_cast<std::size_t>(n));
    }
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

}  // namespace mk
