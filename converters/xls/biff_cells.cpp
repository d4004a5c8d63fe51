#include "converters/xls/biff_cells.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "converters/xls/biff_records.hpp"
#include "converters/xls/biff_styles.hpp"
#include "converters/xls/biff_text.hpp"
#include "converters/xls/little_endian.hpp"
#include "converters/xlsx/dates.hpp"
#include "src/core/memory_budget.hpp"

namespace mk::xls {
namespace {

// The text of an error value's code (MS-XLS 2.5.97 BErr).
std::string error_text(unsigned char code) {
    switch (code) {
        case 0x00: return "#NULL!";
        case 0x07: return "#DIV/0!";
        case 0x0F: return "#VALUE!";
        case 0x17: return "#REF!";
        case 0x1D: return "#NAME?";
        case 0x24: return "#NUM!";
        case 0x2A: return "#N/A";
        default: return "#ERR" + std::to_string(code);
    }
}

// The visibility a sheet record (BoundSheet8, MS-XLS 2.4.28) gives in hsState, its fifth byte.
sheet_visibility visibility(std::string_view boundsheet) {
    unsigned state = boundsheet.size() >= 5 ? static_cast<unsigned char>(boundsheet[4]) & 3u : 0;
    return state == 1   ? sheet_visibility::hidden
           : state == 2 ? sheet_visibility::very_hidden
                        : sheet_visibility::visible;
}

// What a formula's cached result (FormulaValue, MS-XLS 2.5.133) is when its last two bytes are
// 0xFFFF; any other eight bytes are a number.
enum class result_kind : unsigned char { text = 0, boolean = 1, error = 2, empty_text = 3 };

// A formula's text result as it arrives: in the STRING record after the formula, and in the
// CONTINUE records after that when it is long.
struct pending_text {
    std::uint32_t row = 0;
    std::uint32_t col = 0;
    bool started = false;
    std::size_t characters_left = 0;
    char16_t high_surrogate = 0;
    std::string value;
};

class extras_reader {
public:
    explicit extras_reader(std::string_view stream) : stream_(stream) {}

    std::vector<biff_sheet_extras> read() {
        for_each_record(stream_, [this](std::uint16_t type, std::size_t offset, std::string_view body) {
            add(type, offset, body);
            return type != record::filepass;
        });
        if (pending_text_ && pending_text_->started) finish_text();
        return std::move(sheets_);
    }

private:
    void add(std::uint16_t type, std::size_t offset, std::string_view body) {
        if (type != record::continued && pending_text_ && pending_text_->started) finish_text();
        if (type == record::bof || type == record::eof || is_cell_record(type)) pending_text_.reset();
        switch (type) {
            case record::bof: begin_substream(offset, body); break;
            case record::boundsheet:
                sheet_offsets_.push_back(body.size() >= 4 ? le32(body, 0) : no_offset);
                sheets_.emplace_back().visibility = visibility(body);
                spend_memory(sizeof(biff_sheet_extras), "Workbook");
                break;
            case record::datemode:
                if (body.size() >= 2)
                    dates_ = le16(body, 0) == 1 ? xlsx::date_system::from_1904 : xlsx::date_system::from_1900;
                break;
            case record::codepage:
                if (body.size() >= 2) codepage_ = le16(body, 0);
                break;
            case record::format:
            case record::xf:
            case record::palette: styles_.add(type, body, biff8_); break;
            case record::mergedcells: add_merges(body); break;
            case record::string: begin_text(body); break;
            case record::continued: continue_text(body); break;
            default:
                if (is_cell_record(type) && body.size() >= 6) add_cell(type, body);
        }
    }

    // A BOF record starts the globals or a sheet's records: the sheet whose record names this
    // offset, as FreeXL chooses it, or none (a chart's or a macro's records).
    void begin_substream(std::size_t offset, std::string_view body) {
        if (body.size() >= 2 && offset == 0) biff8_ = le16(body, 0) == 0x0600;
        auto found = std::ranges::find(sheet_offsets_, offset);
        sheet_index_ = found == sheet_offsets_.end()
                           ? std::nullopt
                           : std::optional(static_cast<std::size_t>(found - sheet_offsets_.begin()));
    }

    biff_sheet_extras& sheet() { return sheets_[*sheet_index_]; }

    void add_cell(std::uint16_t type, std::string_view body) {
        if (!sheet_index_) return;
        std::uint32_t row = le16(body, 0);
        std::uint32_t col = le16(body, 2);
        if (type == record::mulrk || type == record::mulblank) {
            // Each column's cell format (and, for MULRK, its number), then the last column.
            std::size_t step = type == record::mulrk ? 6 : 2;
            for (std::size_t at = 4; at + step + 2 <= body.size(); at += step, ++col) {
                add_fill(row, col, le16(body, at));
                if (type == record::mulrk) add_number(row, col, le16(body, at), rk_value(le32(body, at + 2)));
            }
            return;
        }
        std::uint16_t xf = le16(body, 4);
        add_fill(row, col, xf);
        if (type == record::number && body.size() >= 14) add_number(row, col, xf, double_at(body, 6));
        if (type == record::rk && body.size() >= 10) add_number(row, col, xf, rk_value(le32(body, 6)));
        if (type == record::boolerr && body.size() >= 8) add_boolerr(row, col, body);
        if (type == record::formula && body.size() >= 14) add_formula_result(row, col, xf, body.substr(6, 8));
    }

    // The solid fill of the cell at (row, col) with cell format xf, if it has one.
    void add_fill(std::uint32_t row, std::uint32_t col, std::uint16_t xf) {
        if (std::string rgb = styles_.fill(xf); !rgb.empty()) {
            spend_memory(sizeof(fill_range) + rgb.size(), "Workbook");
            sheet().fills.push_back({{row, col, row, col}, std::move(rgb)});
        }
    }

