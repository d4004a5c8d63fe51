#include "converters/xls/biff_extent.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "converters/xls/biff_records.hpp"
#include "converters/xls/damaged.hpp"
#include "converters/xls/limits.hpp"
#include "converters/xls/little_endian.hpp"
#include "src/core/error.hpp"

namespace mk::xls {
namespace {

void check_grid(std::uint64_t rows, std::uint64_t cols) {
    if (rows > limits::max_rows || cols > limits::max_cols)
        throw_damaged("xls.damaged",
                      "ett blad säger sig ha {0} rader och {1} kolumner (en .xls-fil rymmer högst 65536 × 256)",
                      "a sheet claims {0} rows and {1} columns (an .xls file holds at most 65536 × 256)",
                      {std::to_string(rows), std::to_string(cols)});
}

// Whether FreeXL turns a number with this format code into a date by counting its days one by one:
// its rule (freexl.c, check_format) is a y, m, d or h in any case, with y and m, or m and d.
bool freexl_counts_days(std::string_view code) {
    bool y = false, m = false, d = false;
    for (char c : code) {
        y |= c == 'y' || c == 'Y';
        m |= c == 'm' || c == 'M';
        d |= c == 'd' || c == 'D';
    }
    return (y && m) || (m && d);
}

class biff_meter {
public:
    explicit biff_meter(std::string_view stream) : stream_(stream) {}

    biff_extent measure() {
        for_each_record(stream_, [this](std::uint16_t type, std::size_t, std::string_view body) {
            add(type, body);
            return !extent_.encrypted;
        });
        end_sheet();
        return extent_;
    }

private:
    void add(std::uint16_t type, std::string_view body) {
        if (type == record::filepass) extent_.encrypted = true;
        if (type == record::bof) {
            end_sheet();
            if (body.size() >= 2) biff8_ = le16(body, 0) == 0x0600;
        } else if (type == record::dimensions) {
            add_dimensions(body);
        } else if (type == record::sst && body.size() >= 8) {
            if (le32(body, 4) > stream_.size())
                throw_damaged("xls.damaged", "tabellen av delade texter säger sig ha {0} texter",
                              "the shared-string table claims {0} strings", {std::to_string(le32(body, 4))});
            extent_.shared_strings += le32(body, 4);
        } else if (type == record::format && body.size() >= 2 && freexl_counts_days(format_code(body, biff8_))) {
            day_formats_.push_back(le16(body, 0));
        } else if (type == record::xf && body.size() >= 4) {
            std::uint16_t format = le16(body, 2);
            bool builtin = (format >= 14 && format <= 17) || format == 22;
            xf_counts_days_.push_back(builtin || std::ranges::find(day_formats_, format) != day_formats_.end());
        } else if (is_cell_record(type) && body.size() >= 4) {
            add_cell(type, body);
        }
    }

    void add_dimensions(std::string_view body) {
        std::uint64_t rows = body.size() >= 14 ? le32(body, 4) : body.size() >= 10 ? le16(body, 2) : 0;
        std::uint64_t cols = body.size() >= 14 ? le16(body, 10) : body.size() >= 10 ? le16(body, 6) : 0;
        check_grid(rows, cols);
        extent_.grid_cells += rows * cols;
    }

    void add_cell(std::uint16_t type, std::string_view body) {
        bool multiple = type == record::mulrk || type == record::mulblank;
        std::uint64_t last_col = multiple && body.size() >= 6 ? le16(body, body.size() - 2) : 0;
        rows_ = std::max<std::uint64_t>(rows_, le16(body, 0) + 1u);
        cols_ = std::max<std::uint64_t>(cols_, std::max<std::uint64_t>(le16(body, 2), last_col) + 1);
        check_grid(rows_, cols_);
        if (type == record::number && body.size() >= 14) {
            add_days(le16(body, 4), double_at(body, 6));
        } else if (type == record::rk && body.size() >= 10) {
            add_days(le16(body, 4), rk_value(le32(body, 6)));
        } else if (type == record::mulrk) {
            for (std::size_t at = 4; at + 6 + 2 <= body.size(); at += 6)
                add_days(le16(body, at), rk_value(le32(body, at + 2)));
        }
    }

    // Counts the days FreeXL counts one by one for a number shown with the cell format xf.
    void add_days(std::uint16_t xf, double value) {
        if (xf >= xf_counts_days_.size() || !xf_counts_days_[xf] || !(value >= 1)) return;
        extent_.date_days += value < 1e15 ? static_cast<std::uint64_t>(value) : std::uint64_t{1} << 50;
        if (extent_.date_days > limits::max_date_days)
            throw error("xls.date_work",
                        tr("datumen i .xls-filen ligger så långt fram att FreeXL skulle räkna fram dem i mer än några "
                           "sekunder (över {0} dagar sammanlagt): filen är skadad eller gjord för att belasta; öppna "
                           "den i Excel eller LibreOffice och spara den som .xlsx",
                           "the dates of the .xls file lie so far ahead that FreeXL would take more than a few "
                           "seconds to work them out (over {0} days in all): the file is damaged or made to load the "
                           "machine; open it in Excel or LibreOffice and save it as .xlsx",
                           {std::to_string(limits::max_date_days)}));
    }

    void end_sheet() {
        extent_.grid_cells += rows_ * cols_;
        rows_ = cols_ = 0;
    }

    std::string_view stream_;
    biff_extent extent_;
    bool biff8_ = true;
    // The furthest cell of the current sheet, as rows and columns counted from 1.
    std::uint64_t rows_ = 0;
    std::uint64_t cols_ = 0;
    std::vector<std::uint16_t> day_formats_;
    std::vector<bool> xf_counts_days_;
};

}  // namespace

biff_extent measure_biff(std::string_view stream) { return biff_meter(stream).measure(); }

}  // namespace mk::xls
