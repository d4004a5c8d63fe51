#include "src/recognize/columns.hpp"

#include <algorithm>

#include "src/core/message.hpp"
#include "src/text/fold.hpp"

namespace mk::recognize {
namespace {

struct synonym {
    std::string_view folded;
    column_role role;
    // Another word for the role than its own ("Åtagande" for an activity): the import says so.
    bool guess = false;
};

// Folded header texts (text::fold, trailing year removed) and their roles.
constexpr synonym synonyms[] = {
    {"perspektiv", column_role::perspective},
    {"fokusområde", column_role::perspective, true},
    {"kommunfullmäktiges mål", column_role::top_goal},
    {"kommunfullmäktigemål", column_role::top_goal},
    {"kf mål", column_role::top_goal},
    {"övergripande mål", column_role::top_goal, true},
    {"nämndmål", column_role::goal},
    {"nämndens mål", column_role::goal},
    {"mål", column_role::goal, true},
    {"delmål", column_role::sub_goal},
    {"aktivitet", column_role::activity},
    {"aktiviteter", column_role::activity},
    {"åtagande", column_role::activity, true},
    {"åtaganden", column_role::activity, true},
    {"insats", column_role::activity, true},
    {"insatser", column_role::activity, true},
    {"åtgärd", column_role::activity, true},
    {"åtgärder", column_role::activity, true},
    {"planerad aktivitet", column_role::activity},
    {"planerade aktiviteter", column_role::activity},
    {"slutfört", column_role::planned},
    {"klart senast", column_role::planned},
    {"tidplan", column_role::planned},
    {"tidsplan", column_role::planned},
    {"ev kommentar", column_role::comment},
    {"kommentar", column_role::comment},
    {"kommentarer", column_role::comment},
    {"kommentarer till status", column_role::comment},
    {"kommentar till status", column_role::comment},
    {"särskilt prioriterat", column_role::priority},
    {"indikator", column_role::indicator},
    {"indikatorer", column_role::indicator},
    {"nyckeltal", column_role::indicator},
    {"mått", column_role::indicator, true},
    {"målvärde", column_role::target},
    {"målvärden", column_role::target},
    {"trend", column_role::trend},
    {"målvärde uppnått", column_role::met},
    {"ansvar", column_role::responsible},
    {"ansvarig", column_role::responsible},
    {"ansvariga", column_role::responsible},
    {"enhet", column_role::unit},
    {"ansvarig enhet", column_role::unit},
    {"skola", column_role::unit},
    {"skolenhet", column_role::unit},
    {"förskola", column_role::unit},
    {"verksamhet", column_role::unit, true},
    {"avdelning", column_role::unit, true},
    {"område", column_role::unit, true},
    {"rektorsområde", column_role::unit, true},
    {"år", column_role::year},
    {"verksamhetsår", column_role::year},
};

// Roles whose header may name a checkpoint after its word ("Status delår 1", "Utfall bokslut",
// "Kommentar delår 1").
constexpr synonym checkpointed_roles[] = {
    {"status", column_role::status},
    {"utfall", column_role::outcome},
    {"kommentar", column_role::comment},
    {"kommentarer", column_role::comment},
};

// What follows "Utfall" in the previous year's outcome column.
constexpr std::string_view previous_year_names[] = {"föregående år", "fg år", "förra året"};

struct checkpoint_name {
    std::string_view folded;
    model::checkpoint checkpoint;
};

constexpr checkpoint_name checkpoints[] = {
    {"", model::checkpoint::report},
    {"delår1", model::checkpoint::delar_1},
    {"delår 1", model::checkpoint::delar_1},
    {"delår2", model::checkpoint::delar_2},
    {"delår 2", model::checkpoint::delar_2},
    {"bokslut", model::checkpoint::bokslut},
    {"helår", model::checkpoint::bokslut},
};

// Words that may follow "Status" in the header of a status column without naming a checkpoint of
// their own: the month or date the status is given at ("Status mars", "Status per 31/3"), a tertial
// or quarter ("Status T1"), the colours it is given in ("Status (grön/gul/röd)").
constexpr std::string_view status_header_words[] = {
    "per",     "den",       "januari", "februari", "mars",     "april", "maj",    "juni",       "juli",
    "augusti", "september", "oktober", "november", "december", "jan",   "feb",    "mar",        "apr",
    "jun",     "jul",       "aug",     "sep",      "sept",     "okt",   "nov",    "dec",        "t1",
    "t2",      "t3",        "tertial", "kvartal",  "q1",       "q2",    "q3",     "q4",         "vt",
    "ht",      "grön",      "gul",     "röd",      "grå",      "färg",  "färger", "trafikljus", "och",
};

// Whether rest (folded, after "status ") is only such words and numbers.
bool says_when_or_how_status_is_given(std::string_view rest) {
    std::vector<std::string> words = text::tokens(rest);
    if (words.empty()) return false;
    for (const std::string& w : words) {
        bool number = w.find_first_not_of("0123456789") == std::string::npos;
        if (!number && std::find(std::begin(status_header_words), std::end(status_header_words), w) ==
                           std::end(status_header_words))
            return false;
    }
    return true;
}

// "åtagande 2018" → "åtagande" with year 2018; a year (four digits) at the end is no part of the role.
std::string without_trailing_year(std::string folded, std::optional<int>& year) {
    if (folded.size() >= 5 && folded[folded.size() - 5] == ' ' &&
        std::all_of(folded.end() - 4, folded.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        year = std::stoi(folded.substr(folded.size() - 4));
        folded.resize(folded.size() - 5);
    }
    return folded;
}

// The most bytes a header that names a column has once folded, a trailing year included.
constexpr std::size_t longest_folded_header = [] {
    std::size_t longest = 0;
    for (const auto& s : synonyms) longest = std::max(longest, s.folded.size());
    std::size_t longest_rest = 0;
    for (const auto& c : checkpoints) longest_rest = std::max(longest_rest, c.folded.size());
    for (std::string_view name : previous_year_names) longest_rest = std::max(longest_rest, name.size());
    for (const auto& s : checkpointed_roles) longest = std::max(longest, s.folded.size() + 1 + longest_rest);
    return longest + 5;  // " 2018"
}();

// Whether name surely names no role, told without folding it: it is too long.
bool too_long_to_name(std::string_view name) {
    return name.size() > max_header_bytes || text::surely_folds_longer_than(name, longest_folded_header);
}

// The text before the first explanation a header adds to its name: "Aktivitet" of "Aktivitet – vad
// gör vi?", "Ansvarig: namn och roll", "Kommentar (högst 200 tecken)" or "Mål" and a line break
// before a question; nullopt when there is none or no text before it. After a dash or a colon the
// explanation is a question or starts in lower case: "Mål: Trygg skola" is a goal's text, written
// in a goal's cell, not a header. Only a name's worth of bytes is looked at: twice the longest
// folded name, room for its spaces, marks and letters of two bytes; in one pass, as every long
// text of a sheet is looked at.
std::optional<std::string_view> name_before_explanation(std::string_view header) {
    std::string_view start = header.substr(0, 2 * longest_folded_header + 1);
    std::size_t end = 0;
    bool always = false;  // a parenthesis or a line break: an explanation whatever it says
    for (; end < start.size(); ++end) {
        char c = start[end];
        if (c == '(' || c == '\n' || c == '\r') {
            always = true;
            break;
        }
        std::string_view here = start.substr(end);
        if (c == ':' || (c == ' ' && here.starts_with(" - ")) ||
            (c == '\xE2' && (here.starts_with("\u2013") || here.starts_with("\u2014"))))
            break;  // a colon, a spaced hyphen, an en or em dash
    }
    if (end == start.size() || text::is_blank(header.substr(0, end))) return std::nullopt;
    std::string_view rest = header.substr(end);
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" :-")));
    if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) rest.remove_prefix(3);
    if (!always && rest.find('?') == std::string_view::npos && text::starts_upper_case(rest)) return std::nullopt;
    return header.substr(0, end);
}

