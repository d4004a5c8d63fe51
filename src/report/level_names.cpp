#include "src/report/level_names.hpp"

#include "src/core/message.hpp"

namespace mk::report {

namespace {

message title_of(model::level level) {
    switch (level) {
        case model::level::kf: return tr("KF-mål", "Council goals");
        case model::level::namnd: return tr("Nämndmål", "Board goals");
        case model::level::forvaltning: return tr("Förvaltningens mål", "Administration goals");
        case model::level::enhet: return tr("Enhetens mål", "Unit goals");
        case model::level::medarbetare: return tr("Medarbetarmål", "Staff goals");
    }
    return {};
}

}  // namespace

std::string level_title(model::level level) { return title_of(level).text(); }

std::string level_title_sv(model::level level) { return title_of(level).sv; }

std::string level_short_name(model::level level) {
    switch (level) {
        case model::level::kf: return tr("KF", "council").text();
        case model::level::namnd: return tr("nämnd", "board").text();
        case model::level::forvaltning: return tr("förvaltning", "administration").text();
        case model::level::enhet: return tr("enhet", "unit").text();
        case model::level::medarbetare: return tr("medarbetare", "staff").text();
    }
    return {};
}

}  // namespace mk::report
