#include "src/recognize/title_block.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "src/recognize/follow_up_units.hpp"
#include "src/text/fold.hpp"
#include "src/text/utf8.hpp"

namespace mk::recognize {
namespace {

constexpr std::array<std::string_view, 12> months = {"januari", "februari", "mars",     "april",
                                                     "maj",     "juni",     "juli",     "augusti",
                                                     "september", "oktober", "november", "december"};

int parse_int(std::string_view s) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc() && ptr == s.data() + s.size() ? value : 0;
}

// "… per den 31 december år 2018" → "2018-12-31"; empty when the text names no such date.
std::string period_end(const std::string& text) {
    auto words = text::tokens(text);
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
        int day = parse_int(words[i]);
        if (day < 1 || day > 31) continue;
        for (std::size_t m = 0; m < months.size(); ++m) {
            if (words[i + 1] != months[m]) continue;
            std::size_t y = i + 2;
            if (words[y] == "år" && y + 1 < words.size()) ++y;
            int year = parse_int(words[y]);
            if (year < 1990 || year > 2099) continue;
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year % 10000, static_cast<int>(m + 1), day % 100);
            return buffer;
        }
    }
    return {};
}

// "HUDDINGE KOMMUN" → "Huddinge"; empty when the text is no kommun name.
std::string kommun_name(const std::string& text) {
    auto words = text::tokens(text);
    if (words.size() != 2 || words[1] != "kommun") return {};
    std::string original = text::squeeze_spaces(text);
    std::string first = original.substr(0, original.find(' '));
    std::string rest = text::fold(first);
    // Keep the first letter as written (upper case in a name), the rest folded to lower case.
    return first.substr(0, text::code_point_prefix(first, 1)) + rest.substr(text::code_point_prefix(rest, 1));
}

// "2018-12-31" as written, or the date of "31 december 2018"; empty when the text is no date.
std::string report_date(const std::string& text) {
    std::string squeezed = text::squeeze_spaces(text);
    bool iso = squeezed.size() == 10 && squeezed[4] == '-' && squeezed[7] == '-' && parse_int(squeezed.substr(0, 4)) &&
               parse_int(squeezed.substr(5, 2)) && parse_int(squeezed.substr(8, 2));
    return iso ? squeezed : period_end(squeezed);
}

// The labels of "label | value" rows that read_label_row reads, folded.
constexpr std::string_view labels[] = {"diarienummer", "dnr", "kommun", "nämnd", "läsår", "år", "per", "rapportdatum"};

// Fills the field a "label | value" row names, unless it is already set; other labels say nothing.
void read_label_row(const std::string& label_text, const std::string& value_text, model::metadata& meta) {
    std::string label = text::fold(label_text);
    std::string value = text::squeeze_spaces(value_text);
    auto fill = [&](std::string& field) {
        if (field.empty()) field = value;
    };
    if (label == "diarienummer" || label == "dnr") {
        fill(meta.diarienummer);
    } else if (label == "kommun") {
        fill(meta.kommun);
    } else if (label == "nämnd") {
        fill(meta.namnd);
    } else if (label == "läsår") {
        fill(meta.lasar);
    } else if (label == "år") {
        int year = first_year(value);
        if (!meta.year && year) meta.year = year;
    } else if (label == "per" || label == "rapportdatum") {
        if (meta.as_of.empty()) meta.as_of = report_date(value);
    }
}

}  // namespace

bool is_title_label(const std::string& text) {
    std::string folded = text::fold(text);
    return std::find(std::begin(labels), std::end(labels), folded) != std::end(labels);
}

int first_year(const std::string& text) {
    for (const auto& word : text::tokens(text)) {
        int year = parse_int(word);
        if (word.size() == 4 && year >= 1990 && year <= 2099) return year;
    }
    return 0;
}

std::vector<bool> read_title_block(const std::vector<std::vector<std::string>>& rows, model::metadata& meta) {
    std::vector<bool> held(rows.size(), false);
    // Labelled rows first: what a label states wins over what the title suggests.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        if (row.size() < 2) continue;
        read_label_row(row[0], row[1], meta);
        held[i] = row.size() == 2 && is_title_label(row[0]);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].size() != 1) continue;
        const std::string& text = rows[i][0];
        // "Skola: Skola A" names the rows' unit (the caller reads it), not the document.
        if (unit_named_by_line(text)) continue;
        if (std::string kommun = kommun_name(text); !kommun.empty()) {
            if (meta.kommun.empty()) meta.kommun = kommun;
            held[i] = true;
            continue;
        }
        if (meta.title.empty()) {
            meta.title = text::squeeze_spaces(text);
            held[i] = true;
        }
        if (meta.as_of.empty()) meta.as_of = period_end(text);
        if (!meta.year) {
            if (int year = first_year(text)) meta.year = year;
        }
    }
    return held;
}

}  // namespace mk::recognize
