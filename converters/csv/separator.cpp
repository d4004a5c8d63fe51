#include "converters/csv/separator.hpp"

#include <algorithm>
#include <map>

#include "converters/csv/records.hpp"

namespace mk::csv {
namespace {

constexpr std::size_t sample_records = 50;

// Counts the fields of the first sample_records non-blank records.
class field_counter : public record_visitor {
public:
    void field(std::string_view) override { ++fields_; }
    void end_record() override {
        if (fields_ > 0) ++records_with_[fields_];
        records_ += fields_ > 0 ? 1 : 0;
        fields_ = 0;
    }
    bool done() const override { return records_ >= sample_records; }

    // How many records have the most common field count, when that count is above 1; else 0.
    std::size_t consistency() const {
        auto most = std::max_element(records_with_.begin(), records_with_.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
        return most == records_with_.end() || most->first < 2 ? 0 : most->second;
    }

private:
    std::size_t fields_ = 0;
    std::size_t records_ = 0;
    std::map<std::size_t, std::size_t> records_with_;
};

}  // namespace

char detect_separator(std::string_view text) {
    char best = ';';
    std::size_t best_score = 0;
    for (char candidate : {';', ',', '\t'}) {
        field_counter counter;
        parse_records(text, candidate, counter);
        std::size_t score = counter.consistency();
        if (score > best_score) {
            best = candidate;
            best_score = score;
        }
    }
    return best;
}

}  // namespace mk::csv
