#include <map>
#include <set>

#include "src/diff/tables.hpp"
#include "src/diff/write.hpp"
#include "src/report/level_names.hpp"

namespace mk::diff {
namespace {

constexpr const char* fill_new = "C6EFCE";
constexpr const char* fill_dropped = "FFC7CE";
constexpr const char* fill_changed = "FFEB9C";

// One row of the trees side by side: a goal or an activity, at its depth.
struct tree_row {
    std::string before;
    std::string change;
    std::string after;
    std::string fill;
};

table_cell cell_of(const std::string& text, const std::string& fill) {
    table_cell cell;
    cell.blocks.push_back(text_block(block_kind::paragraph, text));
    cell.shading = fill;
    return cell;
}

std::string indented(std::size_t depth, const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < depth; ++i) out += "\u2003";  // em space: kept by every writer
    return out + text;
}

std::string fill_of(bool dropped, bool added, bool changed) {
    return dropped ? fill_dropped : added ? fill_new : changed ? fill_changed : "";
}

std::string goal_change_text(const goal_diff& d) {
    if (!d.after) return tr("borttaget", "dropped").text();
    if (!d.before) return tr("nytt", "new").text();
    std::string out;
    if (d.reworded) out = tr("omformulerat ({0})", "reworded ({0})", {percent_text(*d.score)}).text();
    if (d.moved)
        out += (out.empty() ? "" : ", ") + tr("flyttat (förut under {0})", "moved (was under {0})",
                                              {d.before->parent.empty() ? "–" : d.before->parent})
                                               .text();
    return out;
}

std::string activity_change_text(const activity_diff& d) {
    if (!d.after) return tr("borttagen", "dropped").text();
    if (!d.before) return tr("ny", "new").text();
    std::string out;
    if (d.moved)
        out = tr("flyttad (förut under {0})", "moved (was under {0})", {d.before->goal.empty() ? "–" : d.before->goal})
                  .text();
    if (d.status_changed) out += (out.empty() ? "" : ", ") + tr("ändrad status", "changed status").text();
    return out;
}

std::string activity_line(const activity_side& a) {
    std::string status = status_text(a.status, a.status_word);
    return "• " + a.text + (a.unit.empty() ? "" : " [" + a.unit + "]") + (status.empty() ? "" : " (" + status + ")");
}

class tree_builder {
public:
    explicit tree_builder(const changes& found) {
        for (const goal_diff& d : found.goals) goals_under_[d.anchor].push_back(&d);
        for (const activity_diff& d : found.activities) activities_under_[d.anchor].push_back(&d);
        for (const goal_diff& d : found.goals) known_.insert(d.key);
    }

    std::vector<tree_row> rows() {
        // Roots: goals and activities with no goal above, or whose goal is none compared (a cut link).
        std::set<std::string> roots;
        for (const auto& [anchor, list] : goals_under_)
            if (!known_.count(anchor)) roots.insert(anchor);
        for (const auto& [anchor, list] : activities_under_)
            if (!known_.count(anchor)) roots.insert(anchor);
        for (const std::string& anchor : roots) add_children(anchor, 0);
        return std::move(rows_);
    }

private:
    void add_children(const std::string& key, std::size_t depth) {
        if (depth > 64) return;  // a cycle in a chain is cut
        if (auto it = activities_under_.find(key); it != activities_under_.end())
            for (const activity_diff* d : it->second)
                rows_.push_back({d->before ? indented(depth, activity_line(*d->before)) : "", activity_change_text(*d),
                                 d->after ? indented(depth, activity_line(*d->after)) : "",
                                 fill_of(!d->after, !d->before, d->changed())});
        if (auto it = goals_under_.find(key); it != goals_under_.end())
            for (const goal_diff* d : it->second) {
                std::string label = report::level_title(d->level) + ": ";
                rows_.push_back({d->before ? indented(depth, label + d->before->text) : "", goal_change_text(*d),
                                 d->after ? indented(depth, label + d->after->text) : "",
                                 fill_of(!d->after, !d->before, d->changed())});
                add_children(d->key, depth + 1);
            }
    }

    std::map<std::string, std::vector<const goal_diff*>> goals_under_;
    std::map<std::string, std::vector<const activity_diff*>> activities_under_;
    std::set<std::string> known_;
    std::vector<tree_row> rows_;
};

}  // namespace

document changes_document(const changes& found, const sides& names) {
    document doc;
    doc.title = tr("Ändringar i målkedjan", "Changes in the goal chain").text();
    doc.blocks.push_back(text_block(block_kind::heading, doc.title, 1));
    doc.blocks.push_back(text_block(
        block_kind::paragraph,
        tr("Förra året: {0}. I år: {1}.", "Last year: {0}. This year: {1}.", {names.before, names.after}).text()));
    for (const std::string& line : summary_lines(found)) doc.blocks.push_back(text_block(block_kind::list_item, line));
    doc.blocks.push_back(text_block(
        block_kind::heading, tr("Målkedjan förra året och i år", "The goal chain last year and this year").text(), 2));
    doc.blocks.push_back(text_block(
        block_kind::paragraph,
        tr("Grönt är nytt, rött borttaget och gult ändrat.", "Green is new, red dropped and yellow changed.").text()));
    block table;
    table.kind = block_kind::table;
    table.header_rows = 1;
    table.rows.push_back({{cell_of(tr("Förra året", "Last year").text(), ""),
                           cell_of(tr("Ändring", "Change").text(), ""), cell_of(tr("I år", "This year").text(), "")}});
    for (const tree_row& r : tree_builder(found).rows())
        table.rows.push_back({{cell_of(r.before, r.fill), cell_of(r.change, r.fill), cell_of(r.after, r.fill)}});
    doc.blocks.push_back(std::move(table));
    change_table indicators = change_tables(found).back();
    if (!indicators.rows.empty()) {
        doc.blocks.push_back(text_block(block_kind::heading, indicators.title.text(), 2));
        block list;
        list.kind = block_kind::table;
        list.header_rows = 1;
        list.rows.push_back({});
        for (const message& c : indicators.columns) list.rows.back().cells.push_back(cell_of(c.text(), ""));
        for (const auto& cells : indicators.rows) {
            list.rows.push_back({});
            for (const change_cell& c : cells) list.rows.back().cells.push_back(cell_of(c.text, ""));
        }
        doc.blocks.push_back(std::move(list));
    }
    return doc;
}

}  // namespace mk::diff
