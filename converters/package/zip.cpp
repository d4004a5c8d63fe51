#include "converters/package/zip.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <exception>
#include <new>
#include <span>
#include <unordered_set>
#include <utility>

#include "converters/package/limits.hpp"
#include "src/core/error.hpp"
#include "src/core/fill_ahead.hpp"
#include "src/core/memory_budget.hpp"
#include "src/core/parallel_in_order.hpp"

namespace mk {

struct zip_package::archive {
    zip_t* handle = nullptr;
    ~archive() {
        if (handle) zip_discard(handle);
    }
};

namespace {

[[noreturn]] void fail_damaged(std::string_view detail) {
    throw error("zip.damaged",
                tr("filen är skadad eller ofullständig ({0}): spara om den i Excel, Word eller LibreOffice och "
                   "försök igen",
                   "the file is damaged or incomplete ({0}): save it again in Excel, Word or LibreOffice and try "
                   "again",
                   {detail}));
}

// The error a byte_source threw while libzip read it on this thread, rethrown in its place when
// libzip reports the failed read: libzip is C, so nothing may be thrown through it.
thread_local std::exception_ptr source_failure;

// Why libzip failed, in the user's language: never libzip's own English text.
message libzip_reason(int code) {
    switch (code) {
        case ZIP_ER_NOZIP: return tr("inget zip-paket", "not a zip package");
        case ZIP_ER_INCONS:
            return tr("paketets innehållsförteckning stämmer inte", "the package's table of contents is inconsistent");
        case ZIP_ER_CRC: return tr("kontrollsumman stämmer inte", "the checksum does not match");
        case ZIP_ER_EOF:
        case ZIP_ER_READ: return tr("filen tar slut för tidigt", "the file ends too early");
        case ZIP_ER_ZLIB:
        case ZIP_ER_COMPRESSED_DATA: return tr("de packade data är trasiga", "the compressed data is broken");
        default: return tr("zip-fel {0}", "zip error {0}", {std::to_string(code)});
    }
}

// Refuses the file for libzip's error code while reading part (empty: the package itself).
[[noreturn]] void fail_libzip(int code, std::string_view part) {
    if (std::exception_ptr failure = std::exchange(source_failure, nullptr)) std::rethrow_exception(failure);
    if (code == ZIP_ER_COMPNOTSUPP || code == ZIP_ER_ENCRNOTSUPP)
        throw error("zip.unsupported_method",
                    tr("delen \"{0}\" är packad med en metod som inte stöds (bara de som Excel, Word och LibreOffice "
                       "använder): spara om filen i Excel, Word eller LibreOffice och försök igen",
                       "the part \"{0}\" is compressed with a method that is not supported (only those Excel, Word and "
                       "LibreOffice use): save the file again in Excel, Word or LibreOffice and try again",
                       {part}));
    if (code == ZIP_ER_MEMORY) throw std::bad_alloc();
    std::string reason = libzip_reason(code).text();
    fail_damaged(part.empty() ? reason : std::string(part) + ": " + reason);
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

// Rejects names that could escape a folder or be read differently on another system.
void check_name(std::string_view name) {
    auto hostile = [&](std::string_view why_sv, std::string_view why_en) {
        throw error("zip.bad_name",
                    tr("filen innehåller en otillåten sökväg \"{0}\" ({1}): filen kan vara manipulerad",
                       "the file contains a forbidden path \"{0}\" ({1}): the file may have been tampered with",
                       {name.substr(0, 200), current_language() == language::en ? why_en : why_sv}));
    };
    if (name.empty()) hostile("tomt namn", "empty name");
    if (name.size() > limits::max_name_length) hostile("för långt namn", "name too long");
    if (name.front() == '/') hostile("absolut sökväg", "absolute path");
    if (name.size() > 1 && name[1] == ':') hostile("absolut sökväg", "absolute path");
    if (name.find('\\') != std::string_view::npos) hostile("omvänt snedstreck", "backslash");
    std::size_t start = 0;
    while (start <= name.size()) {
        auto end = name.find('/', start);
        if (end == std::string_view::npos) end = name.size();
        if (name.substr(start, end - start) == "..") hostile("\"..\" i sökvägen", "\"..\" in the path");
        start = end + 1;
    }
}

std::uint32_t le16(std::string_view b, std::size_t at) {
    return static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}

std::uint32_t le32(std::string_view b, std::size_t at) { return le16(b, at) | le16(b, at + 2) << 16; }

constexpr std::size_t eocd_size = 22;

// The most bytes read_pieces hands over at once.
constexpr std::size_t piece_size = 1 << 16;
// Entries of at least this many bytes (by their header) are inflated on a thread of their own, up
// to pieces_ahead pieces ahead of the one being parsed.
constexpr std::uint64_t inflate_ahead_size = 1 << 20;
constexpr std::size_t pieces_ahead = 8;

// Where the end-of-central-directory record starts: the last "PK\5\6" in the bytes a record and
// its longest comment can take at the end.
std::optional<std::size_t> end_record_at(std::string_view bytes) {
    if (bytes.size() < eocd_size) return std::nullopt;
    std::size_t lowest = bytes.size() > eocd_size + 0xFFFF ? bytes.size() - eocd_size - 0xFFFF : 0;
    for (std::size_t at = bytes.size() - eocd_size + 1; at-- > lowest;)
        if (bytes.compare(at, 4, "PK\5\6") == 0) return at;
    return std::nullopt;
}

// The most bytes of central directory read to check its names: 10,000 entries with names of the
// longest allowed take 10 MiB.
constexpr std::uint64_t max_directory_size = 64ull << 20;

// The entry names where the central directory stores them with their lengths: libzip hands names
// out as C strings, which hide a NUL inside a name. Every offset is checked against the directory
// the end record declares; at anything unexpected the list ends there and the rest is left to
// libzip to judge.
std::vector<std::string> central_directory_names(const byte_source& source) {
    std::vector<std::string> names;
    std::string tail(static_cast<std::size_t>(std::min<std::uint64_t>(source.size(), eocd_size + 0xFFFF)), '\0');
    source.read_at(source.size() - tail.size(), tail);
    std::optional<std::size_t> at = end_record_at(tail);
    if (!at) return names;
    std::uint64_t directory_size = le32(tail, *at + 12);
    std::uint64_t directory_offset = le32(tail, *at + 16);
    if (directory_offset + directory_size > source.size()) return names;
    if (directory_size > max_directory_size)
        fail_damaged(current_language() == language::en ? "the table of contents is over 64 MiB"
                                                        : "innehållsförteckningen är över 64 MiB");
    std::string directory(static_cast<std::size_t>(directory_size), '\0');
    directory.resize(source.read_at(directory_offset, directory));
    std::size_t entry = 0;
    std::uint32_t count = le16(tail, *at + 10);
    for (std::uint32_t i = 0; i < count; ++i) {
        if (entry + 46 > directory.size() || directory.compare(entry, 4, "PK\1\2") != 0) return names;
        std::size_t name_length = le16(directory, entry + 28);
        if (entry + 46 + name_length > directory.size()) return names;
        names.push_back(directory.substr(entry + 46, name_length));
        entry += 46 + name_length + le16(directory, entry + 30) + le16(directory, entry + 32);
    }
    return names;
}

// A libzip source reading a byte_source's file as libzip asks. Each package has a source of its
// own: a package's threads read the same file with pread, which keeps no shared position.
struct file_source {
    byte_source bytes;
    zip_uint64_t offset = 0;
    zip_error_t error{};
};

zip_int64_t read_file_source(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
    auto* source = static_cast<file_source*>(state);
    switch (command) {
        case ZIP_SOURCE_OPEN: source->offset = 0; return 0;
        case ZIP_SOURCE_READ:
            try {
                std::size_t n = source->bytes.read_at(source->offset, {static_cast<char*>(data), length});
                source->offset += n;
                return static_cast<zip_int64_t>(n);
            } catch (...) {
                source_failure = std::current_exception();
                zip_error_set(&source->error, ZIP_ER_READ, 0);
                return -1;
            }
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &source->error);
            if (!st) return -1;
            zip_stat_init(st);
            st->size = source->bytes.size();
            st->valid |= ZIP_STAT_SIZE;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR: return zip_error_to_data(&source->error, data, length);
        case ZIP_SOURCE_FREE: delete source; return 0;
        case ZIP_SOURCE_SEEK: {
            zip_int64_t at =
                zip_source_seek_compute_offset(source->offset, source->bytes.size(), data, length, &source->error);
            if (at < 0) return -1;
            source->offset = static_cast<zip_uint64_t>(at);
            return 0;
        }
        case ZIP_SOURCE_TELL: return static_cast<zip_int64_t>(source->offset);
        case ZIP_SOURCE_SUPPORTS: return ZIP_SOURCE_SUPPORTS_SEEKABLE;
        default: zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0); return -1;
    }
}

// A libzip source of the bytes: a view of them in memory, else their file read as needed.
zip_source_t* libzip_source(const byte_source& bytes, zip_error_t* error) {
    if (bytes.in_memory()) return zip_source_buffer_create(bytes.bytes().data(), bytes.size(), 0, error);
    auto* state = new file_source{bytes};
    zip_source_t* source = zip_source_function_create(read_file_source, state, error);
    if (!source) delete state;
    return source;
}

[[noreturn]] void fail_duplicate(std::string_view name) {
    throw error(
        "zip.duplicate_name",
        tr("filen innehåller delen \"{0}\" två gånger: filen kan vara manipulerad",
           "the file contains the part \"{0}\" twice: the file may have been tampered with", {name.substr(0, 200)}));
}

// The first name that occurs twice, exactly; empty when there is none.
std::string_view first_duplicate(const std::vector<std::string>& names) {
    std::unordered_set<std::string_view> seen;
    for (std::string_view name : names)
        if (!seen.insert(name).second) return name;
    return {};
}

}  // namespace

