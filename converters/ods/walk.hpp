#pragma once
// Document-order walks over pugixml trees without recursion (nesting depth is the file's to choose).
#include <pugixml.hpp>

namespace mk::ods {

// Calls visit(node) for each descendant of root in document order; visit returns whether to walk
// into that node's children.
template <class Visit>
void walk_descendants(pugi::xml_node root, Visit visit) {
    for (pugi::xml_node n = root.first_child(); n;) {
        if (visit(n) && n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n != root && !n.next_sibling()) n = n.parent();
        if (n == root) break;
        n = n.next_sibling();
    }
}

}  // namespace mk::ods
