// The SK document's parts outside its data tables: title, läsår, answers, development areas.
#include "src/recognize/sk_document.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <utility>

#include "src/core/file_io.hpp"
#include "src/model/stable_ids.hpp"
#include "src/recognize/block_notes.hpp"
#include "src/recognize/goal_match.hpp"
#include "src/recognize/goal_table.hpp"
#include "src/recognize/sk_parts.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

using model::development_area;

bool contains(const std::string& folded, std::string_view part) { return folded.find(part) != std::string::npos; }

// "2023/24" from the first "2023-2024" in text; empty when none.
std::string lasar_in(std::string_view text) {
    for (std::size_t i = 0; i + 9 <= text.size(); ++i) {
        std::string_view s = text.substr(i, 9);
        if (s[4] == '-' && std::all_of(s.begin(), s.begin() + 4, ::isdigit) &&
            std::all_of(s.begin() + 5, s.end(), ::isdigit))
            return std::string(s.substr(0, 4)) + "/" + std::string(s.substr(7, 2));
    }
    return {};
}

// The focus area a Bilaga heading names ("NORMER & VÄRDEN:" → "Normer & värden").
std::string focus_area_named(const std::string& heading) {
    static const std::map<std::string, std::string> known = {{"lärande", "Lärande"},
                                                             {"normer värden", "Normer & värden"},
                                                             {"ledarskap", "Ledarskap"},
                                                             {"arbetsmiljö", "Arbetsmiljö"}};
    auto it = known.find(text::fold(heading));
    if (it != known.end()) return it->second;
    std::string out = text::squeeze_spaces(heading);
    while (!out.empty() && out.back() == ':') out.pop_back();
    return out;
}

// The words of a development area's text that say what it is about: without "Arbeta för (att|en)"
// and the "(SKA)" mark.
std::vector<std::string> area_words(std::string_view text) {
    std::vector<std::string> words = text::tokens(text);
    if (!words.empty() && words.back() == "ska") words.pop_back();
    std::size_t skip = 0;
    if (words.size() > 2 && words[0] == "arbeta" && words[1] == "för")
        skip = words[2] == "att" || words[2] == "en" || words[2] == "ett" ? 3 : 2;
    return {words.begin() + static_cast<std::ptrdiff_t>(skip), words.end()};
}

// A key from a development area's text: its first three telling words joined by '-' ("budget-balans").
std::string derived_key(std::string_view text) {
    static const std::string_view common[] = {"elever", "eleverna", "elevernas", "uppleva",
                                              "skolan", "mellan",   "gällande"};
    std::string key;
    int count = 0;
    for (const std::string& word : area_words(text)) {
        if (word.size() < 5 || std::find(std::begin(common), std::end(common), word) != std::end(common)) continue;
        key += (key.empty() ? "" : "-") + word;
        if (++count == 3) break;
    }
    return key.empty() ? "omrade" : key;
}

// The key of the known area whose text is text (equal after folding, else the most similar of at
// least link_threshold); empty when none.
std::string known_key(std::string_view text, std::span<const development_area> known) {
    std::string best;
    double best_score = link_threshold;
    for (const development_area& d : known) {
        double score = text::fold(d.text) == text::fold(text) ? 2.0 : text::token_similarity(d.text, text);
        if (score >= best_score) {
            best = d.key;
            best_score = score;
        }
    }
    return best;
}

// Gives every development area a key unique in the document: the latest läsår's areas first, so
// that the list the school marks keeps the plain keys; a later clash gets its läsår, then a number.
void assign_keys(std::vector<development_area>& areas, std::span<const development_area> known) {
    std::vector<development_area*> order;
    for (development_area& d : areas) order.push_back(&d);
    std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->lasar > b->lasar; });
    std::vector<std::string> taken;
    for (development_area* d : order) {
        std::string key = known_key(d->text, known);
        if (key.empty()) key = derived_key(d->text);
        std::string lasar = d->lasar;
        std::replace(lasar.begin(), lasar.end(), '/', '-');
        if (std::count(taken.begin(), taken.end(), key) && !lasar.empty()) key += "-" + lasar;
        std::string unique = key;
        for (int n = 2; std::count(taken.begin(), taken.end(), unique); ++n) unique = key + "-" + std::to_string(n);
        d->key = unique;
        taken.push_back(unique);
    }
}

