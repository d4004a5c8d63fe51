#pragma once
// A workbook FreeXL has opened from a file, closed when it goes out of scope. Used only inside the
// child process of freexl_child.hpp.
#include <cstdint>
#include <string>

#include <freexl.h>

#include "src/container/workbook.hpp"

namespace mk::xls {

class freexl_workbook {
public:
    // Opens the .xls file at path with FreeXL; throws mk::error with FreeXL's failure in words, or
    // when the workbook is password-protected.
    explicit freexl_workbook(const std::string& path);
    ~freexl_workbook();
    freexl_workbook(const freexl_workbook&) = delete;
    freexl_workbook& operator=(const freexl_workbook&) = delete;

    // FreeXL's count of worksheets; throws mk::error when it is more than FreeXL can name.
    unsigned sheet_count() const;
    // Makes sheet index the one read_cell() reads, returning its name (UTF-8) and grid size; throws
    // mk::error when the grid is larger than an .xls sheet can be.
    struct sheet_info {
        std::string name;
        std::uint32_t rows = 0;
        std::uint32_t cols = 0;
    };
    sheet_info select(unsigned index);
    // The text of the selected sheet's cell at (row, col), 0-based, into out; false when it holds no
    // text (numbers, dates, booleans and errors come from biff_cells.hpp).
    bool read_cell(std::uint32_t row, std::uint32_t col, cell& out) const;

private:
    unsigned info(unsigned short what) const;
    const void* handle_ = nullptr;
};

// Throws the error of a password-protected .xls file.
[[noreturn]] void throw_encrypted();

// Throws the mk::error of FreeXL's result code when it is not FREEXL_OK.
void check_freexl(int code);

}  // namespace mk::xls
