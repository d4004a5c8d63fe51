#pragma once
// The limits readers of untrusted text documents enforce, and the errors they give.
#include <cstddef>
#include <string_view>

namespace mk {

// Deepest nesting of tables inside table cells that readers accept.
inline constexpr std::size_t max_table_depth = 32;
// Deepest nesting of elements (sections, lists, content controls, spans...) readers follow.
inline constexpr std::size_t max_element_depth = 256;
// Widest table grid readers accept (Word allows 63 columns).
inline constexpr std::size_t max_table_columns = 1024;
// Most cells (grid positions) one table may have once repeats and spans are expanded.
inline constexpr std::size_t max_table_cells = 1'000'000;

// Most a document may weigh once read, repeats expanded: a paragraph weighs its text's bytes plus
// block_weight, a table cell block_weight. Bounds what a small hostile file can make a reader build.
inline constexpr std::size_t max_document_weight = std::size_t{1} << 28;
inline constexpr std::size_t block_weight = 64;

enum class nesting_kind { elements, tables };

// Counts one more level of nesting in depth for as long as it lives; throws mk::error naming part
// when that passes the limit of kind.
class nesting_guard {
public:
    nesting_guard(std::size_t& depth, nesting_kind kind, std::string_view part);
    ~nesting_guard() { --depth_; }
    nesting_guard(const nesting_guard&) = delete;
    nesting_guard& operator=(const nesting_guard&) = delete;

private:
    std::size_t& depth_;
};

// What a reader has built so far, against max_document_weight.
class weight_budget {
public:
    // Counts weight more; throws mk::error naming part when the total passes the limit.
    void add(std::size_t weight, std::string_view part);
    // Throws as add would for weight more, without counting it (for what is counted later).
    void require(std::size_t weight, std::string_view part) const;
    // The total so far.
    std::size_t total() const { return total_; }

private:
    std::size_t total_ = 0;
};

// Throws the error for a table in part over max_table_columns or max_table_cells.
[[noreturn]] void fail_table_too_large(std::string_view part);

}  // namespace mk
