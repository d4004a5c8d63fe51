#pragma once
// The one message of a damaged .xls file.
#include <initializer_list>
#include <string>
#include <string_view>

namespace mk::xls {

// Throws mk::error code: ".xls-filen är skadad: DETAIL; öppna den i Excel eller LibreOffice och
// spara den som .xlsx", with the detail in both languages ({0}… filled from args).
[[noreturn]] void throw_damaged(std::string code, std::string_view sv_detail, std::string_view en_detail,
                                std::initializer_list<std::string_view> args = {});

}  // namespace mk::xls
