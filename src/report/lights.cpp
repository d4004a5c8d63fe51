#include "src/report/lights.hpp"

#include "src/text/fold.hpp"

namespace mk::report {

std::optional<model::light_colour> status_light(model::status status) {
    switch (status) {
        case model::status::done:
        case model::status::on_track: return model::light_colour::green;
        case model::status::not_started:
        case model::status::partly: return model::light_colour::yellow;
        case model::status::deviates: return model::light_colour::red;
        case model::status::cancelled: return model::light_colour::grey;
        case model::status::unknown: return std::nullopt;
    }
    return std::nullopt;
}

std::string_view light_fill(model::status status) {
    switch (status_light(status).value_or(model::light_colour::blue)) {
        case model::light_colour::green: return "C6EFCE";
        case model::light_colour::yellow: return "FFEB9C";
        case model::light_colour::red: return "FFC7CE";
        case model::light_colour::grey: return "D9D9D9";
        case model::light_colour::blue: return "";
    }
    return "";
}

std::string_view light_stroke(model::status status) {
    switch (status_light(status).value_or(model::light_colour::blue)) {
        case model::light_colour::green: return "1E7B34";
        case model::light_colour::yellow: return "9C6500";
        case model::light_colour::red: return "9C0006";
        case model::light_colour::grey: return "595959";
        case model::light_colour::blue: return "6B7280";
    }
    return "6B7280";
}

std::string_view status_name(model::status status) {
    switch (status) {
        case model::status::done: return "Genomfört";
        case model::status::on_track: return "Enligt plan";
        case model::status::not_started: return "Ej påbörjad";
        case model::status::partly: return "Delvis uppfyllt";
        case model::status::deviates: return "Avviker";
        case model::status::cancelled: return "Utgår";
        case model::status::unknown: return "Okänd";
    }
    return "";
}

std::string light_and_word(const model::status_report& report) {
    auto light = status_light(report.value);
    if (!light) return report.word;
    std::string_view name = model::colour_word(*light);
    if (text::fold(report.word) == text::fold(name)) return report.word;
    return std::string(name) + " \u2013 " + report.word;
}

}  // namespace mk::report
