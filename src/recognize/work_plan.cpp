#include "src/recognize/work_plan.hpp"

#include "src/core/error.hpp"
#include "src/model/stable_ids.hpp"
#include "src/recognize/block_notes.hpp"
#include "src/recognize/goal_match.hpp"
#include "src/recognize/goal_table.hpp"
#include "src/recognize/title_block.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

enum class section_kind { other, vision, kf_goals, namnd_goals, insatser };

bool contains(const std::string& folded, std::string_view word) { return folded.find(word) != std::string::npos; }

section_kind classify_section(const std::string& heading) {
    std::string folded = text::fold(heading);
    if (contains(folded, "vision")) return section_kind::vision;
    if (contains(folded, "målområde") || contains(folded, "kommunfullmäktiges mål") || folded == "övergripande mål" ||
        folded == "kf mål" || folded == "kommunens mål")
        return section_kind::kf_goals;
    if (contains(folded, "nämndmål") || contains(folded, "nämndens mål")) return section_kind::namnd_goals;
    if (contains(folded, "insatser")) return section_kind::insatser;
    return section_kind::other;
}

// "Syfte: text" → {"Syfte", "text"}; label empty when the paragraph starts with no known label.
std::pair<std::string, std::string> split_label(const std::string& paragraph) {
    static constexpr std::string_view labels[] = {"Syfte", "Mål", "Åtgärder", "Aktiviteter", "Ansvar"};
    for (std::string_view label : labels) {
        std::string prefix = std::string(label) + ":";
        if (paragraph.starts_with(prefix)) return {std::string(label), text::squeeze_spaces(paragraph.substr(prefix.size()))};
    }
    return {};
}

class plan_reader {
public:
    plan_reader(const std::string& file, model::document& out) : file_(file), out_(out), goals_(out) {}

    void run(const document& doc) {
        for (const block& b : doc.blocks) {
            read_block(b);
            keep_notes(b);
        }
    }

private:
    void read_block(const block& b) {
        if (out_.metadata.title.empty() && b.kind == block_kind::paragraph && b.style == "Title" &&
            !text::is_blank(b.text)) {
            out_.metadata.title = text::squeeze_spaces(b.text);
            ++paragraph_number_;
            return;
        }
        switch (b.kind) {
            case block_kind::heading: heading(b); break;
            case block_kind::list_item: list_item(b); break;
            case block_kind::paragraph: paragraph(b); break;
            case block_kind::table: table(b); break;
            case block_kind::figure: break;
        }
    }

    // The footnotes, comments and text boxes of b (just read), kept as notes at its place: at the
    // paragraph, or at the table's row and column.
    void keep_notes(const block& b) {
        if (b.kind != block_kind::table) {
            for (const block_note& note : b.notes) keep(labelled_note(note));
            return;
        }
        for_each_cell_note(b, [&](std::size_t r, std::size_t c, const block_note& note) {
            out_.notes.push_back({labelled_note(note), table_place(r, c)});
        });
    }

    // The place of the cell at (r, c), 0-based, of the table read last.
    model::source_ref table_place(std::size_t r, std::size_t c) const {
        model::source_ref at;
        at.file = file_;
        at.section = section_heading_;
        at.table = table_number_;
        at.row = static_cast<std::uint32_t>(r + 1);
        at.column = static_cast<std::uint32_t>(c + 1);
        return at;
    }

    void heading(const block& b) {
        section_heading_ = text::squeeze_spaces(b.text);
        paragraph_number_ = 0;
        current_goal_.clear();
        current_activity_ = -1;
        current_label_.clear();
        pending_insats_.clear();
        bullets_are_activities_ = false;
        while (!sections_.empty() && sections_.back().level >= b.level) sections_.pop_back();
        section_kind kind = classify_section(b.text);
        section_kind outer = sections_.empty() ? section_kind::other : sections_.back().kind;
        if (kind == section_kind::other && outer == section_kind::kf_goals) {
            current_goal_ = add_goal(model::level::kf, b.text, "");
        } else if (kind == section_kind::other && outer == section_kind::namnd_goals) {
            current_goal_ = add_goal(model::level::namnd, b.text, "");
        } else if (kind == section_kind::other && outer == section_kind::insatser) {
            pending_insats_ = b.text;
        } else {
            // A section of its own; an unrelated heading ends what the outer section collects.
            std::string folded = text::fold(b.text);
            sections_.push_back({b.level, kind, contains(folded, "aktivitet") || contains(folded, "åtagande")});
        }
    }