bool looks_like_zip(const byte_source& bytes) {
    char buffer[4];
    std::string_view head(buffer, bytes.read_at(0, buffer));
    return head.size() == 4 && head.substr(0, 2) == "PK" &&
           ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
}

std::optional<std::size_t> data_before_zip(std::string_view bytes) {
    std::optional<std::size_t> at = end_record_at(bytes);
    if (!at || looks_like_zip(bytes)) return std::nullopt;
    std::size_t directory_size = le32(bytes, *at + 12);
    std::size_t directory_offset = le32(bytes, *at + 16);
    if (directory_size > *at || directory_offset + directory_size >= *at) return std::nullopt;
    std::size_t directory = *at - directory_size;
    if (directory_size > 0 && bytes.compare(directory, 4, "PK\1\2") != 0) return std::nullopt;
    return *at - directory_offset - directory_size;
}

zip_package::zip_package(std::unique_ptr<archive> impl) : impl_(std::move(impl)) {}
zip_package::zip_package(zip_package&&) noexcept = default;
zip_package& zip_package::operator=(zip_package&&) noexcept = default;
zip_package::~zip_package() = default;

zip_package zip_package::open(const byte_source& bytes) {
    if (bytes.size() == 0) throw error("file.empty", tr("filen är tom", "the file is empty"));
    if (!looks_like_zip(bytes))
        throw error("zip.not_zip", tr("filen är inget zip-paket (inte .xlsx, .ods, .docx eller .odt)",
                                      "the file is not a zip package (not .xlsx, .ods, .docx or .odt)"));
    std::vector<std::string> raw_names = central_directory_names(bytes);
    if (std::any_of(raw_names.begin(), raw_names.end(),
                    [](std::string_view name) { return name.find('\0') != std::string_view::npos; }))
        throw error("zip.bad_name", tr("filen innehåller en otillåten sökväg (NUL-tecken i namnet): filen kan vara "
                                       "manipulerad",
                                       "the file contains a forbidden path (NUL character in the name): the file may "
                                       "have been tampered with"));
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* source = libzip_source(bytes, &err);
    if (!source) fail_libzip(zip_error_code_zip(&err), {});
    zip_t* handle = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!handle) {
        zip_source_free(source);
        int code = zip_error_code_zip(&err);
        zip_error_fini(&err);
        // libzip refuses an archive with two entries of the same name as inconsistent.
        if (code == ZIP_ER_EXISTS) fail_duplicate(first_duplicate(raw_names));
        fail_libzip(code, {});
    }
    auto impl = std::make_unique<archive>();
    impl->handle = handle;
    zip_package package(std::move(impl));

    zip_int64_t count = zip_get_num_entries(handle, 0);
    if (count < 0) fail_damaged("entries");
    if (static_cast<std::uint64_t>(count) > limits::max_entries)
        throw error("zip.too_many_entries",
                    tr("filen har fler än {0} delar och öppnas inte: den är troligen manipulerad",
                       "the file has more than {0} parts and is not opened: it has probably been tampered with",
                       {std::to_string(limits::max_entries)}));
    std::unordered_set<std::string> seen;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(handle, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
        if (!raw) fail_damaged("name");
        std::string name(raw);
        check_name(name);
        if (!seen.insert(lower_ascii(name)).second) fail_duplicate(name);
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(handle, static_cast<zip_uint64_t>(i), ZIP_FL_UNCHANGED, &st) != 0) fail_damaged("stat");
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            throw error("zip.encrypted", tr("filen är krypterad: spara den utan lösenord och försök igen",
                                            "the file is encrypted: save it without a password and try again"));
        package.names_.push_back(std::move(name));
    }
    return package;
}

