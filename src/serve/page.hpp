#pragma once
// The page, its script, styles and icon, compiled into the binary (src/serve/page/).
#include <string_view>

namespace mk::serve::page {

extern const std::string_view html;
extern const std::string_view script;
extern const std::string_view styles;
extern const std::string_view icon;

}  // namespace mk::serve::page
