#include "src/recognize/schools.hpp"

#include <array>
#include <charconv>
#include <optional>

#include "src/core/error.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

std::string cell_text(const sheet& s, std::uint32_t row, std::uint32_t col) {
    const cell* c = s.find(row, col);
    if (!c) return {};
    if (c->type != cell_type::number) return text::squeeze_spaces(c->text);
    std::array<char, 32> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), c->number);
    std::string written(buffer.data(), ec == std::errc() ? end : buffer.data());
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

// The first row of the sheet that has a header starting with each of wanted (folded).
std::optional<header> find_header(const sheet& s, std::initializer_list<std::string_view> wanted) {
    std::uint32_t last = s.cells.empty() ? 0 : s.cells.back().row;
    for (std::uint32_t row = 0; row <= last && row < 50; ++row) {
        header h{row, {}};
        for (const auto& c : s.cells)
            if (c.row == row) h.columns.emplace_back(text::fold(cell_text(s, c.row, c.col)), c.col);
        bool all = true;
        for (auto name : wanted) all = all && h.column(name).has_value();
        if (all) return h;
    }
    return std::nullopt;
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

void read_school_sheet(const sheet& s, const header& h, schools_file& out) {
    auto code = *h.column("skolenhetskod");
    auto name = *h.column("skola");
    auto area = h.column("område");
    auto stages = h.column("stadie");
    auto areas = h.column("utvecklingsområde");
    for (std::uint32_t row = h.row + 1; row <= last_row(s); ++row) {
        model::school school;
        school.code = cell_text(s, row, code);
        // A CSV reader may have taken the code for a number and dropped its leading zeros.
        if (!school.code.empty() && school.code.size() < 8 &&
            school.code.find_first_not_of("0123456789") == std::string::npos)
            school.code.insert(0, 8 - school.code.size(), '0');
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
            read_school_sheet(s, *h, out);
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

std::vector<survey_row> read_survey_results(const workbook& book) {
    std::vector<survey_row> rows;
    bool found = false;
    for (const auto& s : book.sheets) {
        auto h = find_header(s, {"enhet", "skolenhetskod"});
        if (!h) continue;
        found = true;
        std::string stage = text::squeeze_spaces(s.name);
        if (text::fold(stage).starts_with("åk ")) stage = text::squeeze_spaces(stage.substr(std::string("ÅK ").size()));
        auto unit = *h->column("enhet");
        auto code = *h->column("skolenhetskod");
        auto area = h->column("område");
        std::vector<std::pair<std::string, std::uint32_t>> indices;
        for (const auto& c : s.cells)
            if (c.row == h->row && c.col != unit && c.col != code && (!area || c.col != *area))
                indices.emplace_back(cell_text(s, c.row, c.col), c.col);
        for (std::uint32_t row = h->row + 1; row <= last_row(s); ++row) {
            survey_row r{stage, cell_text(s, row, unit), cell_text(s, row, code), {}};
            if (r.unit.empty()) continue;
            for (const auto& [name, col] : indices) r.values.emplace_back(name, cell_text(s, row, col));
            rows.push_back(std::move(r));
        }
    }
    if (!found)
        throw error("results.no_header",
                    tr("resultatfilen har inget blad med kolumnerna Enhet och Skolenhetskod: lägg till en rubrikrad "
                       "Enhet | Skolenhetskod | Område | <index>",
                       "the results file has no sheet with the columns Enhet and Skolenhetskod: add a header row "
                       "Enhet | Skolenhetskod | Område | <index>"));
    return rows;
}

}  // namespace mk::recognize
