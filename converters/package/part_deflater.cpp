#include "converters/package/part_deflater.hpp"

#include <zlib.h>

#include <new>

#include "src/core/drain_behind.hpp"
#include "src/core/error.hpp"
#include "src/core/parallel_in_order.hpp"

namespace mk {
namespace {

// Bytes waiting for the deflating thread at most: the writer runs ahead of it by this much.
constexpr std::size_t deflate_window = std::size_t{4} << 20;

// zlib's level 6 (its default, and libdeflate's level for whole parts in zip_writer.cpp): on a
// report's XML it deflates 120 MiB in about a third of a second.
constexpr int deflate_level = 6;

}  // namespace

struct part_deflater::state {
    z_stream stream{};
    std::shared_ptr<deflated_bytes> out = std::make_shared<deflated_bytes>();
    // Null when the machine has one core: the caller's thread deflates.
    std::unique_ptr<drain_behind> behind;

    state() {
        // Raw deflate (negative window bits), as a zip entry holds it.
        int rc = deflateInit2(&stream, deflate_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        if (rc == Z_MEM_ERROR) throw std::bad_alloc();
        if (rc != Z_OK) fail();
        if (worker_threads() <= 1) return;
        try {
            behind = std::make_unique<drain_behind>([this](std::string_view piece) { add(piece, Z_NO_FLUSH); },
                                                    deflate_window);
        } catch (...) {
            deflateEnd(&stream);  // no destructor runs for a constructor that throws
            throw;
        }
    }

    ~state() {
        behind.reset();  // stops the thread before the stream it uses is ended
        deflateEnd(&stream);
    }

    // Deflates piece into out; with Z_FINISH, ends the stream.
    void add(std::string_view piece, int flush) {
        out->size += piece.size();
        // Not for no bytes: given a null buffer, crc32_z gives the initial value back.
        if (!piece.empty())
            out->crc = static_cast<std::uint32_t>(
                crc32_z(out->crc, reinterpret_cast<const Bytef*>(piece.data()), piece.size()));
        // zlib counts its input in 32 bits.
        constexpr std::size_t most = std::size_t{1} << 30;
        do {
            std::string_view part = piece.substr(0, most);
            piece.remove_prefix(part.size());
            deflate_part(part, piece.empty() ? flush : Z_NO_FLUSH);
        } while (!piece.empty());
    }

    void deflate_part(std::string_view part, int flush) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(part.data()));
        stream.avail_in = static_cast<uInt>(part.size());
        unsigned char chunk[1 << 16];
        do {
            stream.next_out = chunk;
            stream.avail_out = sizeof chunk;
            if (::deflate(&stream, flush) == Z_STREAM_ERROR) fail();
            out->data.append(reinterpret_cast<const char*>(chunk), sizeof chunk - stream.avail_out);
        } while (stream.avail_out == 0);
    }

    [[noreturn]] void fail() const {
        throw error("zip.write", tr("zip-paketet kunde inte skrivas ({0})",
                                    "the zip package could not be written ({0})", {stream.msg ? stream.msg : "zlib"}));
    }
};

part_deflater::part_deflater() : state_(std::make_unique<state>()) {}

part_deflater::~part_deflater() = default;

text_sink part_deflater::sink() {
    return [this](std::string_view piece) {
        if (state_->behind)
            state_->behind->push(piece);
        else
            state_->add(piece, Z_NO_FLUSH);
    };
}

std::shared_ptr<const deflated_bytes> part_deflater::finish() {
    if (state_->behind) state_->behind->finish();
    state_->add({}, Z_FINISH);
    return std::move(state_->out);
}

zip_entry streamed_entry(std::string name, const std::function<void(const text_sink&)>& write) {
    part_deflater part;
    write(part.sink());
    return {std::move(name), "", false, part.finish()};
}

}  // namespace mk
