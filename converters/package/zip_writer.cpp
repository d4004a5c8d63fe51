#include "converters/package/zip_writer.hpp"

#include <zip.h>

#include "src/core/error.hpp"

namespace mk {
namespace {

[[noreturn]] void fail(zip_error_t* err) {
    throw error("zip.write", tr("zip-paketet kunde inte skrivas ({0})", "the zip package could not be written ({0})",
                                {zip_error_strerror(err)}));
}

// 1980-01-01 00:00 local DOS time, the earliest a zip can hold.
constexpr time_t fixed_time = 315532800;

}  // namespace

std::string write_zip(const std::vector<zip_entry>& entries) {
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
    for (const zip_entry& entry : entries) {
        zip_source_t* data = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
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
        auto i = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive, i, entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6);
        zip_file_set_mtime(archive, i, fixed_time, 0);
        zip_file_set_external_attributes(archive, i, 0, ZIP_OPSYS_DOS, 0);
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