// The instructions the template puts between a question and the school's answer.
bool is_instruction(const std::string& folded) {
    static const std::string_view starts[] = {"om ni ser att det här är ett utvecklingsområde för er",
                                              "försök att i första hand bortse", "berätta vad ni tyckte"};
    for (std::string_view s : starts)
        if (folded.starts_with(s)) return true;
    return false;
}

// "7" from "7. ANALYS AV LÄSÅRET" (or the heading's displayed number); empty when unnumbered.
std::string section_number(const block& heading) {
    std::string digits;
    for (char c : heading.text) {
        if (c < '0' || c > '9') break;
        digits += c;
    }
    if (digits.empty()) digits = heading.number;
    while (!digits.empty() && digits.back() == '.') digits.pop_back();
    return digits;
}

// The last four-digit year a heading names ("... MÅL 2023" → 2023); 0 when none.
int year_in(const std::string& heading) {
    int year = 0;
    for (const auto& word : text::tokens(heading))
        if (word.size() == 4 && word.find_first_not_of("0123456789") == std::string::npos) year = std::stoi(word);
    return year;
}

// The area the Bilagor name ("... utvecklingsområden för Sydvästra/Östra."); empty when none.
std::string area_named(const std::vector<block>& blocks) {
    static const std::string marker = "utvecklingsområden för ";
    for (const block& b : blocks) {
        std::size_t at = b.text.find(marker);
        if (b.kind != block_kind::paragraph || at == std::string::npos) continue;
        std::string rest = b.text.substr(at + marker.size());
        return text::squeeze_spaces(rest.substr(0, rest.find('.')));
    }
    return {};
}

class reader {
public:
    reader(const document& doc, const std::string& file, std::span<const development_area> known,
           written_by_filler filler_wrote)
        : doc_(doc),
          at_{file, {}, {}, {}, area_named(doc.blocks)},
          known_(known),
          filler_wrote_(std::move(filler_wrote)) {
        std::uint32_t n = 0;
        for (const block* t : all_tables(doc.blocks)) at_.table_numbers[t] = ++n;
    }

    model::document read() {
        std::uint32_t index = 0;
        for (const block& b : doc_.blocks) {
            ++index;
            if (b.kind == block_kind::heading)
                heading(b);
            else if (b.kind == block_kind::table)
                table(b);
            else
                paragraph(b, index);
            unread_notes(b);
        }
        finish_answer();
        return finish();
    }

private:
    void heading(const block& b) {
        finish_answer();
        std::uint32_t level = std::clamp<std::uint32_t>(b.level, 1, 9);
        at_.headings[level] = b.text;
        for (std::uint32_t l = level + 1; l < 10; ++l) at_.headings[l].clear();
        at_.nearest = b.text;
        paragraphs_ = 0;
        // A heading is read from only for where the text under it stands: one the school wrote is named.
        unread(b, heading_place(b));
        std::string folded = text::fold(b.text);
        if (level == 1) {
            in_bilagor_ = in_bilagor_ || folded == "bilagor";
            section_ = section_number(b);
            free_section_ = contains(folded, "presentation");
        }
        if (level == 2 && starts_bilaga(b, folded)) {
            bilaga_lasar_ = in_bilagor_ && contains(folded, "utvecklingsområden") ? lasar_in(b.text) : "";
            bilaga_heading_ = b.text;
            bilaga_items_ = 0;
        }
        if (level == 3) focus_area_ = focus_area_named(b.text);
    }

