#include "src/container/embedded_object.hpp"

namespace mk {

std::string_view embedded_kind_text(embedded_kind kind) {
    switch (kind) {
        case embedded_kind::spreadsheet: return "kalkylblad";
        case embedded_kind::text: return "textdokument";
        case embedded_kind::presentation: return "presentation";
        case embedded_kind::drawing: return "teckning";
        case embedded_kind::formula: return "formel";
    }
    return "objekt";
}

}  // namespace mk
