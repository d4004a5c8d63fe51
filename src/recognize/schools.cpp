#include "src/recognize/schools.hpp"

#include <algorithm>
#include <optional>

#include "src/core/error.hpp"
#include "src/recognize/sk_document.hpp"
#include "src/text/fold.hpp"
#include "src/text/number_text.hpp"

namespace mk::recognize {
namespace {

std::string cell_text(const sheet& s, std::uint32_t row, std::uint32_t col) {
    const cell* c = s.find(row, col);
    if (!c) return {};
    if (c->type != cell_type::number) return text::squeeze_spaces(c->text);
    std::string written = text::number_text(c->number);
    for (char& ch : written)
        if (ch == '.') ch = ',';
    return written;
}

struct header {
    std::uint32_t row = 0;
    // Folded header text → column.
    std::vector<std::pair<std::string, std::uint32_t>> columns;

    std::optional<std::uint32_t> column(std::string_view folded_start) const {
        for (const auto& [name, col] : columns)
            if (name.starts_with(folded_start)) return col;
        return std::nullopt;
    }
};

// The first row from first (and before first + within) that has a header starting with each of
// wanted (folded).
std::optional<header> find_header(const sheet& s, std::initializer_list<std::string_view> wanted,
                                  std::uint32_t first = 0, std::uint32_t within = 50) {
    auto c = std::lower_bound(s.cells.begin(), s.cells.end(), first,
                              [](const cell& x, std::uint32_t row) { return x.row < row; });
    while (c != s.cells.end() && c->row - first < within) {
        header h{c->row, {}};
        for (; c != s.cells.end() && c->row == h.row; ++c)
            h.columns.emplace_back(text::fold(cell_text(s, c->row, c->col)), c->col);
        bool all = true;
        for (auto name : wanted) all = all && h.column(name).has_value();
        if (all) return h;
    }
    return std::nullopt;
}

// A Skolenhetskod: a CSV reader or a number cell may have dropped its leading zeros.
std::string school_code(const sheet& s, std::uint32_t row, std::uint32_t col) {
    std::string code = cell_text(s, row, col);
    if (!code.empty() && code.size() < 8 && code.find_first_not_of("0123456789") == std::string::npos)
        code.insert(0, 8 - code.size(), '0');
    return code;
}

std::uint32_t last_row(const sheet& s) { return s.cells.empty() ? 0 : s.cells.back().row; }

std::vector<std::string> split_keys(std::string_view joined) {
    std::vector<std::string> keys;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t end = joined.find(';', start);
        std::string key = text::squeeze_spaces(joined.substr(start, end == std::string_view::npos ? end : end - start));
        if (!key.empty()) keys.push_back(key);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return keys;
}

// The schools under header h, down to the row before end.
void read_school_sheet(const sheet& s, const header& h, std::uint32_t end, schools_file& out) {
    auto code = *h.column("skolenhetskod");
    auto name = *h.column("skola");
    auto area = h.column("område");
    auto stages = h.column("stadie");
    auto areas = h.column("utvecklingsområde");
    for (std::uint32_t row = h.row + 1; row < end; ++row) {
        model::school school;
        school.code = school_code(s, row, code);
        school.name = cell_text(s, row, name);
        if (school.name.empty()) continue;
        if (area) school.area = cell_text(s, row, *area);
        if (stages) school.stages = cell_text(s, row, *stages);
        if (areas) school.development_areas = split_keys(cell_text(s, row, *areas));
        school.source = model::source_ref{};
        school.source->sheet = s.name;
        school.source->cell = format_a1(row, name);
        out.schools.push_back(std::move(school));
    }
}

void read_area_sheet(const sheet& s, const header& h, schools_file& out) {
    auto key = *h.column("nyckel");
    auto focus = h.column("fokusområde");
    auto text_col = h.column("text");
    auto ska = h.column("ska");
    for (std::uint32_t row = h.row + 1; row <= last_row(s); ++row) {
        model::development_area area;
        area.key = cell_text(s, row, key);
        if (area.key.empty()) continue;
        if (focus) area.focus_area = cell_text(s, row, *focus);
        if (text_col) area.text = cell_text(s, row, *text_col);
        if (ska) area.ska = text::fold(cell_text(s, row, *ska)) == "ja";
        out.development_areas.push_back(std::move(area));
    }
}

}  // namespace

schools_file read_schools(const workbook& book) {
    schools_file out;
    bool found = false;
    for (const auto& s : book.sheets) {
        if (auto h = find_header(s, {"skolenhetskod", "skola"})) {
            // A one-sheet file (a .csv) may list the keys below the schools, under a header row of its own.
            auto keys = find_header(s, {"nyckel", "text"}, h->row + 1, max_rows);
            read_school_sheet(s, *h, keys ? keys->row : last_row(s) + 1, out);
            if (keys) read_area_sheet(s, *keys, out);
            found = true;
        } else if (auto a = find_header(s, {"nyckel", "text"})) {
            read_area_sheet(s, *a, out);
        }
    }
    if (!found)
        throw error("schools.no_header",
                    tr("skolfilen har inget blad med kolumnerna Skolenhetskod och Skola: lägg till en rubrikrad "
                       "Skolenhetskod | Skola | Område | Stadier | Utvecklingsområden",
                       "the schools file has no sheet with the columns Skolenhetskod and Skola: add a header row "
                       "Skolenhetskod | Skola | Område | Stadier | Utvecklingsområden"));
    return out;
}

namespace {

void read_survey_sheet(const sheet& s, const header& h, std::vector<survey_row>& rows) {
    std::string stage = text::squeeze_spaces(s.name);
    if (text::fold(stage).starts_with("åk ")) stage = text::squeeze_spaces(stage.substr(std::string("ÅK ").size()));
    auto unit = *h.column("enhet");
    auto code = *h.column("skolenhetskod");
    auto area = h.column("område");
    std::vector<std::pair<std::string, std::uint32_t>> indices;
    for (const auto& c : s.cells)
        if (c.row == h.row && c.col != unit && c.col != code && (!area || c.col != *area))
            indices.emplace_back(cell_text(s, c.row, c.col), c.col);
    for (std::uint32_t row = h.row + 1; row <= last_row(s); ++row) {
        survey_row r{stage, cell_text(s, row, unit), school_code(s, row, code), {}};
        if (r.unit.empty()) continue;
        for (const auto& [name, col] : indices) r.values.emplace_back(name, cell_text(s, row, col));
        rows.push_back(std::move(r));
    }
}

// The spring-term year a cell names: 2023 for "2023", "VT-23", "VT 2023", "2022/23", "2022-2023".
int spring_year(std::string_view written) {
    auto words = text::tokens(written);
    auto number = [](const std::string& word) {
        bool digits = !word.empty() && word.find_first_not_of("0123456789") == std::string::npos;
        return digits && word.size() <= 4 ? std::stoi(word) : -1;
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        int n = number(words[i]);
        int next = i + 1 < words.size() ? number(words[i + 1]) : -1;
        if (words[i] == "vt" && next >= 0) return next < 100 ? 2000 + next : next;
        if (n >= 1000) return next >= 0 && (next == n + 1 || next == (n + 1) % 100) ? n + 1 : n;
    }
    return 0;
}

std::string one_decimal(double value) {
    std::string written = std::to_string(static_cast<long long>(value * 10 + (value < 0 ? -0.5 : 0.5)));
    if (written.size() < 2) written.insert(0, 2 - written.size(), '0');
    return written.substr(0, written.size() - 1) + "," + written.back();
}

// A history value as the SK document writes it; empty when the cell holds no number.
std::string history_text(model::history_measure measure, const std::string& written) {
    auto value = parse_sk_number(written);
    if (!value) return {};
    if (measure == model::history_measure::meritvarde) return one_decimal(*value);
    double percent = *value <= 1 && written.find('%') == std::string::npos ? *value * 100 : *value;
    std::string text = one_decimal(percent);
    if (text.ends_with(",0")) text.resize(text.size() - 2);
    return text + " %";
}

void read_history_sheet(const sheet& s, const header& h, std::vector<history_row>& rows) {
    auto code = *h.column("skolenhetskod");
    auto grade = *h.column("årskurs");
    std::optional<std::uint32_t> year;
    for (const auto& [name, col] : h.columns)
        if (!year && (name == "år" || name.starts_with("läsår") || name.starts_with("vårtermin"))) year = col;
    auto area = h.column("område");
    struct value_column {
        std::uint32_t col;
        model::history_measure measure;
        model::pupil_group group;
    };
    std::vector<value_column> values;
    for (const auto& [name, col] : h.columns) {
        bool merit = name.starts_with("meritvärde");
        if (!merit && !name.starts_with("minst e")) continue;
        auto group = name.find("flick") != std::string::npos  ? model::pupil_group::girls
                     : name.find("pojk") != std::string::npos ? model::pupil_group::boys
                                                              : model::pupil_group::all;
        values.push_back({col, merit ? model::history_measure::meritvarde : model::history_measure::minst_e, group});
    }
    if (!year) return;
    for (std::uint32_t row = h.row + 1; row <= last_row(s); ++row) {
        history_row r;
        r.code = school_code(s, row, code);
        if (r.code.empty() && (!area || text::fold(cell_text(s, row, *area)) != "kommun")) continue;
        std::string grade_text = cell_text(s, row, grade);
        auto digit = grade_text.find_first_of("0123456789");
        r.grade = digit == std::string::npos ? 0 : grade_text[digit] - '0';
        r.year = spring_year(cell_text(s, row, *year));
        if (r.grade == 0 || r.year == 0) continue;
        for (const auto& column : values) {
            r.measure = column.measure;
            r.group = column.group;
            r.value = history_text(column.measure, cell_text(s, row, column.col));
            if (!r.value.empty()) rows.push_back(r);
        }
    }
}

bool has_history_columns(const header& h) { return h.column("meritvärde") || h.column("minst e"); }

}  // namespace

results_file read_results(const workbook& book) {
    results_file out;
    bool found = false;
    for (const auto& s : book.sheets) {
        if (auto h = find_header(s, {"skolenhetskod", "årskurs"}); h && has_history_columns(*h)) {
            read_history_sheet(s, *h, out.history);
            found = true;
        } else if (auto survey = find_header(s, {"enhet", "skolenhetskod"})) {
            read_survey_sheet(s, *survey, out.survey);
            found = true;
        }
    }
    if (!found)
        throw error("results.no_header",
                    tr("resultatfilen har inget blad med kolumnerna Enhet och Skolenhetskod (elevenkäten) eller "
                       "Skolenhetskod, Årskurs och År (meritvärde): lägg till en rubrikrad Enhet | Skolenhetskod | "
                       "Område | <index> eller Skolenhetskod | Årskurs | År | Meritvärde | Minst E i lästa ämnen",
                       "the results file has no sheet with the columns Enhet and Skolenhetskod (pupil survey) or "
                       "Skolenhetskod, Årskurs and År (meritvärde): add a header row Enhet | Skolenhetskod | Område "
                       "| <index> or Skolenhetskod | Årskurs | År | Meritvärde | Minst E i lästa ämnen"));
    return out;
}

}  // namespace mk::recognize
