#include "converters/docx/text_body.hpp"

#include <string_view>

namespace mk::docx {

std::string text_body_text(pugi::xml_node body) {
    std::string out;
    for (pugi::xml_node p : body.children("a:p")) {
        std::string line;
        for (pugi::xml_node run : p.children()) {
            std::string_view name = run.name();
            if (name == "a:r" || name == "a:fld") line += run.child("a:t").text().get();
        }
        if (line.empty()) continue;
        if (!out.empty()) out += ' ';
        out += line;
    }
    return out;
}

}  // namespace mk::docx
