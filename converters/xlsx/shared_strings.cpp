#include "converters/xlsx/shared_strings.hpp"

#include <algorithm>
#include <functional>
#include <utility>

#include "converters/package/xml.hpp"
#include "converters/package/xml_stream.hpp"
#include "converters/package/zip.hpp"
#include "converters/xlsx/text.hpp"
#include "src/core/memory_budget.hpp"
#include "src/core/parallel_in_order.hpp"

namespace mk::xlsx {
namespace {

// Thrown inside the reading thread to end it early, when the table is no longer wanted.
struct reading_stopped {};

class shared_strings_reader : public xml_events {
public:
    explicit shared_strings_reader(std::function<void(std::string_view)> add) : add_(std::move(add)) {}

    void start(std::string_view uri, std::string_view local, std::span<const xml_attribute_event>) override {
        ++depth_;
        if (depth_ == 2) {
            in_item_ = is_spreadsheetml_or_none(uri) && local == "si";
        } else if (depth_ > 2 && in_item_) {
            item_.start(is_spreadsheetml_or_none(uri), local);
        }
    }

    void end() override {
        if (depth_ > 2 && in_item_) {
            item_.end();
        } else if (depth_ == 2 && in_item_) {
            add_(item_.take());
            in_item_ = false;
        }
        --depth_;
    }

    void text(std::string_view piece) override {
        if (depth_ > 2 && in_item_) item_.text(piece);
    }

private:
    std::function<void(std::string_view)> add_;
    int depth_ = 0;  // elements open; the root <sst> is depth 1
    bool in_item_ = false;
    string_item_events item_;
};

}  // namespace

std::string_view text_store::keep(std::string_view text, std::string_view part) {
    if (text.empty()) return {};
    char* at = room_for(text.size(), part);
    std::copy(text.begin(), text.end(), at);
    return {at, text.size()};
}

char* text_store::room_for(std::size_t size, std::string_view part) {
    // A text of more than a quarter block gets a block of its own, so that at most a quarter of
    // each shared block is left unused.
    constexpr std::size_t block_size = 1 << 20;
    if (size > block_size / 4) {
        spend_memory(size, part);
        return own_blocks_.emplace_back(std::make_unique<char[]>(size)).get();
    }
    if (blocks_.empty() || block_used_ + size > block_size) {
        spend_memory(block_size, part);
        blocks_.push_back(std::make_unique<char[]>(block_size));
        block_used_ = 0;
    }
    char* at = blocks_.back().get() + block_used_;
    block_used_ += size;
    return at;
}

shared_strings_ahead::shared_strings_ahead(const byte_source& bytes, std::string part) : part_(std::move(part)) {
    if (worker_threads() < 2) {
        read(bytes);
        return;
    }
    thread_ = std::thread([this, bytes, budget = current_memory_budget()] {
        memory_budget_share share(budget);
        read(bytes);
    });
}

shared_strings_ahead::~shared_strings_ahead() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
}

void shared_strings_ahead::read(const byte_source& bytes) noexcept {
    std::vector<std::string_view> batch;
    batch.reserve(batch_size);
    try {
        if (!part_.empty()) {
            // The thread's own package: the limits of the inflated total count this part apart.
            zip_package package = zip_package::open(bytes);
            shared_strings_reader reader([&](std::string_view text) {
                if (stop_.load(std::memory_order_relaxed)) throw reading_stopped{};
                batch.push_back(store_.keep(text, part_));
                if (batch.size() == batch_size) hand_on(batch, false);
            });
            read_xml_events(package, part_, reader);
        }
        hand_on(batch, true);
    } catch (...) {
        {
            std::lock_guard lock(mutex_);
            failed_ = std::current_exception();
            done_ = true;
        }
        handed_on_.notify_one();
    }
}

void shared_strings_ahead::hand_on(std::vector<std::string_view>& batch, bool done) {
    {
        std::lock_guard lock(mutex_);
        handed_count_ += batch.size();
        if (!batch.empty()) handed_.push_back(std::move(batch));
        done_ = done;
    }
    batch = {};
    if (!done) batch.reserve(batch_size);
    handed_on_.notify_one();
}

void shared_strings_ahead::take_until(std::size_t index) {
    std::unique_lock lock(mutex_);
    handed_on_.wait(lock, [&] { return done_ || count_ + handed_count_ > index; });
    spend_memory(sizeof(std::string_view) * handed_count_, part_);
    for (std::vector<std::string_view>& batch : handed_) texts_.push_back(std::move(batch));
    handed_.clear();
    count_ += handed_count_;
    handed_count_ = 0;
    all_taken_ = done_;
}

std::optional<std::string_view> shared_strings_ahead::at(std::size_t index) {
    if (index >= count_ && !all_taken_) take_until(index);
    if (index < count_) return texts_[index / batch_size][index % batch_size];
    size();  // throws what reading the table threw
    return std::nullopt;
}

std::size_t shared_strings_ahead::size() {
    if (!all_taken_) take_until(SIZE_MAX);
    std::lock_guard lock(mutex_);
    if (failed_) std::rethrow_exception(failed_);
    return count_;
}

}  // namespace mk::xlsx
