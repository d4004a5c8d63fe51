#pragma once
// The children of one element of a streamed part, each built as a small pugixml tree with the names
// xml_part gives and handed over one at a time: a part too large for one tree (the body of a long
// .docx) is read by the code written for trees while holding one child at a time.
#include <functional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "converters/package/xml_stream.hpp"

namespace mk {

class xml_fragments : public xml_events {
public:
    // Hands each child element of the element at path (its names from the root down, as xml_part
    // gives them: {"w:document", "w:body"}) to on_child in document order, as a tree freed when
    // on_child returns; part names the part in errors. Elements off the path are passed over.
    xml_fragments(std::string_view part, std::vector<std::string> path, std::function<void(pugi::xml_node)> on_child);

    // Whether the element at path has started.
    bool found() const { return found_; }

    void start(std::string_view uri, std::string_view local, std::span<const xml_attribute_event> attributes) override;
    void end() override;
    void text(std::string_view piece) override;

private:
    // Adds the text gathered since the last tag to the tree as one text node.
    void flush_text();
    // Throws the error of a tree that could not grow (the budget passed, or no memory left).
    [[noreturn]] void fail_memory() const;

    std::string part_;
    std::vector<std::string> path_;
    std::function<void(pugi::xml_node)> on_child_;
    // Open elements, and how many of the outermost of them are the first elements of path_.
    std::size_t depth_ = 0;
    std::size_t on_path_ = 0;
    bool found_ = false;
    pugi::xml_document tree_;
    // The innermost open element of the child being built; null between children.
    pugi::xml_node open_;
    std::string pending_text_;
};

}  // namespace mk