    // Whether the level-2 heading b (folded: its text folded) starts a part of its own: outside the
    // Bilagor always; in them, a heading naming a Bilaga or development areas, or the filler's own.
    // Another (one the school added, "Våra prioriteringar") heads a part of the Bilaga it stands
    // in, whose development areas go on under it.
    bool starts_bilaga(const block& b, const std::string& folded) const {
        if (!in_bilagor_ || folded.starts_with("bilaga") || contains(folded, "utvecklingsområden")) return true;
        return filler_wrote_.paragraph && filler_wrote_.paragraph(b);
    }

    void table(const block& b) {
        finish_answer();
        if (!in_bilagor_) {
            if (auto read = sk::read_table(b, at_, report_, notes_))
                unread_cells_of(b, *read);
            else
                unread_cells(b);
        } else if (contains(text::fold(at_.nearest), "ska mål") && year_in(at_.nearest) > ska_year_) {
            model::document goals;
            goal_list list(goals);
            if (!read_goal_table(b, at_.cell(b, 0, 0, at_.nearest), list)) return unread_cells(b);
            ska_goals_ = std::move(goals.goals);
            ska_year_ = year_in(at_.nearest);
        } else {
            unread_cells(b);
        }
    }

    // Notes the paragraph b, which no part is read from, at place unless the filler wrote it.
    void unread(const block& b, model::source_ref place) {
        if (!filler_wrote_.paragraph || filler_wrote_.paragraph(b)) return;
        std::string text = text::squeeze_spaces(b.text);
        if (!text.empty()) notes_.push_back({model::read_problem::unread_text, std::move(place), std::move(text)});
    }

    // Whether the filler wrote note, by its memory: a picture or embedded object by the pictures it
    // knows (each, when it knows texts and not pictures: it read its documents without them), any
    // other note by its texts.
    bool filler_wrote(const block_note& note) const {
        if (!filler_wrote_.paragraph) return false;
        if (is_picture(note.kind)) return !filler_wrote_.picture || filler_wrote_.picture(note);
        return filler_wrote_.paragraph(text_block(block_kind::paragraph, note.text));
    }

    // Notes the notes of b (just read: footnotes, endnotes, comments, text boxes, charts, pictures), which no
    // part is read from, that the filler did not write (a template's own): at the paragraph, or at
    // the table's cell.
    // Without the filler's memory each is noted, as none is the school's answer. Of a paragraph of an
    // answer, only the comments: the answer took the rest (take_notes).
    void unread_notes(const block& b) {
        auto note_at = [&](const block_note& note, model::source_ref place) {
            if (filler_wrote(note)) return;
            notes_.push_back({model::read_problem::unread_text, std::move(place), labelled_note(note)});
        };
        if (b.kind == block_kind::table) {
            for_each_cell_note(b, [&](std::size_t r, std::size_t c, const block_note& note) {
                note_at(note, at_.cell(b, r, c, at_.nearest));
            });
            return;
        }
        for (const block_note& note : b.notes)
            if (&b != notes_taken_ || note.kind == note_kind::comment)
                note_at(note, b.kind == block_kind::heading ? heading_place(b) : paragraph_place());
    }

    // Notes the page headers and footers the filler did not write, at the file; none when the
    // filler's memory does not know its page texts.
    void unread_page_texts() {
        if (!filler_wrote_.page_text) return;
        auto note = [&](bool header, const std::string& text) {
            if (!filler_wrote_.page_text(text))
                notes_.push_back({model::read_problem::unread_text, model::whole_file(at_.file.str()),
                                  labelled_page_text(header, text)});
        };
        for (const std::string& text : doc_.page_headers) note(true, text);
        for (const std::string& text : doc_.page_footers) note(false, text);
    }

