#include "src/pipeline/option_values.hpp"

#include "src/text/fold.hpp"

#include <charconv>
#include <string>

#include "src/container/iso_moment.hpp"
#include "src/sk/lasar.hpp"

namespace mk::pipeline {
namespace {

std::optional<message> outside_years(int year) {
    if (year >= first_year && year <= last_year) return std::nullopt;
    return tr("året {0} ligger utanför {1}–{2}", "the year {0} is outside {1}–{2}",
              {std::to_string(year), std::to_string(first_year), std::to_string(last_year)});
}

}  // namespace

std::optional<message> date_problem(std::string_view text) {
    auto moment = parse_iso_moment(text);
    if (!moment || moment->has_time)
        return tr("\"{0}\" är inget datum: skriv det som ÅÅÅÅ-MM-DD, t.ex. 2019-10-31",
                  "\"{0}\" is no date: write it as YYYY-MM-DD, e.g. 2019-10-31", {text});
    return outside_years(static_cast<int>(std::chrono::year_month_day{moment->day}.year()));
}

std::optional<message> year_problem(std::string_view text) {
    int year = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (text.size() != 4 || ec != std::errc() || end != text.data() + text.size())
        return tr("\"{0}\" är inget år: skriv det som ÅÅÅÅ, t.ex. 2019",
                  "\"{0}\" is no year: write it as YYYY, e.g. 2019", {text});
    return outside_years(year);
}

std::optional<message> lasar_problem(std::string_view text) {
    auto first = sk::parse_lasar(text);
    if (!first)
        return tr("\"{0}\" är inget läsår: skriv det som ÅÅÅÅ/ÅÅ med två år som följer på varandra, t.ex. 2024/25",
                  "\"{0}\" is no läsår: write it as YYYY/YY with two years that follow each other, e.g. 2024/25",
                  {text});
    return outside_years(*first);
}

std::optional<recognize::unit_rule> parse_unit_rule(std::string_view text) {
    using source = recognize::unit_rule::source;
    if (text == "fil" || text == "file") return recognize::unit_rule{source::file, ""};
    if (text == "blad" || text == "sheet") return recognize::unit_rule{source::sheet, ""};
    for (std::string_view column : {"kolumn:", "column:"})
        if (text.starts_with(column) && !text::is_blank(text.substr(column.size())))
            return recognize::unit_rule{source::column, text::squeeze_spaces(text.substr(column.size()))};
    return std::nullopt;
}

std::optional<message> unit_rule_problem(std::string_view text) {
    if (parse_unit_rule(text)) return std::nullopt;
    return tr("\"{0}\" säger inte var enheten står: skriv fil, blad eller kolumn:RUBRIK (t.ex. kolumn:Skola)",
              "\"{0}\" does not say where the unit is: write file, sheet or column:HEADER (e.g. column:School)",
              {text});
}

}  // namespace mk::pipeline
