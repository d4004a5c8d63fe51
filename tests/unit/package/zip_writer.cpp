#include "zip_writer.hpp"

#include <zip.h>

#include <cstring>
#include <stdexcept>

namespace mk::test {
namespace {

struct zeros {
    std::uint64_t size = 0;
    std::uint64_t given = 0;
};

// A libzip source that yields zeros->size zero bytes.
zip_int64_t zero_source(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
    auto* z = static_cast<zeros*>(state);
    switch (command) {
        case ZIP_SOURCE_OPEN: z->given = 0; return 0;
        case ZIP_SOURCE_READ: {
            zip_uint64_t n = std::min<zip_uint64_t>(length, z->size - z->given);
            std::memset(data, 0, n);
            z->given += n;
            return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->size = z->size;
            st->valid |= ZIP_STAT_SIZE;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR: return 2 * sizeof(int);
        case ZIP_SOURCE_FREE: return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default: return -1;
    }
}

void check(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string("test zip: ") + what);
}

void add(zip_t* archive, const std::string& name, zip_source_t* source) {
    check(source != nullptr, "source");
    zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) zip_source_free(source);
    check(index >= 0, zip_strerror(archive));
}

std::string write_zip(const std::vector<zip_entry>& entries, const std::string* zeros_name, zeros* zero_state) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    check(buffer != nullptr, "buffer");
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    check(archive != nullptr, "open");
    for (const zip_entry& e : entries)
        add(archive, e.name, zip_source_buffer(archive, e.content.data(), e.content.size(), 0));
    if (zeros_name) add(archive, *zeros_name, zip_source_function(archive, zero_source, zero_state));
    check(zip_close(archive) == 0, "close");

    check(zip_source_open(buffer) == 0, "reopen");
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    check(zip_source_read(buffer, bytes.data(), bytes.size()) == size, "read back");
    zip_source_close(buffer);
    zip_source_free(buffer);
    return bytes;
}

}  // namespace

std::string make_zip(const std::vector<zip_entry>& entries) { return write_zip(entries, nullptr, nullptr); }

std::string make_zip_with_zeros(const std::vector<zip_entry>& entries, const std::string& name, std::uint64_t size) {
    zeros state{size, 0};
    return write_zip(entries, &name, &state);
}

std::string patch_bytes(std::string bytes, std::string_view from, std::string_view to) {
    check(from.size() == to.size(), "patch of another length");
    std::size_t at = bytes.find(from);
    check(at != std::string::npos, "nothing to patch");
    for (; at != std::string::npos; at = bytes.find(from, at + to.size())) bytes.replace(at, to.size(), to);
    return bytes;
}

}  // namespace mk::test
