#pragma once
// The cell formats (cellXfs) the .xlsx writer gives a workbook: one per look and number format.
#include <array>
#include <cstdint>
#include <vector>

#include "src/container/workbook.hpp"

namespace mk::xlsx {

// percent shows a whole percentage, percent_1 and percent_2 one with 1 and 2 decimals.
enum class number_format : std::uint8_t { general, date, date_time, time, percent, percent_1, percent_2 };
inline constexpr std::size_t number_format_count = 7;

// Custom number format id of date_time ("yyyy-mm-dd hh:mm:ss"); date uses the built-in 14, time
// the built-in 46 ("[h]:mm:ss", which shows a time of day and a duration of any length alike).
inline constexpr std::uint32_t date_time_format_id = 164;
// Custom number format ids of percent ("0 %", a whole percentage with a space before the sign, as
// Swedish text writes it), percent_1 ("0.0 %") and percent_2 ("0.00 %").
inline constexpr std::uint32_t percent_format_id = 165;
inline constexpr std::uint32_t percent_1_format_id = 166;
inline constexpr std::uint32_t percent_2_format_id = 167;

class cell_formats {
public:
    // The number formats book needs (general, then date, date_time, time and percent when some
    // cell shows one) for every style of book.styles; throws mk::error when they are more than Excel allows.
    explicit cell_formats(const workbook& book);

    // The number format a cell with look style is written with: date_time for a date with a time
    // part, time for a time alone, percent (or percent_1, percent_2 by its decimals) for a number
    // whose look shows a percentage.
    static number_format format_of(const cell& c, const cell_style& style);

    // Index into cellXfs of style shown with format; format must be one of formats().
    std::uint32_t xf(std::uint16_t style, number_format format) const {
        return static_cast<std::uint32_t>(style * formats_.size()) + slot_[static_cast<std::size_t>(format)];
    }
    // The number formats in use, in the order they repeat for each style.
    const std::vector<number_format>& formats() const { return formats_; }

private:
    std::vector<number_format> formats_;
    std::array<std::uint32_t, number_format_count> slot_{};
};

}  // namespace mk::xlsx
