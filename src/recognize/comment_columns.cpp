#include "src/recognize/comment_columns.hpp"

namespace mk::recognize {
namespace {

// Whether a header names a checkpoint or a year after its word.
bool names_when(const column& c) { return c.checkpoint != model::checkpoint::report || c.year; }

}  // namespace

std::vector<comment_column> comment_columns(const std::vector<column>& columns,
                                            const std::vector<const column*>& status) {
    std::vector<comment_column> result;
    // The comment columns naming none (indexes into result), and the status column right before
    // each with no other comment column between, if any.
    std::vector<std::pair<std::size_t, std::optional<std::size_t>>> unnamed;
    std::optional<std::size_t> last_status;
    for (const column& c : columns) {
        if (c.role == column_role::status)
            for (std::size_t i = 0; i < status.size(); ++i)
                if (status[i] == &c) last_status = i;
        if (c.role != column_role::comment) continue;
        comment_column& comment = result.emplace_back(comment_column{c.col, std::nullopt});
        if (!names_when(c)) unnamed.emplace_back(result.size() - 1, last_status);
        for (std::size_t i = 0; i < status.size() && names_when(c) && !comment.status; ++i)
            if (status[i]->checkpoint == c.checkpoint && status[i]->year == c.year) comment.status = i;
        last_status.reset();
    }
    // Several comment columns naming none: each after a status column of its own, or none has one.
    if (unnamed.size() < 2) return result;
    for (const auto& [index, after] : unnamed)
        if (!after) return result;
    for (const auto& [index, after] : unnamed) result[index].status = after;
    return result;
}

void add_comment(std::string& comments, const std::string& text) {
    if (!comments.empty()) comments += "\n\n";
    comments += text;
}

row_comments gather_comments(const std::vector<std::string>& texts, const std::vector<comment_column>& columns,
                             std::size_t status_count) {
    row_comments result;
    result.by_status.resize(status_count);
    for (std::size_t i = 0; i < texts.size() && i < columns.size(); ++i) {
        if (texts[i].empty()) continue;
        if (columns[i].status && *columns[i].status < status_count) {
            add_comment(result.by_status[*columns[i].status], texts[i]);
            continue;
        }
        if (result.rest.empty()) result.rest_col = columns[i].col;
        add_comment(result.rest, texts[i]);
    }
    return result;
}

void add_rest_comment(std::vector<model::status_report>& reports, std::optional<std::size_t> latest_word,
                      const std::string& rest, model::status_report own) {
    if (!latest_word && !reports.empty()) latest_word = reports.size() - 1;
    if (!latest_word) {
        reports.push_back(std::move(own));
        latest_word = reports.size() - 1;
    }
    add_comment(reports[*latest_word].comment, rest);
}

}  // namespace mk::recognize
