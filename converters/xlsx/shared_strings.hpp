#pragma once
// The shared string table (sharedStrings.xml), read as a stream, on a thread of its own while the
// worksheets that use it are read.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "src/core/byte_source.hpp"

namespace mk::xlsx {

// Texts kept with their bytes packed into large blocks: a text costs its bytes, not a string and
// an allocation of its own. A kept text never moves.
class text_store {
public:
    // A copy of text in the store; throws mk::error naming part when it passes the memory budget.
    std::string_view keep(std::string_view text, std::string_view part);

private:
    // Room for the next text of size bytes: in the last block, else in a new one.
    char* room_for(std::size_t size, std::string_view part);

    std::vector<std::unique_ptr<char[]>> blocks_;      // shared by the texts they hold
    std::size_t block_used_ = 0;                       // bytes taken in the last of blocks_
    std::vector<std::unique_ptr<char[]>> own_blocks_;  // one long text each
};

// The texts of the <si> items of the <sst> part of an .xlsx, in order (rich text joined, phonetic
// runs left out, escapes decoded; the declared counts are not trusted), read on a thread of its own
// (with one core: at once) while the worksheets that use them are read. The thread counts against
// the memory budget of the thread that made the table, which alone uses it.
class shared_strings_ahead {
public:
    // Texts handed from the reading thread to the worksheets' at a time.
    static constexpr std::size_t batch_size = 4096;

    // Starts reading part (empty: the workbook has no shared strings) of the package in bytes,
    // opened again for the thread, as a package is read by one thread at a time.
    shared_strings_ahead(const byte_source& bytes, std::string part);
    // Stops the reading if it is still under way, and waits for its thread.
    ~shared_strings_ahead();
    shared_strings_ahead(const shared_strings_ahead&) = delete;
    shared_strings_ahead& operator=(const shared_strings_ahead&) = delete;

    // The text at index once the table has it; nullopt when the table ends before it. Throws what
    // reading the table threw (mk::error naming the part when it is not XML or passes a limit or the
    // memory budget) when it ends before index.
    std::optional<std::string_view> at(std::size_t index);
    // How many texts the table has, once all are read; throws what reading the table threw.
    std::size_t size();

private:
    // Reads the table, handing its texts on in batches; on the thread, or at once.
    void read(const byte_source& bytes) noexcept;
    // Hands the texts read since the last batch on; the last (done) wakes the reader for good.
    void hand_on(std::vector<std::string_view>& batch, bool done);
    // Takes the texts handed on since, waiting for them until the table has more than index
    // texts or has ended.
    void take_until(std::size_t index);

    std::string part_;
    text_store store_;  // written by the reading thread; its texts outlive it
    std::mutex mutex_;
    std::condition_variable handed_on_;
    // Batches handed on and not yet taken, and how many texts they hold: guarded by mutex_.
    std::vector<std::vector<std::string_view>> handed_;
    std::size_t handed_count_ = 0;
    bool done_ = false;          // guarded by mutex_
    std::exception_ptr failed_;  // guarded by mutex_; final once done_
    std::atomic<bool> stop_{false};
    // The texts taken so far, in their batches: each of batch_size texts but the last, so that the
    // text at index is in batch index / batch_size, and none moves as more come.
    std::vector<std::vector<std::string_view>> texts_;
    std::size_t count_ = 0;   // texts in texts_
    bool all_taken_ = false;  // the texts of the whole table are in texts_
    std::thread thread_;
};

}  // namespace mk::xlsx
