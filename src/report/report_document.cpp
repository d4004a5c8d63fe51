// The report as a document for the nämnd's meeting papers.
#include <algorithm>
#include <optional>

#include "src/check/location.hpp"
#include "src/container/house_style.hpp"
#include "src/core/message.hpp"
#include "src/report/indicator_text.hpp"
#include "src/report/lights.hpp"
#include "src/report/outline.hpp"
#include "src/report/report.hpp"
#include "src/report/sheets.hpp"
#include "src/report/status_columns.hpp"
#include "src/report/summary.hpp"
#include "src/report/tree_svg.hpp"
#include "src/text/number_text.hpp"

namespace mk::report {
namespace {

table_cell text_cell(std::string text, bool bold = false, std::string shading = {}) {
    table_cell c;
    block p = text_block(block_kind::paragraph, std::move(text));
    p.bold = bold && !p.text.empty();
    c.blocks.push_back(std::move(p));
    c.shading = std::move(shading);
    return c;
}

// A column of a report table: its header and its share of the width, in grid columns.
struct weighted_column {
    std::string header;
    std::uint32_t weight = 1;
};

// A table whose columns have weights: each cell spans its column's weight in grid columns, so that
// writers giving every grid column the same width still give long texts room. A column is made
// wide enough for its longest word, so that no word is broken inside. The first row is the header,
// repeated on every page.
class weighted_table {
public:
    explicit weighted_table(std::vector<weighted_column> columns) : columns_(std::move(columns)) {
        std::vector<table_cell> headers;
        for (const weighted_column& c : columns_) headers.push_back(text_cell(c.header, true));
        add_row(std::move(headers));
    }

    // Adds a row of one cell per column.
    void add_row(std::vector<table_cell> cells) { rows_.push_back(std::move(cells)); }

    bool has_body() const { return rows_.size() > 1; }

    // The table, each cell spanning its column's weight.
    block take() {
        widen_for_words();
        block table;
        table.kind = block_kind::table;
        table.header_rows = 1;
        for (std::vector<table_cell>& cells : rows_) {
            table_row row;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                cells[i].col_span = columns_[i].weight;
                row.cells.push_back(std::move(cells[i]));
                for (std::uint32_t covered = 1; covered < columns_[i].weight; ++covered)
                    row.cells.emplace_back().covered = true;
            }
            table.rows.push_back(std::move(row));
        }
        return table;
    }

private:
    // Most grid columns a table may have (Word opens no more than 63).
    static constexpr std::uint32_t max_grid_columns = 60;

    // The width of the longest word of column col, padding included, in points.
    double longest_word(std::size_t col) const {
        double widest = 0;
        for (const std::vector<table_cell>& cells : rows_)
            for (const block& b : cells[col].blocks) {
                std::size_t start = 0;
                while (start < b.text.size()) {
                    std::size_t end = b.text.find_first_of(" \n", start);
                    if (end == std::string::npos) end = b.text.size();
                    std::string_view word = std::string_view(b.text).substr(start, end - start);
                    widest = std::max(widest, text_width_points(word, body_text_size, b.bold));
                    start = end + 1;
                }
            }
        return widest + cell_padding_points;
    }

    // Raises the weight of each column narrower than its longest word until every one fits (all
    // of them narrowed alike when they cannot), or the table has as many grid columns as it may.
    void widen_for_words() {
        std::vector<double> needed;
        for (std::size_t col = 0; col < columns_.size(); ++col) needed.push_back(longest_word(col));
        // When the words together need more than most of the page, the widest give up room first:
        // every need is capped at the one width that makes them fit (the rest of the page leaves
        // whole grid columns room to fit), so a long address in a comment keeps a status word whole.
        double room = 0.9 * table_width_points;
        auto capped_sum = [&](double cap) {
            double sum = 0;
            for (double width : needed) sum += std::min(width, cap);
            return sum;
        };
        if (capped_sum(room) > room) {
            double low = 0, high = room;
            for (int step = 0; step < 40; ++step) (capped_sum((low + high) / 2) > room ? high : low) = (low + high) / 2;
            for (double& width : needed) width = std::min(width, low);
        }
        for (bool widened = true; widened;) {
            widened = false;
            std::uint32_t total = 0;
            for (const weighted_column& c : columns_) total += c.weight;
            for (std::size_t col = 0; col < columns_.size() && total < max_grid_columns; ++col) {
                if (columns_[col].weight * table_width_points / total >= needed[col]) continue;
                ++columns_[col].weight;
                ++total;
                widened = true;
            }
        }
    }

