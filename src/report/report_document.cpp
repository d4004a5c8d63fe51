// The report as a document for the nämnd's meeting papers.
#include <algorithm>

#include "src/check/location.hpp"
#include "src/report/lights.hpp"
#include "src/report/outline.hpp"
#include "src/report/report.hpp"
#include "src/report/sheets.hpp"
#include "src/report/status_columns.hpp"
#include "src/report/summary.hpp"
#include "src/report/tree_svg.hpp"

namespace mk::report {
namespace {

block text_block(block_kind kind, std::string text, std::uint32_t level = 0) {
    block b;
    b.kind = kind;
    b.text = std::move(text);
    b.level = level;
    return b;
}

table_cell text_cell(std::string text, bool bold = false, std::string shading = {}) {
    table_cell c;
    block p = text_block(block_kind::paragraph, std::move(text));
    p.bold = bold && !p.text.empty();
    c.blocks.push_back(std::move(p));
    c.shading = std::move(shading);
    return c;
}

// A table whose first row is the header, repeated on every page.
block table_with_header(const std::vector<std::string>& headers) {
    block table;
    table.kind = block_kind::table;
    table.header_rows = 1;
    table.rows.emplace_back();
    for (const std::string& h : headers) table.rows.back().cells.push_back(text_cell(h, true));
    return table;
}

class document_builder {
public:
    document_builder(const model::document& doc, const check::findings& found, const report_options& options)
        : doc_(doc), found_(found), options_(options), index_(doc), statuses_(status_columns(doc)) {
        for (const model::activity& a : doc.activities) {
            with_planned_ = with_planned_ || !planned_text(a).empty();
            with_priority_ = with_priority_ || !a.priority.empty();
            with_comment_ = with_comment_ || !comment_text(a).empty();
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
        block figure = text_block(block_kind::figure,
                                  "Figur: målkedjan från vision och KF-mål ned till nämndmål och aktiviteter. Ljusets "
                                  "färg visar aktivitetens status vid senaste kontrollpunkten; fynden står under sitt mål "
                                  "eller sin aktivitet.");
        figure.svg = goal_tree_svg(doc_, found_, out_.title);
        add(std::move(figure));
        add(text_block(block_kind::heading, "Uppföljning per mål", 2));
        add_goal_sections();
        add(text_block(block_kind::heading, "Fynd", 2));
        add_findings();
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
                       std::to_string(total.activities) + " aktiviteter, varav " +
                           std::to_string(total.count(model::status::done)) + " genomförda (" + total.share_done() +
                           "). Kontrollerna gav " + std::to_string(by_severity[0]) + " fel, " +
                           std::to_string(by_severity[1]) + " varningar och " + std::to_string(by_severity[2]) +
                           " upplysningar."));
        add(text_block(block_kind::paragraph,
                       "Ljusen: grönt = genomfört eller enligt plan, gult = ej påbörjad, rött = avviker från plan, "
                       "grått = utgår eller saknar status."));
        std::vector<model::status> counted;
        for (model::status st : summary_statuses)
            if (st != model::status::unknown || total.count(st)) counted.push_back(st);
        std::vector<std::string> headers;
        if (with_kf_) headers.push_back("Kommunfullmäktiges mål");
        headers.push_back("Nämndmål");
        headers.push_back("Antal");
        for (model::status st : counted) headers.push_back(summary_header(st));
        headers.push_back("Andel klara");
        headers.push_back("Läge");
        block table = table_with_header(headers);
        for (const summary_row& r : rows) {
            bool strong = r.goal == nullptr;
            table_row row;
            std::string heading = r.goal ? "" : r.kf ? goal_text(*r.kf) : "Totalt";
            if (with_kf_ && strong) {
                row.cells.push_back(text_cell(heading, true));
                row.cells.back().col_span = 2;
                row.cells.emplace_back().covered = true;
            } else {
                if (with_kf_) row.cells.push_back(text_cell(""));
                row.cells.push_back(text_cell(r.goal ? goal_text(*r.goal) : heading, strong));
            }
            row.cells.push_back(text_cell(std::to_string(r.counts.activities), strong));
            for (model::status st : counted) row.cells.push_back(text_cell(std::to_string(r.counts.count(st)), strong));
            row.cells.push_back(text_cell(r.counts.share_done(), strong));
            model::status light = r.counts.light();
            row.cells.push_back(text_cell(light_word(light), strong, std::string(light_fill(light))));
            table.rows.push_back(std::move(row));
        }
        add(std::move(table));
    }

