#include "src/container/document_limits.hpp"

#include <string>

#include "src/core/error.hpp"
#include "src/core/memory_budget.hpp"

namespace mk {

nesting_guard::nesting_guard(std::size_t& depth, nesting_kind kind, std::string_view part) : depth_(depth) {
    std::size_t limit = kind == nesting_kind::tables ? max_table_depth : max_element_depth;
    if (depth_ + 1 > limit) {
        if (kind == nesting_kind::tables)
            throw error("document.table_too_deep",
                        tr("tabellerna i \"{0}\" är nästlade i mer än {1} nivåer: filen kan vara manipulerad",
                           "the tables of \"{0}\" are nested more than {1} levels deep: the file may have been "
                           "tampered with",
                           {part, std::to_string(limit)}));
        throw error("document.too_deep",
                    tr("delen \"{0}\" är nästlad djupare än {1} nivåer: filen kan vara manipulerad",
                       "the part \"{0}\" is nested deeper than {1} levels: the file may have been tampered with",
                       {part, std::to_string(limit)}));
    }
    ++depth_;
}

void weight_budget::add(std::size_t weight, std::string_view part) {
    require(weight, part);
    spend_memory(weight, part);
    total_ += weight;
}

void weight_budget::require(std::size_t weight, std::string_view part) const {
    if (weight > max_document_weight - total_)
        throw error("document.too_large",
                    tr("innehållet i \"{0}\" blir större än {1} MB när det läses: filen kan vara manipulerad",
                       "the content of \"{0}\" grows larger than {1} MB when read: the file may have been "
                       "tampered with",
                       {part, std::to_string(max_document_weight >> 20)}));
}

void fail_table_too_large(std::string_view part) {
    throw error("document.table_too_large",
                tr("en tabell i \"{0}\" är större än {1} kolumner eller {2} celler: filen kan vara manipulerad",
                   "a table in \"{0}\" is larger than {1} columns or {2} cells: the file may have been tampered "
                   "with",
                   {part, std::to_string(max_table_columns), std::to_string(max_table_cells)}));
}

}  // namespace mk