    void list_item(const block& b) {
        ++paragraph_number_;
        std::string text = text::squeeze_spaces_keep_lines(b.text);
        if (text.empty()) return;
        if (sections_.empty()) return keep(std::move(text));
        const section& s = sections_.back();
        switch (s.kind) {
            case section_kind::vision: out_.vision.push_back({text, where()}); break;
            case section_kind::kf_goals:
                if (current_goal_.empty())
                    add_goal(model::level::kf, text, "");
                else
                    keep(std::move(text));
                break;
            case section_kind::namnd_goals:
                if (current_goal_.empty()) {
                    add_goal(model::level::namnd, text, "");
                } else if (s.activities || bullets_are_activities_) {
                    add_activity(text, current_goal_);
                } else {
                    add_goal(model::level::namnd, text, current_goal_);
                }
                break;
            case section_kind::insatser:
                if (!add_detail_line(text)) keep(std::move(text));
                break;
            case section_kind::other: keep(std::move(text)); break;
        }
    }

    void paragraph(const block& b) {
        ++paragraph_number_;
        std::string text = text::squeeze_spaces_keep_lines(b.text);
        if (text.empty()) return;
        if (!sections_.empty() && sections_.back().kind == section_kind::namnd_goals && !current_goal_.empty() &&
            names_activities(text)) {
            // "Aktiviteter:" under a goal's heading: the bullets below it are the goal's activities.
            bullets_are_activities_ = true;
            return;
        }
        if (sections_.empty() || sections_.back().kind != section_kind::insatser) return keep(std::move(text));
        auto [label, rest] = split_label(text);
        if (label.empty()) {
            if (!add_detail_line(text)) keep(std::move(text));
            return;
        }
        if (current_activity_ < 0 && !pending_insats_.empty()) {
            add_activity(text::squeeze_spaces(pending_insats_), "");
            current_activity_ = static_cast<long>(out_.activities.size()) - 1;
        }
        if (current_activity_ < 0) return keep(std::move(text));
        current_label_ = label;
        out_.activities[static_cast<std::size_t>(current_activity_)].details.push_back({label, rest});
    }

    // Whether a paragraph is a label alone for the activities below it ("Aktiviteter:", "Åtgärder").
    static bool names_activities(const std::string& text) {
        std::string folded = text::fold(text);
        if (folded.ends_with(':')) folded.pop_back();
        for (std::string_view label : {"aktiviteter", "aktivitet", "åtaganden", "insatser", "åtgärder"})
            if (folded == label) return true;
        return false;
    }

    // A bullet under a label-only paragraph ("Åtgärder:") is one more line of that detail; false
    // when there is no detail to add it to.
    bool add_detail_line(const std::string& text) {
        if (current_activity_ < 0 || current_label_.empty()) return false;
        auto& details = out_.activities[static_cast<std::size_t>(current_activity_)].details;
        std::string& value = details.back().text;
        value += (value.empty() ? "" : "\n") + text;
        return true;
    }

    void table(const block& b) {
        ++table_number_;
        model::source_ref place;
        place.file = file_;
        place.section = section_heading_;
        place.table = table_number_;
        if (read_goal_table(b, place, goals_)) return;
        // A table of no goals (an overview, indicators with their target values): each cell's text
        // is kept as a note at its row and column.
        for (std::size_t r = 0; r < b.rows.size(); ++r)
            for (std::size_t c = 0; c < b.rows[r].cells.size(); ++c) {
                const table_cell& cell = b.rows[r].cells[c];
                std::string text = cell.covered ? "" : text::squeeze_spaces_keep_lines(cell_text(cell));
                if (!text.empty()) out_.notes.push_back({std::move(text), table_place(r, c)});
            }
    }