    // A number shown with cell format xf, as the .xlsx reader reads it: a date, date-time, time or
    // duration when the format makes it one, else a number (a percentage when the format shows one).
    void add_number(std::uint32_t row, std::uint32_t col, std::uint16_t xf, double value) {
        cell c;
        c.row = row;
        c.col = col;
        c.type = cell_type::number;
        c.number = value;
        xlsx::format_kind kind = styles_.kind(xf);
        c.percent = kind == xlsx::format_kind::percent;
        if (kind != xlsx::format_kind::number && kind != xlsx::format_kind::percent) {
            if (auto iso = xlsx::serial_to_iso(value, dates_, kind)) {
                c.type = cell_type::date;
                c.text = std::move(*iso);
            }
        }
        keep(std::move(c));
    }

    void add_boolerr(std::uint32_t row, std::uint32_t col, std::string_view body) {
        cell c;
        c.row = row;
        c.col = col;
        auto value = static_cast<unsigned char>(body[6]);
        if (body[7] != 0) {
            c.type = cell_type::error;
            c.text = error_text(value);
        } else {
            c.type = cell_type::boolean;
            c.number = value != 0;
        }
        keep(std::move(c));
    }

    void add_formula_result(std::uint32_t row, std::uint32_t col, std::uint16_t xf, std::string_view value) {
        cell c;
        c.row = row;
        c.col = col;
        if (le16(value, 6) != 0xFFFF) {
            add_number(row, col, xf, double_at(value, 0));
            return;
        } else if (static_cast<result_kind>(value[0]) == result_kind::boolean) {
            c.type = cell_type::boolean;
            c.number = value[2] != 0;
        } else if (static_cast<result_kind>(value[0]) == result_kind::error) {
            c.type = cell_type::error;
            c.text = error_text(static_cast<unsigned char>(value[2]));
        } else {
            // Text comes in the STRING record after the formula; an empty text is no cell.
            if (static_cast<result_kind>(value[0]) == result_kind::text) {
                pending_text_.emplace();
                pending_text_->row = row;
                pending_text_->col = col;
            }
            return;
        }
        keep(std::move(c));
    }

    // The first part of a formula's text result (MS-XLS 2.4.268 String).
    void begin_text(std::string_view body) {
        if (!pending_text_ || pending_text_->started || body.size() < 2) return;
        pending_text_->started = true;
        pending_text_->characters_left = le16(body, 0);
        append_text(body.substr(2), biff8_);
    }

    // A CONTINUE record after a STRING record: the rest of a long text, in BIFF8 after a byte of its
    // own saying whether the characters are 8 or 16 bits wide.
    void continue_text(std::string_view body) {
        if (!pending_text_ || !pending_text_->started || pending_text_->characters_left == 0) return;
        append_text(body, biff8_);
    }

    // Appends the characters of bytes (with their width byte first when has_width_byte) to the text,
    // and keeps the cell once all its characters have come.
    void append_text(std::string_view bytes, bool has_width_byte) {
        pending_text& text = *pending_text_;
        bool wide = false;
        if (has_width_byte) {
            if (bytes.empty()) return;
            wide = bytes[0] & 1;
            bytes.remove_prefix(1);
        }
        std::size_t width = wide ? 2 : 1;
        std::size_t count = std::min(text.characters_left, bytes.size() / width);
        bytes = bytes.substr(0, count * width);
        text.characters_left -= count;
        spend_memory(count * 4, "Workbook");
        if (!biff8_)
            text.value += codepage_text(bytes, codepage_);
        else
            append_biff_characters(text.value, bytes, wide, text.high_surrogate);
        if (text.characters_left == 0) finish_text();
    }

    void finish_text() {
        pending_text& text = *pending_text_;
        if (text.high_surrogate) append_biff_characters(text.value, {}, true, text.high_surrogate);
        if (!text.value.empty()) {
            cell c;
            c.row = text.row;
            c.col = text.col;
            c.text = std::move(text.value);
            keep(std::move(c));
        }
        pending_text_.reset();
    }

    void add_merges(std::string_view body) {
        if (!sheet_index_ || body.size() < 2) return;
        for (std::size_t i = 0, count = le16(body, 0); i < count && 2 + 8 * (i + 1) <= body.size(); ++i) {
            std::size_t at = 2 + 8 * i;
            cell_range range{le16(body, at), le16(body, at + 4), le16(body, at + 2), le16(body, at + 6)};
            if (range.first_row > range.last_row || range.first_col > range.last_col) continue;
            spend_memory(sizeof range, "Workbook");
            sheet().merges.push_back(range);
        }
    }

    void keep(cell c) {
        if (!sheet_index_) return;
        spend_memory(cell_memory(c), "Workbook");
        sheet().cells.push_back(std::move(c));
    }


    std::string_view stream_;
    std::vector<biff_sheet_extras> sheets_;
    // Where each sheet's records start, as its sheet record gives it (no_offset when it does not).
    static constexpr std::uint64_t no_offset = ~std::uint64_t{0};
    std::vector<std::uint64_t> sheet_offsets_;
    // The sheet whose records these are, if any.
    std::optional<std::size_t> sheet_index_;
    biff_styles styles_;
    bool biff8_ = true;
    std::uint16_t codepage_ = 1252;
    xlsx::date_system dates_ = xlsx::date_system::from_1900;
    std::optional<pending_text> pending_text_;
};

}  // namespace

std::vector<biff_sheet_extras> read_biff_extras(std::string_view stream) { return extras_reader(stream).read(); }

}  // namespace mk::xls