// The synonym whose folded text is folded, or nullptr.
const synonym* synonym_named(std::string_view folded) {
    auto found =
        std::find_if(std::begin(synonyms), std::end(synonyms), [&](const synonym& s) { return s.folded == folded; });
    return found == std::end(synonyms) ? nullptr : found;
}

// The role a folded header names by a synonym, and whether only by other words than the role's own:
// the synonym itself, one broken by a hyphen or a line ("Nämnd-\nmål"), or one role's synonyms each a
// word ("Aktivitet/insats", "Aktivitet (åtgärd)", "Aktivitet eller insats", with "och" and "eller"
// between).
std::optional<synonym> role_named(std::string_view folded) {
    if (const synonym* s = synonym_named(folded)) return *s;
    std::string joined;
    for (char c : folded)
        if (c != ' ') joined += c;
    if (const synonym* s = synonym_named(joined)) return *s;
    std::optional<synonym> named;
    std::size_t words = 0;
    while (!folded.empty()) {  // folded: words with one space between
        std::string_view word = folded.substr(0, folded.find(' '));
        folded.remove_prefix(std::min(folded.size(), word.size() + 1));
        if (word == "och" || word == "eller") continue;
        const synonym* s = synonym_named(word);
        if (!s || (named && named->role != s->role)) return std::nullopt;
        named = synonym{{}, s->role, (!named || named->guess) && s->guess};
        ++words;
    }
    return words >= 2 ? named : std::nullopt;
}

