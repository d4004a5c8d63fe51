#include "converters/package/xml_fragments.hpp"

#include "converters/package/xml.hpp"
#include "converters/package/xml_errors.hpp"

namespace mk {

xml_fragments::xml_fragments(std::string_view part, std::vector<std::string> path,
                             std::function<void(pugi::xml_node)> on_child)
    : part_(part), path_(std::move(path)), on_child_(std::move(on_child)) {}

void xml_fragments::start(std::string_view uri, std::string_view local,
                          std::span<const xml_attribute_event> attributes) {
    std::string name = canonical_name(uri, local, false);
    ++depth_;
    if (!open_) {
        if (depth_ - 1 == on_path_ && on_path_ < path_.size()) {
            if (name == path_[on_path_]) ++on_path_;
            found_ = found_ || on_path_ == path_.size();
            return;
        }
        if (depth_ - 1 != path_.size() || on_path_ != path_.size()) return;
    }
    xml_memory_scope scope(part_);
    flush_text();
    pugi::xml_node element = (open_ ? open_ : pugi::xml_node(tree_)).append_child(pugi::node_element);
    if (!element || !element.set_name(name.c_str())) fail_memory();
    for (const xml_attribute_event& a : attributes) {
        pugi::xml_attribute attribute = element.append_attribute(canonical_name(a.uri, a.local, true).c_str());
        if (!attribute || !attribute.set_value(a.value.data(), a.value.size())) fail_memory();
    }
    open_ = element;
}

void xml_fragments::end() {
    --depth_;
    if (!open_) {
        on_path_ = std::min(on_path_, depth_);
        return;
    }
    xml_memory_scope scope(part_);
    flush_text();
    pugi::xml_node parent = open_.parent();
    if (parent != tree_) {
        open_ = parent;
        return;
    }
    pugi::xml_node child = open_;
    open_ = pugi::xml_node();
    on_child_(child);
    tree_.reset();
}

void xml_fragments::text(std::string_view piece) {
    if (open_) pending_text_.append(piece);
}

void xml_fragments::flush_text() {
    if (pending_text_.empty()) return;
    pugi::xml_node node = open_.append_child(pugi::node_pcdata);
    if (!node || !node.set_value(pending_text_.data(), pending_text_.size())) fail_memory();
    pending_text_.clear();
}

void xml_fragments::fail_memory() const { fail_xml_out_of_memory(part_); }

}  // namespace mk
