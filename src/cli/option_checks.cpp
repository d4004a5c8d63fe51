#include "src/cli/option_checks.hpp"

#include <charconv>
#include <filesystem>

#include "src/core/error.hpp"
#include "src/pipeline/outputs.hpp"

namespace mk::cli {

namespace value_name {
std::string file() { return tr("FIL", "FILE").text(); }
std::string folder() { return tr("MAPP", "FOLDER").text(); }
std::string date() { return tr("ÅÅÅÅ-MM-DD", "YYYY-MM-DD").text(); }
std::string year() { return tr("ÅÅÅÅ", "YYYY").text(); }
std::string lasar() { return tr("ÅÅÅÅ/ÅÅ", "YYYY/YY").text(); }
std::string name() { return tr("NAMN", "NAME").text(); }
std::string number() { return tr("TAL", "NUMBER").text(); }
std::string text() { return "TEXT"; }
}  // namespace value_name

std::string readable_extensions(format_kind kind) {
    return extension_list(formats_where([kind](const file_format& f) { return f.kind == kind && f.readable(); }));
}

std::string alternatives_name(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : "|") + v;
    return out;
}

CLI::Validator checked(std::optional<message> (*problem)(std::string_view)) {
    return CLI::Validator([problem](std::string& value) { return problem(value).value_or(message{}).text(); }, "");
}

CLI::Validator in_range(long long low, long long high) {
    return CLI::Validator(
        [low, high](std::string& value) -> std::string {
            long long number = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
            if (ec != std::errc() || end != value.data() + value.size() || value.empty())
                return tr("\"{0}\" är inget heltal", "\"{0}\" is no whole number", {value}).text();
            if (number >= low && number <= high) return {};
            return tr("{0} ligger utanför {1}–{2}", "{0} is outside {1}–{2}",
                      {value, std::to_string(low), std::to_string(high)})
                .text();
        },
        "");
}

CLI::Validator one_of(std::vector<std::string> values) {
    return CLI::Validator(
        [values](std::string& value) -> std::string {
            for (const auto& v : values)
                if (v == value) return {};
            return tr("\"{0}\" går inte: välj {1}", "\"{0}\" is not possible: choose {1}",
                      {value, alternatives(values)})
                .text();
        },
        "");
}

CLI::Validator output_file(std::vector<const file_format*> formats) {
    return CLI::Validator(
        [formats](std::string& value) -> std::string {
            try {
                pipeline::output_format(value, formats);
                return {};
            } catch (const error& e) {
                return e.what();
            }
        },
        "");
}

CLI::Validator existing_folder() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            std::error_code ec;
            if (std::filesystem::is_directory(value, ec)) return {};
            return tr("mappen \"{0}\" finns inte: skapa den först eller ange en annan",
                      "the folder \"{0}\" does not exist: create it first or give another", {value})
                .text();
        },
        "");
}

}  // namespace mk::cli
