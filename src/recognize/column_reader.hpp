#pragma once
// The columns of a follow-up table, and what the cells of a row under them say as an activity.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "src/container/workbook.hpp"
#include "src/model/activity.hpp"
#include "src/model/indicator.hpp"
#include "src/model/provenance.hpp"
#include "src/recognize/columns.hpp"
#include "src/recognize/follow_up_statuses.hpp"

namespace mk::recognize {

// The merged ranges of a sheet by column, for finding the top-left cell of a merged area.
class merge_index {
public:
    // Indexes the merges of s; s.merges may be in any order.
    explicit merge_index(const sheet& s);
    // The range covering (row, col), if any.
    const cell_range* covering(std::uint32_t row, std::uint32_t col) const;

private:
    std::map<std::uint32_t, std::vector<cell_range>> by_col_;
};

// Orders cells by their row alone, to find the cells of one row.
struct row_order {
    bool operator()(const cell& c, std::uint32_t row) const { return c.row < row; }
    bool operator()(std::uint32_t row, const cell& c) const { return row < c.row; }
};

// What a row says as an activity row of the table under a header, read by the header's columns alone.
struct activity_cells {
    std::string text;
    model::source_ref source;
    std::optional<model::plan_time> planned;
    std::string priority;
    std::string unit;
    std::string responsible;
    // The year its year column names; 0 for none.
    int year = 0;
    std::vector<model::extra_field> extras;
    std::optional<model::indicator> indicator;
    // One per status column, in checkpoint order.
    std::vector<status_cell> statuses;
    // The texts of the comment columns in sheet order, up to the last that is not empty.
    std::vector<std::string> comments;
};

// The columns of a table, and the cells of a row under them. It refers to the sheet, the merges and
// the place it is made with, which must outlive it; it cannot be copied (it points into itself).
class column_reader {
public:
    // A reader of no columns yet over sheet s, its merges and its place (file and sheet).
    column_reader(const sheet& s, const merge_index& merges, const model::source_ref& sheet_place)
        : sheet_(s), merges_(merges), sheet_place_(sheet_place) {}
    column_reader(const column_reader&) = delete;
    column_reader& operator=(const column_reader&) = delete;

    // The table's columns, as set.
    const std::vector<column>& list() const { return columns_; }

    // Makes these the table's columns.
    void set(std::vector<column> columns);

    // The status columns in checkpoint order (delår 1, delår 2, bokslut, others), whatever their
    // order in the sheet.
    const std::vector<const column*>& status_columns() const { return status_; }

    // The sheet column of the first column with this role, if any.
    std::optional<std::uint32_t> role_col(column_role role) const;

    // The column at this sheet column, or nullptr.
    const column* column_at(std::uint32_t col) const;

    // The text of the column with this role on this row; with follow_merge, an empty cell inside a
    // merged area gives the area's top-left text.
    std::string value(std::uint32_t row, column_role role, bool follow_merge) const;

    // The cell at (row, col), found among the cells of the row asked about last: a data row asks
    // for one cell per column, and the sheet has a million.
    const cell* cell_at(std::uint32_t row, std::uint32_t col) const;

    // What the row says as one of the table's activity rows.
    activity_cells activity(std::uint32_t row) const;

private:
    // The values of the extra columns on this row; on a goal row (no activity), also those its goal
    // keeps (kept_on_goal_row).
    std::vector<model::extra_field> extras_of(std::uint32_t row, bool goal_row) const;

    const sheet& sheet_;
    const merge_index& merges_;
    const model::source_ref& sheet_place_;
    std::vector<column> columns_;
    std::vector<const column*> status_;
    // The cells of row span_row_, for cell_at.
    mutable std::span<const cell> span_;
    mutable std::uint32_t span_row_ = 0;
};

}  // namespace mk::recognize
