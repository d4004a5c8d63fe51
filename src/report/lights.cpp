#include "src/report/lights.hpp"

namespace mk::report {

std::string_view light_fill(model::status status) {
    switch (status) {
        case model::status::done:
        case model::status::on_track: return "C6EFCE";
        case model::status::not_started: return "FFEB9C";
        case model::status::deviates: return "FFC7CE";
        case model::status::cancelled: return "D9D9D9";
        case model::status::unknown: return "";
    }
    return "";
}

std::string_view light_stroke(model::status status) {
    switch (status) {
        case model::status::done:
        case model::status::on_track: return "1E7B34";
        case model::status::not_started: return "9C6500";
        case model::status::deviates: return "9C0006";
        case model::status::cancelled: return "595959";
        case model::status::unknown: return "6B7280";
    }
    return "6B7280";
}

std::string_view status_name(model::status status) {
    switch (status) {
        case model::status::done: return "Genomfört";
        case model::status::on_track: return "Enligt plan";
        case model::status::not_started: return "Ej påbörjad";
        case model::status::deviates: return "Avviker";
        case model::status::cancelled: return "Utgår";
        case model::status::unknown: return "Okänd";
    }
    return "";
}

}  // namespace mk::report