    // Notes each paragraph in the cells of table, which no part is read from, that the filler did not write.
    void unread_cells(const block& table) {
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c)
                for (const block& b : table.rows[r].cells[c].blocks)
                    if (b.kind == block_kind::table)
                        unread_cells(b);
                    else
                        unread(b, at_.cell(table, r, c, at_.nearest));
    }

    // Notes each paragraph the filler did not write in the cells of table read does not read from:
    // the header row and the rows above it (the template's words), and the columns it read no
    // value from. A cell already noted (MK021) is not noted again.
    void unread_cells_of(const block& table, const sk::table_read& read) {
        auto noted = [&](const model::source_ref& place) {
            return std::any_of(notes_.begin(), notes_.end(), [&](const auto& n) { return n.place == place; });
        };
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
                bool unread_column =
                    std::find(read.unread_columns.begin(), read.unread_columns.end(), c) != read.unread_columns.end();
                if (r > read.header_row && !unread_column) continue;
                model::source_ref place = at_.cell(table, r, c, at_.nearest);
                if (noted(place)) continue;
                for (const block& b : table.rows[r].cells[c].blocks)
                    if (b.kind != block_kind::table) unread(b, place);
            }
        }
    }

    // The place of the heading b: its own section.
    model::source_ref heading_place(const block& b) const {
        return model::source_ref{at_.file, {}, {}, b.text, {}, {}, {}, {}};
    }

    // The place of the current paragraph.
    model::source_ref paragraph_place() const {
        return model::source_ref{at_.file, {}, {}, at_.nearest, {}, {}, {}, paragraphs_};
    }

    void paragraph(const block& b, std::uint32_t index) {
        ++paragraphs_;
        ++bilaga_items_;
        std::string text = text::squeeze_spaces_keep_lines(b.text);
        if (b.style == "Title" && report_.title.empty() && title_index_ == 0) {
            report_.title = text::squeeze_spaces(b.text);
            title_index_ = index;
            return;
        }
        if (b.style == "Subtitle") {
            std::string folded = text::fold(b.text);
            if (folded.starts_with("planering")) report_.lasar = lasar_in(b.text);
            if (folded.starts_with("uppföljning")) followed_up_ = lasar_in(b.text);
            if (!folded.starts_with("planering") && !folded.starts_with("uppföljning")) unread(b, paragraph_place());
            return;
        }
        if (text.empty()) return;
        if (in_bilagor_) {
            if (!bilaga_lasar_.empty() && b.kind == block_kind::list_item)
                development_item(b, text);
            else
                unread(b, paragraph_place());
            return;
        }
        if (section_.empty() && at_.headings[1].empty()) return unread(b, paragraph_place());
        bool answer_text = true;
        if (std::size_t label_end = answer_label_length(b, text)) {
            start_answer(text.substr(0, label_end));
            label_ = {&b, paragraph_place()};
            if (label_end == text.size()) return;
            // Written on the label's line ("Skolans svar: Vi ser att …"): the answer's text.
            text = text::squeeze_spaces_keep_lines(std::string_view(text).substr(label_end));
            answer_text = !text.empty();
        }
        if (!answer_ && free_section_) {
            answer_.emplace();
            answer_->section = section_;
        }
        if (!answer_text) return;
        if (!answer_ || (!b.bold && is_instruction(text::fold(text)))) return unread(b, paragraph_place());
        if (!answer_->source) answer_->source = paragraph_place();
        answer_->text += (answer_->text.empty() ? "" : "\n") + text;
        take_notes(b);
    }

    // Adds the footnotes, endnotes, text boxes, charts and pictures of b, a paragraph of the open answer, to its
    // text, a line each ("Fotnot: ..."): the school's own, written with the answer. A comment is a remark
    // on the text, not part of it, and stays for unread_notes.
    void take_notes(const block& b) {
        for (const block_note& note : b.notes)
            if (note.kind != note_kind::comment) answer_->text += "\n" + labelled_note(note);
        notes_taken_ = &b;
    }

    void start_answer(std::string label) {
        finish_answer();
        answer_.emplace();
        answer_->label = std::move(label);
        answer_->section = section_;
    }

    // How much of the paragraph b (its text squeezed) is the label of an answer: of a bold paragraph,
    // label_length; of one that leads with bold words, those words when they are a label
    // ("Skolans svar:" in bold, the answer typed after it plain); else none.
    static std::size_t answer_label_length(const block& b, const std::string& text) {
        if (b.bold) return label_length(text);
        // Squeezing keeps a prefix a prefix: the lead's squeezed text starts the paragraph's.
        std::string lead = text::squeeze_spaces_keep_lines(std::string_view(b.text).substr(0, b.bold_lead));
        if (lead.empty()) return 0;
        std::size_t label_end = label_length(lead);
        bool labelled = label_end < lead.size() || lead.ends_with(':') || lead.ends_with('?');
        return labelled ? label_end : 0;
    }

    // How much of a bold paragraph is the label of an answer: up to its first ':' or '?' followed by
    // more text (the answer written on the label's line, "Skolans svar: Vi ser att …"), else all of
    // it ("Skolans svar:", "Feedback på SK-dokumentet").
    static std::size_t label_length(const std::string& text) {
        if (text.ends_with(':') || text.ends_with('?')) return text.size();
        for (std::size_t mark = text.find_first_of(":?"); mark != std::string::npos;
             mark = text.find_first_of(":?", mark + 1))
            if (text[mark + 1] == ' ' || text[mark + 1] == '\n') return mark + 1;
        return text.size();
    }

    void development_item(const block& b, const std::string& text) {
        development_area d;
        d.focus_area = focus_area_;
        d.text = text::squeeze_spaces(text);
        d.ska = text.find("(SKA)") != std::string::npos;
        d.area = at_.area;
        d.lasar = bilaga_lasar_;
        d.source = model::source_ref{at_.file, {}, {}, bilaga_heading_, {}, {}, {}, bilaga_items_};
        yellow_.push_back(b.yellow);
        areas_.push_back(std::move(d));
    }

    void finish_answer() {
        // A bold sentence with nothing under it is no label (labels end with ':' or '?', or no mark
        // at all): the school's answer written over the label.
        if (answer_ && answer_->text.empty() && (answer_->label.ends_with('.') || answer_->label.ends_with('!')))
            answer_->text = std::exchange(answer_->label, {});
        if (answer_ && !answer_->text.empty())
            report_.answers.push_back(std::move(*answer_));
        else if (answer_ && label_.first)
            // A label with no answer under it that the filler did not write: the school's line.
            unread(*label_.first, label_.second);
        answer_.reset();
        label_ = {};
    }

    // The development area of lasar that goal_text works for, the most similar one; empty when none.
    std::string area_for(const std::string& goal_text, const std::string& lasar) const {
        std::string best;
        double best_score = -1;
        for (const development_area& d : areas_) {
            if (d.lasar != lasar || !goal_covers_area(goal_text, d.text)) continue;
            double score = text::token_similarity(goal_text, d.text);
            if (score > best_score) {
                best = d.key;
                best_score = score;
            }
        }
        return best;
    }

    model::document finish() {
        assign_keys(areas_, known_);
        for (std::size_t i = 0; i < areas_.size(); ++i)
            if (yellow_[i] && (report_.lasar.empty() || areas_[i].lasar == report_.lasar))
                report_.highlighted_areas.push_back(areas_[i].key);
        for (auto& g : report_.planned_goals) g.development_area = area_for(g.goal_text, report_.lasar);
        for (auto& g : report_.analysed_goals) g.development_area = area_for(g.goal_text, followed_up_);

        model::document out;
        out.metadata.kind = model::document_kind::sk_report;
        out.metadata.lasar = report_.lasar;
        out.metadata.source_files.push_back(at_.file);
        bool placeholder = text::fold(report_.title) == "skolans namn" || report_.title.empty();
        model::school school;
        school.code = placeholder ? file_stem(at_.file.str()) : report_.title;
        school.name = report_.title;
        school.area = at_.area;
        school.source = model::source_ref{at_.file, {}, {}, {},
                                          {},       {}, {}, title_index_ ? std::optional(title_index_) : std::nullopt};
        report_.school = school.code;
        report_.source = school.source;
        out.metadata.title = report_.title;
        out.schools.push_back(std::move(school));
        out.development_areas = std::move(areas_);
        out.sk_reports.push_back(std::move(report_));
        if (!filler_wrote_.paragraph)
            notes_.push_back({model::read_problem::outside_answers_unchecked, model::whole_file(at_.file.str()), ""});
        unread_page_texts();
        out.read_notes = std::move(notes_);
        out.goals = std::move(ska_goals_);
        model::assign_stable_ids(out);
        return out;
    }

    const document& doc_;
    sk::position at_;
    std::span<const development_area> known_;
    written_by_filler filler_wrote_;
    model::sk_report report_;
    std::vector<model::read_note> notes_;
    std::uint32_t title_index_ = 0;
    std::string followed_up_;
    bool in_bilagor_ = false;
    bool free_section_ = false;
    std::string section_;
    std::uint32_t paragraphs_ = 0;
    std::optional<model::answer> answer_;
    // The paragraph of the open answer's label, and its place; none when the answer has no label.
    std::pair<const block*, model::source_ref> label_;
    // The last paragraph whose notes an answer took (take_notes).
    const block* notes_taken_ = nullptr;
    std::string bilaga_lasar_;
    std::string bilaga_heading_;
    std::uint32_t bilaga_items_ = 0;
    std::string focus_area_;
    std::vector<development_area> areas_;
    std::vector<bool> yellow_;
    // The goals of the SKA-mål table of the latest year, and its year (-1: none yet).
    std::vector<model::goal> ska_goals_;
    int ska_year_ = -1;
};

}  // namespace

