#pragma once
// A workbook FreeXL has opened from a file, closed when it goes out of scope. Used only inside the
// child process of freexl_child.hpp.
#include <cstdint>
#include <string>

#include <freexl.h>

namespace mk::xls {

class freexl_workbook {
public:
    // Opens the .xls file at path with FreeXL; throws mk::error with FreeXL's failure in words, or
    // when the workbook is password-protected.
    explicit freexl_workbook(const std::string& path);
    ~freexl_workbook();
    freexl_workbook(const freexl_workbook&) = delete;
    freexl_workbook& operator=(const freexl_workbook&) = delete;

    // FreeXL's count of worksheets.
    unsigned sheet_count() const;
    // Makes sheet index the one cell() reads, returning its name (UTF-8) and grid size.
    struct sheet_info {
        std::string name;
        std::uint32_t rows = 0;
        std::uint32_t cols = 0;
    };
    sheet_info select(unsigned index);
    // The value of a cell of the selected sheet (0-based).
    FreeXL_CellValue cell(std::uint32_t row, std::uint32_t col) const;

private:
    unsigned info(unsigned short what) const;
    const void* handle_ = nullptr;
};

// Throws the error of a password-protected .xls file.
[[noreturn]] void throw_encrypted();

// Throws the mk::error of FreeXL's result code when it is not FREEXL_OK.
void check_freexl(int code);

}  // namespace mk::xls