    std::vector<weighted_column> columns_;
    std::vector<std::vector<table_cell>> rows_;
};

// A percentage of a kept field, its fraction as written in the model ("0.125"), with up to two
// decimals and a decimal comma ("12,5 %"); the value as written when it is no number.
std::string percent_field_text(const std::string& fraction) {
    std::optional<double> value = text::parse_finite_number(fraction);
    return value ? percent_text(*value, percent_decimals(*value)) : fraction;
}

// A kept field as the report's reader reads it: "ja" or "nej" for a boolean, a number with a decimal
// comma ("75,5"), a percentage as one ("12,5 %"), any other value as written.
std::string field_line(const model::extra_field& f) {
    std::string value = f.value;
    if (f.type == model::value_type::boolean) value = f.value == "true" ? "ja" : "nej";
    if (f.type == model::value_type::number) value = text::decimal_comma(value);
    if (f.type == model::value_type::percent) value = percent_field_text(f.value);
    return f.name + ": " + value;
}

// The kept fields as "name: value" lines.
std::string fields_text(const std::vector<model::extra_field>& fields) {
    std::string out;
    for (const model::extra_field& f : fields) out += (out.empty() ? "" : "\n") + field_line(f);
    return out;
}

// "1 varning", "2 varningar": the report is in Swedish whatever the language of messages.
std::string counted_sv(int count, std::string_view one, std::string_view many) {
    return counted(static_cast<std::size_t>(count), one, many, one, many);
}

class document_builder {
public:
    document_builder(const model::document& doc, const check::findings& found, const report_options& options)
        : doc_(doc), found_(found), options_(options), index_(doc), statuses_(status_columns(doc)) {
        for (const model::activity& a : doc.activities) {
            with_planned_ = with_planned_ || !planned_text(a).empty();
            with_priority_ = with_priority_ || !a.priority.empty();
            with_responsible_ = with_responsible_ || !a.responsible.empty();
            with_comment_ = with_comment_ || !comment_text(a).empty();
            with_indicators_ = with_indicators_ || !a.indicators.empty();
            with_fields_ = with_fields_ || !a.extras.empty();
            with_unit_ = with_unit_ || !a.unit.empty();
            with_year_ = with_year_ || a.year.has_value();
        }
        with_kf_ = std::any_of(doc.goals.begin(), doc.goals.end(),
                               [](const model::goal& g) { return g.level == model::level::kf; });
    }

    document build() {
        out_.title = report_title(doc_, options_);
        add(text_block(block_kind::heading, out_.title, 1));
        add_facts();
        add(text_block(block_kind::heading, "Sammanfattning", 2));
        add_summary();
        add(text_block(block_kind::heading, "Målkedjan", 2));
        block figure =
            text_block(block_kind::figure,
                       "Figur: målkedjan från vision och KF-mål ned till nämndmål och aktiviteter. Ljusets "
                       "färg visar aktivitetens status vid senaste kontrollpunkten; fynden står under sitt mål "
                       "eller sin aktivitet.");
        figure.svg = goal_tree_svg(doc_, found_, out_.title);
        add(std::move(figure));
        add(text_block(block_kind::heading, "Uppföljning per mål", 2));
        add_goal_sections();
        add(text_block(block_kind::heading, "Fynd", 2));
        add_findings();
        if (!doc_.notes.empty()) {
            add(text_block(block_kind::heading, "Anteckningar i källorna", 2));
            for (const model::statement& note : doc_.notes) add(text_block(block_kind::paragraph, note.text));
        }
        return std::move(out_);
    }

private:
    void add(block b) { out_.blocks.push_back(std::move(b)); }

    void add_facts() {
        const model::metadata& m = doc_.metadata;
        std::string facts;
        for (auto [label, value] : {std::pair<std::string, std::string>{"Kommun", m.kommun},
                                    {"Nämnd", m.namnd},
                                    {"Diarienummer", m.diarienummer},
                                    {"År", m.year ? std::to_string(*m.year) : ""},
                                    {"Läsår", m.lasar},
                                    {"Per", m.as_of},
                                    {"Skapad", options_.created}})
            if (!value.empty()) facts += (facts.empty() ? "" : " · ") + label + ": " + value;
        if (!facts.empty()) add(text_block(block_kind::paragraph, facts));
    }