    // A text the plan's goals, activities and vision have no place for, kept as a note at its place.
    void keep(std::string text) { out_.notes.push_back({std::move(text), where()}); }

    std::string add_goal(model::level level, const std::string& text, const std::string& parent) {
        return goals_.add(level, text, parent, where());
    }

    void add_activity(const std::string& text, const std::string& goal) {
        model::activity a;
        a.id = "activity-" + std::to_string(out_.activities.size() + 1);
        if (!goal.empty()) a.goal = model::link{goal, model::link_kind::structure, std::nullopt};
        a.text = text;
        a.source = where();
        out_.activities.push_back(std::move(a));
    }

    model::source_ref where() const {
        model::source_ref ref;
        ref.file = file_;
        ref.section = section_heading_;
        if (paragraph_number_) ref.paragraph = paragraph_number_;
        return ref;
    }

    struct section {
        std::uint32_t level = 0;
        section_kind kind = section_kind::other;
        bool activities = false;
    };

    const model::shared_name file_;
    model::document& out_;
    goal_list goals_;
    std::vector<section> sections_;
    std::string section_heading_;
    std::string current_goal_;
    std::string pending_insats_;
    std::string current_label_;
    long current_activity_ = -1;
    // Under a goal's heading, after a label for its activities ("Aktiviteter:").
    bool bullets_are_activities_ = false;
    std::uint32_t paragraph_number_ = 0;
    std::uint32_t table_number_ = 0;
};

// A nämndmål that the layout gives no KF goal gets the KF goal its text names, if any.
void link_namndmal_to_kf_goals(model::document& out) {
    std::vector<model::goal> kf_goals;
    for (const model::goal& g : out.goals)
        if (g.level == model::level::kf) kf_goals.push_back(g);
    for (model::goal& g : out.goals) {
        if (g.level != model::level::namnd || g.parent) continue;
        if (auto m = match_goal(g.text, kf_goals)) {
            g.parent = model::link{m->goal->id, m->kind, std::nullopt};
            if (m->kind == model::link_kind::guess) g.parent->score = m->score;
        }
    }
}

}  // namespace

model::document recognise_work_plan(const document& doc, const std::string& file_name) {
    model::document out;
    out.metadata.kind = model::document_kind::work_plan;
    out.metadata.source_files.push_back(file_name);
    plan_reader(file_name, out).run(doc);
    // The page headers and footers (a decision's date and paragraph, "Barn- och utbildningsnämnden
    // 2025-12-16, § 142"), kept as notes of the file.
    model::source_ref file_place;
    file_place.file = file_name;
    for (const std::string& text : doc.page_headers) out.notes.push_back({labelled_page_text(true, text), file_place});
    for (const std::string& text : doc.page_footers) out.notes.push_back({labelled_page_text(false, text), file_place});
    if (out.goals.empty())
        throw error("import.no_goals",
                    tr("inga mål hittades i dokumentet: letade efter rubriker som \"Kommunfullmäktiges mål\", "
                       "\"Nämndmål\" eller \"Nämndens mål\" och efter tabeller med \"Mål | Aktivitet\" eller "
                       "\"Kommunfullmäktigemål | Nämndmål\"",
                       "no goals were found in the document: looked for headings like \"Kommunfullmäktiges mål\", "
                       "\"Nämndmål\" or \"Nämndens mål\" and for tables headed \"Mål | Aktivitet\" or "
                       "\"Kommunfullmäktigemål | Nämndmål\""));
    if (int year = first_year(out.metadata.title)) out.metadata.year = year;
    link_namndmal_to_kf_goals(out);
    model::assign_stable_ids(out);
    return out;
}

}  // namespace mk::recognize
