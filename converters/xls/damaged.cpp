#include "converters/xls/damaged.hpp"

#include "src/core/error.hpp"

namespace mk::xls {

void throw_damaged(std::string code, std::string_view sv_detail, std::string_view en_detail,
                   std::initializer_list<std::string_view> args) {
    std::string sv = ".xls-filen är skadad: ";
    sv += sv_detail;
    sv += "; öppna den i Excel eller LibreOffice och spara den som .xlsx";
    std::string en = "the .xls file is damaged: ";
    en += en_detail;
    en += "; open it in Excel or LibreOffice and save it as .xlsx";
    throw error(std::move(code), tr(sv, en, args));
}

}  // namespace mk::xls