    void add_goal_sections() {
        std::uint32_t goal_level = with_kf_ ? 4 : 3;
        for (const model::goal& kf : doc_.goals) {
            if (kf.level != model::level::kf) continue;
            add(text_block(block_kind::heading, goal_text(kf), 3));
            add_activities([&](const placement& p) { return p.kf == &kf && !p.goal; }, false);
            for (const model::goal& g : doc_.goals)
                if (g.level != model::level::kf && index_.place_of(g).kf == &kf) add_goal(g, goal_level);
        }
        for (const model::goal& g : doc_.goals)
            if (g.level != model::level::kf && !index_.place_of(g).kf) add_goal(g, 3);
        bool without_goal = std::any_of(doc_.activities.begin(), doc_.activities.end(),
                                        [&](const model::activity& a) { return !index_.place_of(a).goal && !index_.place_of(a).kf; });
        if (without_goal) {
            add(text_block(block_kind::heading, "Aktiviteter utan mål", 3));
            add_activities([](const placement& p) { return !p.kf && !p.goal; }, true);
        }
    }

    void add_goal(const model::goal& g, std::uint32_t level) {
        add(text_block(block_kind::heading, goal_text(g), level));
        if (!g.perspective.empty()) add(text_block(block_kind::paragraph, "Perspektiv: " + g.perspective));
        add_activities([&](const placement& p) { return p.goal == &g; }, true);
    }

    // A table of the activities whose placement passes test; with say_none, a line when there is none.
    template <class Test>
    void add_activities(Test test, bool say_none) {
        std::vector<std::string> headers{"Aktivitet"};
        if (with_priority_) headers.push_back("Särskilt prioriterat");
        if (with_planned_) headers.push_back("Slutfört");
        for (const status_column& c : statuses_) headers.push_back(c.label.empty() ? c.header : c.label);
        if (with_comment_) headers.push_back("Kommentar");
        block table = table_with_header(headers);
        for (const model::activity& a : doc_.activities) {
            if (!test(index_.place_of(a))) continue;
            table_row row;
            row.cells.push_back(text_cell(a.text));
            if (with_priority_) row.cells.push_back(text_cell(a.priority));
            if (with_planned_) row.cells.push_back(text_cell(planned_text(a)));
            for (std::size_t i = 0; i < statuses_.size(); ++i) {
                row.cells.push_back(text_cell(""));
                for (const model::status_report& r : a.statuses)
                    if (column_of(statuses_, r) == i) row.cells.back() = text_cell(r.word, false, std::string(light_fill(r.value)));
            }
            if (with_comment_) row.cells.push_back(text_cell(comment_text(a)));
            table.rows.push_back(std::move(row));
        }
        if (table.rows.size() > 1)
            add(std::move(table));
        else if (say_none)
            add(text_block(block_kind::paragraph, "Inga aktiviteter."));
    }

    void add_findings() {
        if (found_.empty()) {
            add(text_block(block_kind::paragraph, "Kontrollerna hittade inget att anmärka på."));
            return;
        }
        block table = table_with_header({"Regel", "Allvarlighet", "Plats", "Meddelande", "Förslag"});
        for (const model::finding& f : found_) {
            std::string place = check::format_location(f.location);
            std::string where = f.location.file + (f.location.file.empty() || place.empty() ? "" : ": ") + place;
            table.rows.push_back({{text_cell(f.rule), text_cell(severity_word(f.severity), false, severity_fill(f.severity)),
                                   text_cell(where), text_cell(f.message), text_cell(f.suggestion)}});
        }
        add(std::move(table));
    }

    const model::document& doc_;
    const check::findings& found_;
    const report_options& options_;
    chain_index index_;
    std::vector<status_column> statuses_;
    bool with_planned_ = false;
    bool with_priority_ = false;
    bool with_comment_ = false;
    bool with_kf_ = false;
    document out_;
};

}  // namespace

document build_report_document(const model::document& doc, const check::findings& found,
                               const report_options& options) {
    return document_builder(doc, found, options).build();
}

}  // namespace mk::report