    void add_summary() {
        std::vector<summary_row> rows = summary_rows(doc_, index_);
        const tally& total = rows.back().counts;
        int by_severity[3] = {0, 0, 0};
        for (const model::finding& f : found_) ++by_severity[static_cast<int>(f.severity)];
        add(text_block(block_kind::paragraph,
                       counted_sv(total.activities, "aktivitet", "aktiviteter") + ", varav " +
                           counted_sv(total.count(model::status::done), "genomförd", "genomförda") + " (" +
                           total.share_done() + "). Kontrollerna gav " + counted_sv(by_severity[0], "fel", "fel") +
                           ", " + counted_sv(by_severity[1], "varning", "varningar") + " och " +
                           counted_sv(by_severity[2], "upplysning", "upplysningar") + "."));
        add(text_block(block_kind::paragraph,
                       "Ljusen: grönt = genomfört eller enligt plan, gult = ej påbörjad eller delvis uppfyllt, "
                       "rött = avviker från plan, grått = utgår eller saknar status."));
        weighted_table table({{"Mål", 4}, {"Status vid senaste kontrollpunkten", 3}, {"Andel klara", 1}, {"Läge", 1}});
        for (const summary_row& r : rows) {
            bool strong = r.goal == nullptr;
            std::string goal = r.goal ? goal_text(*r.goal) : r.kf ? goal_text(*r.kf) : "Totalt";
            model::status light = r.counts.light();
            table.add_row({text_cell(goal, strong), text_cell(tally_text(r.counts), strong),
                           text_cell(r.counts.share_done(), strong),
                           text_cell(light_word(light), strong, std::string(light_fill(light)))});
        }
        add(table.take());
        add_groups("Enhet", unit_rows(doc_));
        add_groups("År", year_rows(doc_));
    }

    // The activities per unit or year; for units, first which deviate most.
    void add_groups(const std::string& label, const std::vector<group_row>& rows) {
        if (rows.empty()) return;
        if (label == "Enhet" && rows.front().counts.count(model::status::deviates) > 0) {
            std::string most;
            for (const group_row& r : rows) {
                if (r.counts.count(model::status::deviates) == 0 || most.size() > 200) break;
                most += (most.empty() ? "" : ", ") + r.name + " (" + r.counts.share_deviating() + ")";
            }
            add(text_block(block_kind::paragraph, "Enheter med störst andel avvikande aktiviteter: " + most + "."));
        }
        weighted_table table({{label, 3},
                              {"Status vid senaste kontrollpunkten", 4},
                              {"Andel avvikande", 1},
                              {"Andel klara", 1},
                              {"Läge", 1}});
        for (const group_row& r : rows) {
            model::status light = r.counts.light();
            table.add_row({text_cell(r.name), text_cell(tally_text(r.counts)), text_cell(r.counts.share_deviating()),
                           text_cell(r.counts.share_done()),
                           text_cell(light_word(light), false, std::string(light_fill(light)))});
        }
        add(table.take());
    }

    void add_goal_sections() {
        std::uint32_t goal_level = with_kf_ ? 4 : 3;
        for (const model::goal& kf : doc_.goals) {
            if (kf.level != model::level::kf) continue;
            add_goal_heading(kf, 3);
            add_activities([&](const placement& p) { return p.kf == &kf && !p.goal; }, false);
            for (const model::goal& g : doc_.goals)
                if (g.level != model::level::kf && index_.place_of(g).kf == &kf) add_goal(g, goal_level);
        }
        for (const model::goal& g : doc_.goals)
            if (g.level != model::level::kf && !index_.place_of(g).kf) add_goal(g, 3);
        bool without_goal = std::any_of(doc_.activities.begin(), doc_.activities.end(), [&](const model::activity& a) {
            return !index_.place_of(a).goal && !index_.place_of(a).kf;
        });
        if (without_goal) {
            add(text_block(block_kind::heading, "Aktiviteter utan mål", 3));
            add_activities([](const placement& p) { return !p.kf && !p.goal; }, true);
        }
    }

    // The goal's short name as a heading and its description under it, or its whole text as the heading.
    void add_goal_heading(const model::goal& g, std::uint32_t level) {
        bool split = !g.name.empty() && !g.description.empty();
        add(text_block(block_kind::heading, split ? g.name : goal_text(g), level));
        if (split) add(text_block(block_kind::paragraph, g.description));
        if (!g.perspective.empty()) add(text_block(block_kind::paragraph, "Perspektiv: " + g.perspective));
        for (const model::indicator& i : g.indicators)
            add(text_block(block_kind::paragraph, "Indikator: " + indicator_line(i)));
        for (const model::extra_field& f : g.extras) add(text_block(block_kind::paragraph, field_line(f)));
    }

