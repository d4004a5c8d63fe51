#include "src/container/iso_moment.hpp"

namespace mk {
namespace {

using namespace std::chrono;

constexpr std::int32_t seconds_per_day = 86400;

// ISO text read from the front, one field at a time.
class iso_reader {
public:
    explicit iso_reader(std::string_view text) : text_(text) {}

    // Exactly `width` digits; nullopt unless all are digits.
    std::optional<int> digits(std::size_t width) {
        if (at_ + width > text_.size()) return std::nullopt;
        int value = 0;
        for (char c : text_.substr(at_, width)) {
            if (c < '0' || c > '9') return std::nullopt;
            value = value * 10 + (c - '0');
        }
        at_ += width;
        return value;
    }

    bool take(char expected) {
        if (at_ >= text_.size() || text_[at_] != expected) return false;
        ++at_;
        return true;
    }

    // One or more digits, the first of which says whether they round up.
    std::optional<bool> fraction_rounds_up() {
        std::size_t first = at_;
        while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
        if (at_ == first) return std::nullopt;
        return text_[first] >= '5';
    }

    bool done() const { return at_ == text_.size(); }

private:
    std::string_view text_;
    std::size_t at_ = 0;
};

// "HH:MM:SS", or when loose also "HH:MM" and a fraction of a second: seconds into the day, rounded
// half up.
std::optional<std::int32_t> time_of_day(iso_reader& in, bool loose) {
    auto hours = in.digits(2);
    if (!hours || *hours > 23 || !in.take(':')) return std::nullopt;
    auto minutes = in.digits(2);
    if (!minutes || *minutes > 59) return std::nullopt;
    std::int32_t seconds = *hours * 3600 + *minutes * 60;
    if (!in.take(':')) return loose ? std::optional(seconds) : std::nullopt;
    auto whole = in.digits(2);
    if (!whole || *whole > 59) return std::nullopt;
    seconds += *whole;
    if (loose && in.take('.')) {
        auto up = in.fraction_rounds_up();
        if (!up) return std::nullopt;
        seconds += *up;
    }
    return seconds;
}

std::optional<iso_moment> moment(std::string_view text, bool loose) {
    iso_reader in(text);
    auto y = in.digits(4);
    if (!y || *y == 0 || !in.take('-')) return std::nullopt;
    auto m = in.digits(2);
    if (!m || !in.take('-')) return std::nullopt;
    auto d = in.digits(2);
    if (!d) return std::nullopt;
    year_month_day date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!date.ok()) return std::nullopt;
    iso_moment out{sys_days{date}};
    if (in.take('T')) {
        auto seconds = time_of_day(in, loose);
        if (!seconds) return std::nullopt;
        out.seconds = *seconds;
        out.has_time = true;
    }
    if (loose) in.take('Z');
    if (!in.done()) return std::nullopt;
    if (out.seconds == seconds_per_day) {
        out.day += days{1};
        out.seconds = 0;
    }
    return out;
}

void append_digits(std::string& out, long long value, int width) {
    char buffer[4];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, static_cast<std::size_t>(width));
}

}  // namespace

std::optional<iso_moment> parse_iso_moment(std::string_view text) {
    return moment(text, false);
}

std::optional<iso_moment> parse_office_moment(std::string_view text) {
    return moment(text, true);
}

std::optional<std::int32_t> parse_time_of_day(std::string_view text) {
    iso_reader in(text);
    auto seconds = time_of_day(in, true);
    return seconds && in.done() ? seconds : std::nullopt;
}

std::optional<std::string> iso_text(year_month_day date, std::int64_t seconds, bool with_time) {
    int y = static_cast<int>(date.year());
    if (y < 1 || y > 9999) return std::nullopt;
    std::string out;
    append_digits(out, y, 4);
    out += '-';
    append_digits(out, static_cast<unsigned>(date.month()), 2);
    out += '-';
    append_digits(out, static_cast<unsigned>(date.day()), 2);
    if (!with_time) return out;
    out += 'T';
    append_digits(out, seconds / 3600, 2);
    out += ':';
    append_digits(out, seconds / 60 % 60, 2);
    out += ':';
    append_digits(out, seconds % 60, 2);
    return out;
}

std::optional<std::string> iso_text(sys_seconds moment, bool with_time) {
    sys_days day = floor<days>(moment);
    return iso_text(year_month_day{day}, (moment - day).count(), with_time);
}

std::string clock_text(std::int64_t seconds) {
    std::string out = seconds < 0 ? "-" : "";
    // Unsigned, so that the most negative value has a magnitude too.
    std::uint64_t magnitude =
        seconds < 0 ? 0 - static_cast<std::uint64_t>(seconds) : static_cast<std::uint64_t>(seconds);
    std::string hours = std::to_string(magnitude / 3600);
    if (hours.size() < 2) out += '0';
    out += hours;
    out += ':';
    append_digits(out, static_cast<std::int64_t>(magnitude / 60 % 60), 2);
    out += ':';
    append_digits(out, static_cast<std::int64_t>(magnitude % 60), 2);
    return out;
}

std::optional<std::int64_t> parse_clock_text(std::string_view text) {
    bool negative = text.starts_with('-');
    if (negative) text.remove_prefix(1);
    std::size_t colon = text.find(':');
    if (colon < 2 || colon > 9) return std::nullopt;
    iso_reader in(text);
    auto hours = in.digits(colon);
    if (!hours || !in.take(':')) return std::nullopt;
    auto minutes = in.digits(2);
    if (!minutes || *minutes > 59 || !in.take(':')) return std::nullopt;
    auto seconds = in.digits(2);
    if (!seconds || *seconds > 59 || !in.done()) return std::nullopt;
    std::int64_t total = std::int64_t{*hours} * 3600 + *minutes * 60 + *seconds;
    return negative ? -total : total;
}

std::string with_time_of_day(const std::string& iso) {
    auto moment = parse_iso_moment(iso);
    return moment && !moment->has_time ? iso + "T00:00:00" : iso;
}

}  // namespace mk
