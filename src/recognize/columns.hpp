#pragma once
// Recognising the columns of a follow-up table by their header text, in any order and spelling.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/model/activity.hpp"

namespace mk::recognize {

// What a column of a follow-up table holds.
enum class column_role : std::uint8_t {
    perspective,  // Perspektiv, Fokusområde
    top_goal,     // Kommunfullmäktiges mål, Övergripande mål, Mål (when a Delmål column follows)
    goal,         // Nämndmål, Mål
    sub_goal,     // Delmål
    activity,     // Aktivitet, Åtagande 2018, Insats
    planned,      // Slutfört, Klart senast, Tidplan, Tidsplan
    status,       // Status, Status delår1*, Status bokslut*
    comment,      // Ev kommentar, Kommentar, Kommentarer till status**, Kommentar delår 1, Kommentar 2022
    priority,     // Särskilt prioriterat 2018
    indicator,    // Indikator, Nyckeltal, Mått
    target,       // Målvärde
    outcome,      // Utfall, Utfall 2019, Utfall delår 1, Utfall föregående år
    trend,        // Trend
    met,          // Målvärde uppnått: what the reports derive from target and outcome, read as such
    responsible,  // Ansvar, Ansvarig, Ansvariga
    unit,         // Enhet, Skola, Verksamhet, Ansvarig enhet, Avdelning, Område
    year,         // År, Verksamhetsår: the year the row reports on
    extra,        // any other header of the table: its values are kept on the row (model::extra_field)
};

// One recognised header cell.
struct column {
    std::uint32_t col = 0;
    column_role role = column_role::activity;
    // The header as written, line breaks kept.
    std::string header;
    // For status, outcome and comment columns: the checkpoint the header names.
    model::checkpoint checkpoint = model::checkpoint::report;
    // The year at the end of the header ("Utfall 2019"), if any.
    std::optional<int> year;
    // For outcome columns: the previous year's ("Utfall föregående år").
    bool previous_year = false;
};

// Longest header text recognised, in bytes: the longest known header with its year is 30 bytes, so
// this leaves room for footnote marks and spacing while data cells (goal and activity texts) are
// passed over without folding them.
inline constexpr std::size_t max_header_bytes = 120;

// The role of one header text, or nullopt when it names none ("Status delår 2" → status at
// delar_2). Case, spaces, punctuation, footnote marks and a trailing year are ignored; a text
// longer than max_header_bytes names none. A header that names none as a whole may name its role
// before an explanation of what to write ("Aktivitet – vad gör vi?"), which names no role itself.
std::optional<column> classify_header(std::string_view header);

// Whether a row with a goal and no activity keeps its value in a column of this role as a field of
// the goal, under the column's header (Ansvarig, Enhet, Klart senast, Särskilt prioriterat, År);
// its statuses and comments are skipped.
bool kept_on_goal_row(column_role role);

// The recognised columns of a row of header texts (col, text), or an empty list when the row is
// no follow-up header: it needs an activity column and a goal or status column, or a goal column with
// an indicator column and a target or outcome column. A "Mål" column
// followed by a "Delmål" column is the top goal. Of two columns of a role read from one column (a
// second "Ansvarig"), the first named by the role's own word is read, else the first; the other is
// an extra column, its values kept.
std::vector<column> recognise_header_row(const std::vector<std::pair<std::uint32_t, std::string>>& cells);

// The texts each column held lately that name no role, so that the short texts a sheet repeats on
// every row (status words, goals) are folded once, not once a row: a few per column, the oldest
// forgotten first.
class non_header_memo {
public:
    // Whether text, in column col, is one of those remembered.
    bool knows(std::uint32_t col, std::string_view text) const;
    // Remembers that text, in column col, names no role.
    void remember(std::uint32_t col, std::string_view text);

private:
    static constexpr std::size_t per_column = 8;
    struct recent {
        std::array<std::string, per_column> texts;
        std::size_t next = 0;
    };
    std::unordered_map<std::uint32_t, recent> columns_;
};

// The same for texts viewed where they are held, as a sheet's rows are read; with memo, the texts
// it knows are not classified again, and those that name no role are remembered in it.
std::vector<column> recognise_header_row(const std::vector<std::pair<std::uint32_t, std::string_view>>& cells,
                                         non_header_memo* memo = nullptr);

// Whether c's header names its role by another word than the role's own ("Åtagande 2018" for an
// activity, "Mål" for a nämndmål or, beside "Delmål", a KF goal): what the summary says was read by
// a synonym. Status and outcome columns, and extra ones, are never.
bool read_by_synonym(const column& c);

// The role in the current language ("aktivitet").
std::string role_name(column_role role);

// The role's stable name ("activity", "top_goal"), as the normalized XML's assumptions name it.
std::string_view role_token(column_role role);

// The role a stable name names; nullopt for none.
std::optional<column_role> role_of_token(std::string_view token);

// The header texts looked for, in Swedish, for error messages.
std::string expected_headers();

}  // namespace mk::recognize