zip_package zip_package::of_entries(const std::vector<zip_entry>& entries) {
    zip_package package(nullptr);
    package.entries_ = &entries;
    for (const zip_entry& entry : entries) package.names_.push_back(entry.name);
    return package;
}

bool zip_package::contains(std::string_view name) const {
    return std::find(names_.begin(), names_.end(), name) != names_.end();
}

std::size_t zip_package::index_of(std::string_view name) const {
    auto it = std::find(names_.begin(), names_.end(), name);
    if (it == names_.end())
        throw error("zip.missing_part",
                    tr("delen \"{0}\" saknas i filen", "the part \"{0}\" is missing from the file", {name}));
    return static_cast<std::size_t>(it - names_.begin());
}

std::string zip_package::read(std::string_view name) {
    if (entries_) return (*entries_)[index_of(name)].bytes;
    std::string out;
    read_pieces(name, [&](std::string_view piece) {
        std::size_t size = out.size() + piece.size();
        if (size > out.capacity()) {
            // The string's next block is counted before it is made: std::string grows by doubling.
            std::size_t grown = std::max(size, 2 * out.capacity());
            spend_memory(grown, name);
            out.reserve(grown);
        }
        out.append(piece);
    });
    return out;
}

void zip_package::read_pieces(std::string_view name, const std::function<void(std::string_view)>& take,
                              const std::function<void(std::string_view)>& inspect) {
    auto index = static_cast<zip_uint64_t>(index_of(name));
    auto hand_over = [&](std::string_view piece) {
        if (inspect) inspect(piece);
        take(piece);
    };
    if (entries_) {
        std::string_view bytes = (*entries_)[index].bytes;
        for (std::size_t at = 0; at < bytes.size(); at += piece_size) hand_over(bytes.substr(at, piece_size));
        return;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(impl_->handle, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_COMP_SIZE)) fail_damaged("stat");
    zip_file_t* file = zip_fopen_index(impl_->handle, index, 0);
    if (!file) fail_libzip(zip_error_code_zip(zip_get_error(impl_->handle)), name);
    // The entry is closed however this ends: a limit passed, a damaged entry or take throwing.
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> open_file(file, zip_fclose);
    auto too_large = [&](std::string_view why_sv, std::string_view why_en) {
        throw error("zip.bomb",
                    tr("delen \"{0}\" packas upp till orimligt mycket data ({1}): filen är troligen en "
                       "zip-bomb och öppnas inte",
                       "the part \"{0}\" inflates to an unreasonable amount of data ({1}): the file is probably "
                       "a zip bomb and is not opened",
                       {name, current_language() == language::en ? why_en : why_sv}));
    };
    std::uint64_t size = 0;
    auto inflate = [&](std::span<char> buffer) -> std::size_t {
        zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
        if (n < 0) fail_libzip(zip_error_code_zip(zip_file_get_error(file)), name);
        size += static_cast<std::uint64_t>(n);
        if (size > limits::max_entry_size) too_large("över 512 MiB", "over 512 MiB");
        if (inflated_total_ + static_cast<std::uint64_t>(n) > limits::max_total_size)
            too_large("över 2 GiB sammanlagt", "over 2 GiB in all");
        if (size > limits::ratio_threshold && size > limits::max_ratio * st.comp_size)
            too_large("mer än 100 gånger den packade storleken", "more than 100 times its compressed size");
        inflated_total_ += static_cast<std::uint64_t>(n);
        return static_cast<std::size_t>(n);
    };
    if ((st.valid & ZIP_STAT_SIZE) && st.size >= inflate_ahead_size && worker_threads() > 1) {
        auto inflate_and_inspect = [&](std::span<char> buffer) {
            std::size_t n = inflate(buffer);
            if (n != 0 && inspect) inspect(std::string_view(buffer.data(), n));
            return n;
        };
        fill_ahead(piece_size, pieces_ahead, inflate_and_inspect, take);
    } else {
        std::array<char, piece_size> chunk;
        while (std::size_t n = inflate(chunk)) hand_over(std::string_view(chunk.data(), n));
    }
    if (int code = zip_fclose(open_file.release()); code != 0) fail_libzip(code, name);
    if ((st.valid & ZIP_STAT_SIZE) && st.size != size)
        fail_damaged(std::string(name) + (current_language() == language::en ? ": size differs from the header"
                                                                             : ": storleken stämmer inte med huvudet"));
}

}  // namespace mk
