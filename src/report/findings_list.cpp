#include "src/report/findings_list.hpp"

#include <array>

#include <nlohmann/json.hpp>

#include "src/check/location.hpp"
#include "src/model/names.hpp"

namespace mk::report {
namespace {

constexpr std::array<const char*, 6> columns = {"rule", "severity", "file", "location", "message", "suggestion"};

std::array<std::string, 6> fields(const model::finding& f) {
    return {f.rule,          std::string(model::name_of(f.severity)),
            f.location.file, check::format_location(f.location),
            f.message,       f.suggestion};
}

}  // namespace

std::string findings_json(const check::findings& found) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const model::finding& f : found) {
        nlohmann::ordered_json item;
        auto values = fields(f);
        for (std::size_t i = 0; i < columns.size(); ++i) item[columns[i]] = values[i];
        list.push_back(item);
    }
    return nlohmann::ordered_json{{"findings", list}}.dump(2);
}

workbook findings_workbook(const check::findings& found) {
    workbook book;
    book.sheets.push_back({});
    sheet& s = book.sheets.back();
    s.name = "findings";
    auto add_row = [&](std::uint32_t row, const auto& texts) {
        for (std::uint32_t col = 0; col < texts.size(); ++col)
            if (!std::string_view(texts[col]).empty())
                s.cells.push_back({row, col, cell_type::string, texts[col], 0, 0});
    };
    add_row(0, columns);
    std::uint32_t row = 1;
    for (const model::finding& f : found) add_row(row++, fields(f));
    return book;
}

}  // namespace mk::report
