#include "converters/xlsx/shared_strings.hpp"

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
            std::string text = item_.take();
            spend_memory(2 * sizeof(std::string) + text.size(), part_);  // room for the vector to double
            strings_.push_back(std::move(text));
            in_item_ = false;
        }
        --depth_;
    }

    void text(std::string_view piece) override {
        if (depth_ > 2 && in_item_) item_.text(piece);
    }

    std::vector<std::string> take() { return std::move(strings_); }

private:
    std::string_view part_;
    int depth_ = 0;  // elements open; the root <sst> is depth 1
    bool in_item_ = false;
    string_item_events item_;
    std::vector<std::string> strings_;
};

}  // namespace

std::vector<std::string> read_shared_strings(zip_package& package, std::string_view part) {
    shared_strings_reader reader(part);
    read_xml_events(package, part, reader);
    return reader.take();
}

}  // namespace mk::xlsx
