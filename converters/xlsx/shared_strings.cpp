#include "converters/xlsx/shared_strings.hpp"

#include <algorithm>

#include "converters/package/xml.hpp"
#include "converters/package/xml_stream.hpp"
#include "converters/xlsx/text.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::xlsx {
namespace {

class shared_strings_reader : public xml_events {
public:
    explicit shared_strings_reader(std::string_view part) : part_(part) {}

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
            strings_.add(item_.take(), part_);
            in_item_ = false;
        }
        --depth_;
    }

    void text(std::string_view piece) override {
        if (depth_ > 2 && in_item_) item_.text(piece);
    }

    shared_texts take() { return std::move(strings_); }

private:
    std::string_view part_;
    int depth_ = 0;  // elements open; the root <sst> is depth 1
    bool in_item_ = false;
    string_item_events item_;
    shared_texts strings_;
};

}  // namespace

void shared_texts::add(std::string_view text, std::string_view part) {
    spend_memory(2 * sizeof(std::string_view), part);  // room for the views to double
    if (text.empty()) {
        texts_.emplace_back();
        return;
    }
    char* at = room_for(text.size(), part);
    std::copy(text.begin(), text.end(), at);
    texts_.emplace_back(at, text.size());
}

char* shared_texts::room_for(std::size_t size, std::string_view part) {
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

shared_texts read_shared_strings(zip_package& package, std::string_view part) {
    shared_strings_reader reader(part);
    read_xml_events(package, part, reader);
    return reader.take();
}

}  // namespace mk::xlsx