    // The activity's indicators, one line each, in the light of done when all that can be judged
    // met their target, of deviates when one did not.
    static table_cell indicator_cell(const model::activity& a) {
        std::string text;
        std::string_view fill;
        for (const model::indicator& i : a.indicators) {
            text += (text.empty() ? "" : "\n") + indicator_line(i);
            std::string_view light = met_fill(i);
            if (!light.empty() && (fill.empty() || light == light_fill(model::status::deviates))) fill = light;
        }
        return text_cell(text, false, std::string(fill));
    }

    void add_goal(const model::goal& g, std::uint32_t level) {
        add_goal_heading(g, level);
        add_activities([&](const placement& p) { return p.goal == &g; }, true);
    }

    // A table of the activities whose placement passes test; with say_none, a line when there is none.
    template <class Test>
    void add_activities(Test test, bool say_none) {
        std::vector<weighted_column> columns;
        if (with_unit_) columns.push_back({"Enhet", 2});
        if (with_year_) columns.push_back({"År", 1});
        columns.push_back({"Aktivitet", 5});
        if (with_responsible_) columns.push_back({"Ansvarig", 2});
        if (with_priority_) columns.push_back({"Särskilt prioriterat", 3});
        if (with_planned_) columns.push_back({"Slutfört", 2});
        for (const status_column& c : statuses_) columns.push_back({c.label.empty() ? c.header : c.label, 2});
        if (with_comment_) columns.push_back({"Kommentar", 5});
        if (with_indicators_) columns.push_back({"Indikatorer", 5});
        if (with_fields_) columns.push_back({"Övriga uppgifter", 4});
        weighted_table table(std::move(columns));
        for (const model::activity& a : doc_.activities) {
            if (!test(index_.place_of(a))) continue;
            std::vector<table_cell> cells;
            if (with_unit_) cells.push_back(text_cell(a.unit));
            if (with_year_) cells.push_back(text_cell(a.year ? std::to_string(*a.year) : ""));
            cells.push_back(text_cell(a.text));
            if (with_responsible_) cells.push_back(text_cell(a.responsible));
            if (with_priority_) cells.push_back(text_cell(a.priority));
            if (with_planned_) cells.push_back(text_cell(planned_text(a)));
            for (std::size_t i = 0; i < statuses_.size(); ++i) {
                cells.push_back(text_cell(""));
                for (std::size_t s = 0; s < a.statuses.size(); ++s)
                    if (column_of(statuses_, a.statuses, s) == i)
                        cells.back() = text_cell(light_and_word(a.statuses[s]), false,
                                                 std::string(light_fill(a.statuses[s].value)));
            }
            if (with_comment_) cells.push_back(text_cell(comment_text(a)));
            if (with_indicators_) cells.push_back(indicator_cell(a));
            if (with_fields_) cells.push_back(text_cell(fields_text(a.extras)));
            table.add_row(std::move(cells));
        }
        if (table.has_body())
            add(table.take());
        else if (say_none)
            add(text_block(block_kind::paragraph, "Inga aktiviteter."));
    }

    void add_findings() {
        if (found_.empty()) {
            add(text_block(block_kind::paragraph, "Kontrollerna hittade inget att anmärka på."));
            return;
        }
        weighted_table table({{"Regel", 1}, {"Allvarlighet", 1}, {"Plats", 2}, {"Meddelande", 4}, {"Förslag", 3}});
        for (const model::finding& f : found_) {
            std::string place = check::format_location(f.location);
            std::string where = f.location.file.str() + (f.location.file.empty() || place.empty() ? "" : ": ") + place;
            table.add_row({text_cell(f.rule), text_cell(severity_word(f.severity), false, severity_fill(f.severity)),
                           text_cell(where), text_cell(f.message), text_cell(f.suggestion)});
        }
        add(table.take());
    }

    const model::document& doc_;
    const check::findings& found_;
    const report_options& options_;
    chain_index index_;
    std::vector<status_column> statuses_;
    bool with_planned_ = false;
    bool with_priority_ = false;
    bool with_responsible_ = false;
    bool with_fields_ = false;
    bool with_unit_ = false;
    bool with_year_ = false;
    bool with_comment_ = false;
    bool with_indicators_ = false;
    bool with_kf_ = false;
    document out_;
};

}  // namespace

document build_report_document(const model::document& doc, const check::findings& found,
                               const report_options& options) {
    return document_builder(doc, found, options).build();
}

}  // namespace mk::report
