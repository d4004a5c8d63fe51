#include "src/report/tree_svg.hpp"

#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "src/core/xml_writer.hpp"
#include "src/report/level_names.hpp"
#include "src/report/lights.hpp"
#include "src/report/outline.hpp"
#include "src/report/sheets.hpp"
#include "src/text/utf8.hpp"

namespace mk::report {
namespace {

// The layout, in pixels: every number is an integer, so the markup is the same everywhere.
constexpr int width = 880;
constexpr int margin = 16;
constexpr int indent = 28;
constexpr int line_height = 18;
constexpr int padding = 7;
constexpr int label_height = 15;
// The average advance of a 13 px sans-serif character, in tenths of a pixel.
constexpr int char_width_tenths = 70;
constexpr int gap = 8;

// The first max_chars code points of word (which is longer) and the rest.
std::pair<std::string, std::string> split_word(const std::string& word, std::size_t max_chars) {
    std::size_t length = text::code_point_prefix(word, max_chars);
    return {word.substr(0, length), word.substr(length)};
}

// text in lines of at most max_chars code points, broken at spaces (and inside longer words);
// its own line breaks are kept.
std::vector<std::string> wrap(const std::string& text, int pixels) {
    std::size_t max_chars = static_cast<std::size_t>(std::max(8, pixels * 10 / char_width_tenths));
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line;
        std::size_t word_start = start;
        while (word_start < end) {
            std::size_t word_end = text.find(' ', word_start);
            if (word_end == std::string::npos || word_end > end) word_end = end;
            std::string word = text.substr(word_start, word_end - word_start);
            word_start = word_end + 1;
            if (word.empty()) continue;
            if (!line.empty() && text::code_point_count(line) + 1 + text::code_point_count(word) > max_chars) {
                lines.push_back(std::move(line));
                line.clear();
            }
            while (text::code_point_count(word) > max_chars) {
                auto [head, tail] = split_word(word, max_chars);
                if (!line.empty()) lines.push_back(std::move(line));
                lines.push_back(head);
                line.clear();
                word = tail;
            }
            line += (line.empty() ? "" : " ") + word;
        }
        if (!line.empty()) lines.push_back(std::move(line));
        start = end + 1;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

std::string severity_colour(model::severity severity) {
    switch (severity) {
        case model::severity::fel: return "#B00020";
        case model::severity::varning: return "#8A5300";
        case model::severity::info: return "#4B5563";
    }
    return "#4B5563";
}

struct box_look {
    std::string fill, stroke, text, label;
};

box_look look_of(model::level level) {
    switch (level) {
        case model::level::kf: return {"#DCE8F5", "#2F6EA5", "#10263D", "#2F6EA5"};
        case model::level::namnd: return {"#F3F7FB", "#7FA7CF", "#10263D", "#4A6F94"};
        default: return {"#FFFFFF", "#B0BEC5", "#1F2328", "#546E7A"};
    }
}

class tree_drawer {
public:
    tree_drawer(const model::document& doc, const check::findings& found) : doc_(doc), index_(doc) {
        for (const model::goal& g : doc.goals) {
            const model::goal* parent = index_.parent(g);
            (parent ? child_goals_[parent] : root_goals_).push_back(&g);
        }
        for (const model::activity& a : doc.activities) {
            const model::goal* g = a.goal ? index_.find(a.goal->target) : nullptr;
            (g ? activities_[g] : root_activities_).push_back(&a);
        }
        std::set<std::string> subjects;
        for (const model::goal& g : doc.goals) subjects.insert(g.id);
        for (const model::activity& a : doc.activities) subjects.insert(a.id);
        for (const model::finding& f : found)
            (subjects.contains(f.subject) ? findings_[f.subject] : root_findings_).push_back(&f);
    }

    std::string draw(const std::string& title) {
        std::string root_text = doc_.vision.empty() ? title : "";
        for (const model::statement& s : doc_.vision) root_text += (root_text.empty() ? "" : "\n") + s.text;
        int top = y_;
        box(0, doc_.vision.empty() ? "Målkedjan" : "Vision", wrap(root_text, text_width(0)),
            {"#1F3A5F", "#1F3A5F", "#FFFFFF", "#C9D8EA"}, root_text);
        list_findings(0, root_findings_);
        std::vector<int> anchors;
        std::set<const model::goal*> drawn;
        for (const model::goal* g : root_goals_) anchors.push_back(draw_goal(*g, 1, drawn));
        for (const model::activity* a : root_activities_) anchors.push_back(draw_activity(*a, 1));
        connect(0, top, anchors);
        int height = y_ + margin;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + std::to_string(width) +
               "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
               std::to_string(height) +
               "\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"13\">\n<title>" +
               escape_text("Målkedjan: " + title) + "</title>\n" + lines_ + body_ + "</svg>\n";
    }

private:
    static int x_of(int depth) { return margin + depth * indent; }
    static int text_width(int depth) { return width - x_of(depth) - margin - 2 * padding; }

    // A box with a small label and wrapped lines at this depth; moves y_ below it.
    void box(int depth, const std::string& label, const std::vector<std::string>& lines, const box_look& look,
             const std::string& tooltip) {
        int x = x_of(depth);
        int height = padding + label_height + static_cast<int>(lines.size()) * line_height + padding - 4;
        body_ += "<g>\n<title>" + escape_text(tooltip) + "</title>\n<rect x=\"" + std::to_string(x) + "\" y=\"" +
                 std::to_string(y_) + "\" width=\"" + std::to_string(width - x - margin) + "\" height=\"" +
                 std::to_string(height) + "\" rx=\"6\" fill=\"" + look.fill + "\" stroke=\"" + look.stroke + "\"/>\n";
        body_ += "<text x=\"" + std::to_string(x + padding) + "\" y=\"" + std::to_string(y_ + padding + 10) +
                 "\" font-size=\"10.5\" font-weight=\"bold\" fill=\"" + look.label + "\">" + escape_text(label) + "</text>\n";
        text_lines(x + padding, y_ + padding + label_height + 12, lines, look.text, "");
        body_ += "</g>\n";
        y_ += height + gap;
    }

    void text_lines(int x, int baseline, const std::vector<std::string>& lines, const std::string& colour,
                    const std::string& extra) {
        body_ += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(baseline) + "\" fill=\"" + colour + "\"" +
                 extra + ">";
        for (std::size_t i = 0; i < lines.size(); ++i)
            body_ += "<tspan x=\"" + std::to_string(x) + "\"" + (i ? " dy=\"" + std::to_string(line_height) + "\"" : "") +
                     ">" + escape_text(lines[i]) + "</tspan>";
        body_ += "</text>\n";
    }

    // Returns the y its connector ends at.
    int draw_goal(const model::goal& g, int depth, std::set<const model::goal*>& drawn) {
        int anchor = y_ + padding + 6;
        if (!drawn.insert(&g).second) return anchor;
        int top = y_;
        std::string text = goal_text(g);
        box(depth, level_title_sv(g.level) + (g.perspective.empty() ? "" : " · " + g.perspective),
            wrap(text, text_width(depth)), look_of(g.level), text);
        list_findings(depth, findings_[g.id]);
        std::vector<int> anchors;
        for (const model::goal* child : child_goals_[&g]) anchors.push_back(draw_goal(*child, depth + 1, drawn));
        for (const model::activity* a : activities_[&g]) anchors.push_back(draw_activity(*a, depth + 1));
        connect(depth, top, anchors);
        return anchor;
    }

    int draw_activity(const model::activity& a, int depth) {
        int x = x_of(depth);
        const model::status_report* latest = latest_status(a);
        model::status status = latest ? latest->value : model::status::unknown;
        std::string fill(light_fill(status));
        std::string text = a.text + (latest ? " – " + latest->word : "");
        std::vector<std::string> lines = wrap(text, width - x - 22 - margin);
        int anchor = y_ + 9;
        body_ += "<g>\n<title>" + escape_text(text) + "</title>\n<circle cx=\"" + std::to_string(x + 8) + "\" cy=\"" +
                 std::to_string(anchor) + "\" r=\"7\" fill=\"#" + (fill.empty() ? std::string("FFFFFF") : fill) +
                 "\" stroke=\"#" + std::string(light_stroke(status)) + "\" stroke-width=\"2\"/>\n";
        text_lines(x + 22, y_ + 13, lines, "#1F2328", "");
        body_ += "</g>\n";
        y_ += static_cast<int>(lines.size()) * line_height + 4;
        list_findings(depth, findings_[a.id]);
        return anchor;
    }

    // The findings of an element, one wrapped text each, under the element at depth.
    void list_findings(int depth, const std::vector<const model::finding*>& list) {
        int x = x_of(depth) + 22;
        for (const model::finding* f : list) {
            std::string text = "▲ " + severity_word(f->severity) + " " + f->rule + ": " + f->message;
            std::vector<std::string> lines = wrap(text, width - x - margin);
            text_lines(x, y_ + 12, lines, severity_colour(f->severity), " font-size=\"12\"");
            y_ += static_cast<int>(lines.size()) * (line_height - 2) + 2;
        }
        if (!list.empty()) y_ += 4;
    }

    // Lines from the element at depth (whose box starts at top) to its children's anchors.
    void connect(int depth, int top, const std::vector<int>& anchors) {
        if (anchors.empty()) return;
        int x = x_of(depth) + 10;
        std::string path = "M" + std::to_string(x) + " " + std::to_string(top + 20) + "V" + std::to_string(anchors.back());
        for (int a : anchors) path += "M" + std::to_string(x) + " " + std::to_string(a) + "H" + std::to_string(x_of(depth + 1));
        lines_ += "<path d=\"" + path + "\" fill=\"none\" stroke=\"#9AA5B1\" stroke-width=\"1.5\"/>\n";
    }

    const model::document& doc_;
    chain_index index_;
    std::vector<const model::goal*> root_goals_;
    std::map<const model::goal*, std::vector<const model::goal*>> child_goals_;
    std::vector<const model::activity*> root_activities_;
    std::map<const model::goal*, std::vector<const model::activity*>> activities_;
    std::vector<const model::finding*> root_findings_;
    std::map<std::string, std::vector<const model::finding*>> findings_;
    std::string body_;
    std::string lines_;
    int y_ = margin;
};

}  // namespace

std::string goal_tree_svg(const model::document& doc, const check::findings& found, const std::string& title) {
    return tree_drawer(doc, found).draw(title);
}

}  // namespace mk::report