namespace sk {

model::source_ref position::cell(const block& table, std::size_t row, std::size_t col,
                                 const std::string& section) const {
    model::source_ref ref;
    ref.file = file;
    ref.section = section;
    auto it = table_numbers.find(&table);
    if (it != table_numbers.end()) ref.table = it->second;
    ref.row = static_cast<std::uint32_t>(row + 1);
    ref.column = static_cast<std::uint32_t>(col + 1);
    return ref;
}

}  // namespace sk

bool is_sk_document(const document& doc) {
    bool analysis = false, planning = false;
    for (const block& b : doc.blocks) {
        if (b.kind != block_kind::heading) continue;
        std::string folded = text::fold(b.text);
        analysis = analysis || contains(folded, "målanalys");
        planning = planning || contains(folded, "planeringsrapport");
    }
    return analysis && planning;
}

model::document recognise_sk_document(const document& doc, const std::string& file_name,
                                      std::span<const development_area> known_areas, written_by_filler filler_wrote) {
    return reader(doc, file_name, known_areas, std::move(filler_wrote)).read();
}

bool goal_covers_area(std::string_view goal_text, std::string_view area_text) {
    model::goal area;
    area.text = std::string(area_text);
    if (match_goal(goal_text, std::span<const model::goal>(&area, 1))) return true;
    std::vector<std::string> wanted = area_words(area_text);
    std::vector<std::string> have = area_words(goal_text);
    if (wanted.empty()) return false;
    std::size_t found = 0;
    for (const std::string& w : wanted) {
        auto it = std::find(have.begin(), have.end(), w);
        if (it == have.end()) continue;
        ++found;
        have.erase(it);
    }
    return found * 10 >= wanted.size() * 9;
}

std::optional<double> parse_sk_number(std::string_view text) {
    std::string s = text::squeeze_spaces(text);
    for (std::string_view space : {"\xC2\xA0", "\xE2\x80\xAF", " "})
        for (std::size_t at; (at = s.find(space)) != std::string::npos;) s.erase(at, space.size());
    if (s.ends_with('%')) s.pop_back();
    std::replace(s.begin(), s.end(), ',', '.');
    if (s.starts_with("\xE2\x88\x92")) s.replace(0, 3, "-");
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return value;
}

}  // namespace mk::recognize