// Whether a table may have several columns of role: a status, comment or outcome column per
// checkpoint or year; every other role is read from one column.
bool takes_many_columns(column_role role) {
    return role == column_role::status || role == column_role::comment || role == column_role::outcome ||
           role == column_role::extra;
}

// The column a name names on its own, its header not yet set; nullopt when too long to name one.
std::optional<column> classify_name(std::string_view name) {
    if (too_long_to_name(name)) return std::nullopt;
    column result;
    std::string folded = without_trailing_year(text::fold(name), result.year);
    if (auto named = role_named(folded)) {
        result.role = named->role;
        return result;
    }
    for (const auto& [word, role, guess] : checkpointed_roles) {
        if (!folded.starts_with(word)) continue;
        std::string_view rest = std::string_view(folded).substr(word.size());
        if (rest.starts_with(' ')) rest.remove_prefix(1);
        result.role = role;
        for (const auto& c : checkpoints) {
            if (rest == c.folded) {
                result.checkpoint = c.checkpoint;
                return result;
            }
        }
        if (role == column_role::outcome && std::find(std::begin(previous_year_names), std::end(previous_year_names),
                                                      rest) != std::end(previous_year_names)) {
            result.previous_year = true;
            return result;
        }
        if (role == column_role::status && says_when_or_how_status_is_given(rest)) return result;
    }
    return std::nullopt;
}

// The column header names, given whether header is too long to name one as a whole (the name before
// an explanation may still be short enough).
std::optional<column> classify(std::string_view header, bool too_long) {
    std::optional<column> c = too_long ? std::nullopt : classify_name(header);
    // "Aktivitet – vad gör vi?" names an activity; "Mål - indikator" names no one role.
    if (auto name = name_before_explanation(header); !c && name)
        if (c = classify_name(*name); c && classify_name(header.substr(name->size()))) c.reset();
    if (c) c->header = std::string(header);
    return c;
}

}  // namespace

std::optional<column> classify_header(std::string_view header) { return classify(header, too_long_to_name(header)); }

std::vector<column> recognise_header_row(const std::vector<std::pair<std::uint32_t, std::string>>& cells) {
    return recognise_header_row(std::vector<std::pair<std::uint32_t, std::string_view>>(cells.begin(), cells.end()));
}

bool non_header_memo::knows(std::uint32_t col, std::string_view text) const {
    auto found = columns_.find(col);
    return found != columns_.end() &&
           std::find(found->second.texts.begin(), found->second.texts.end(), text) != found->second.texts.end();
}

void non_header_memo::remember(std::uint32_t col, std::string_view text) {
    recent& r = columns_[col];
    r.texts[r.next] = text;
    r.next = (r.next + 1) % per_column;
}

std::vector<column> recognise_header_row(const std::vector<std::pair<std::uint32_t, std::string_view>>& cells,
                                         non_header_memo* memo) {
    std::vector<column> columns;
    for (const auto& [col, header] : cells) {
        bool too_long = too_long_to_name(header);
        if (!too_long && memo && memo->knows(col, header)) continue;
        auto c = classify(header, too_long);
        if (!c) {
            if (memo && !too_long) memo->remember(col, header);
            continue;
        }
        c->col = col;
        columns.push_back(std::move(*c));
    }
    auto has = [&](column_role role) {
        return std::any_of(columns.begin(), columns.end(), [&](const column& c) { return c.role == role; });
    };
    bool goal = has(column_role::goal) || has(column_role::top_goal);
    // Activities under goals, or goals with their indicators (a table of nämndmål and their
    // Indikator, Målvärde and Utfall).
    bool is_header = (has(column_role::activity) && (goal || has(column_role::status))) ||
                     (goal && has(column_role::indicator) && (has(column_role::target) || has(column_role::outcome)));
    if (!is_header) return {};
    if (has(column_role::sub_goal)) {
        for (auto& c : columns)
            if (c.role == column_role::goal) c.role = column_role::top_goal;
    }
    // Of several columns of a role read from one, the first named by the role's own word is read
    // ("Aktivitet" before an earlier "Åtgärd"), else the first; the others are kept as extra columns.
    for (column& c : columns) {
        if (takes_many_columns(c.role)) continue;
        column_role role = c.role;
        auto same = [&](const column& o) { return o.role == role; };
        auto own = std::find_if(columns.begin(), columns.end(),
                                [&](const column& o) { return same(o) && !read_by_synonym(o); });
        auto read = own != columns.end() ? own : std::find_if(columns.begin(), columns.end(), same);
        for (column& o : columns)
            if (&o != &*read && same(o)) o.role = column_role::extra;
    }
    return columns;
}

bool read_by_synonym(const column& c) {
    if (!std::any_of(std::begin(synonyms), std::end(synonyms), [&](const synonym& s) { return s.role == c.role; }))
        return false;
    std::string_view name = c.header;
    if (!classify_name(name)) name = name_before_explanation(name).value_or(name);
    std::optional<int> year;
    auto named = role_named(without_trailing_year(text::fold(name), year));
    if (named && named->role == c.role) return named->guess;
    // A comment column of a checkpoint ("Kommentar delår 1") is named by its own word; any other
    // column was given its role by its neighbours: "Mål" beside "Delmål" read as a council goal.
    return c.checkpoint == model::checkpoint::report;
}

std::string role_name(column_role role) {
    switch (role) {
        case column_role::perspective: return tr("perspektiv", "perspective").text();
        case column_role::top_goal: return tr("KF-mål", "council goal").text();
        case column_role::goal: return tr("nämndmål", "board goal").text();
        case column_role::sub_goal: return tr("delmål", "sub-goal").text();
        case column_role::activity: return tr("aktivitet", "activity").text();
        case column_role::planned: return tr("planerad tid", "planned time").text();
        case column_role::status: return tr("status", "status").text();
        case column_role::comment: return tr("kommentar", "comment").text();
        case column_role::priority: return tr("prioritering", "priority").text();
        case column_role::indicator: return tr("indikator", "indicator").text();
        case column_role::target: return tr("målvärde", "target").text();
        case column_role::outcome: return tr("utfall", "outcome").text();
        case column_role::trend: return tr("trend", "trend").text();
        case column_role::met: return tr("målvärde uppnått", "target met").text();
        case column_role::responsible: return tr("ansvarig", "responsible").text();
        case column_role::unit: return tr("enhet", "unit").text();
        case column_role::year: return tr("år", "year").text();
        case column_role::extra: return tr("extra fält", "extra field").text();
    }
    return {};
}

namespace {

constexpr std::string_view role_tokens[] = {
    "perspective", "top_goal", "goal",    "sub_goal", "activity", "planned",     "status", "comment", "priority",
    "indicator",   "target",   "outcome", "trend",    "met",      "responsible", "unit",   "year",    "extra"};
static_assert(std::size(role_tokens) == static_cast<std::size_t>(column_role::extra) + 1);

}  // namespace

std::string_view role_token(column_role role) { return role_tokens[static_cast<std::size_t>(role)]; }

std::optional<column_role> role_of_token(std::string_view token) {
    for (std::size_t i = 0; i < std::size(role_tokens); ++i)
        if (role_tokens[i] == token) return static_cast<column_role>(i);
    return std::nullopt;
}

std::string expected_headers() {
    return "Nämndmål/Mål/Delmål/Övergripande mål/Kommunfullmäktiges mål, Aktivitet/Åtagande/Insats, "
           "Slutfört/Klart senast/Tidplan, Status (delår 1, delår 2, bokslut), Ev kommentar/Kommentar/"
           "Kommentarer till status, Särskilt prioriterat, Perspektiv, Enhet/Skola/Verksamhet, "
           "Indikator/Nyckeltal/Mått, Målvärde, Utfall (ett år, delår 1, delår 2, bokslut, föregående år), Trend";
}

bool kept_on_goal_row(column_role role) {
    return role == column_role::planned || role == column_role::priority || role == column_role::responsible ||
           role == column_role::unit || role == column_role::year;
}

}  // namespace mk::recognize
