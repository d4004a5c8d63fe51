#pragma once
// The paragraph styles of a .docx being written: display names and the style ids that stand for them.
#include <string>
#include <string_view>
#include <vector>

#include "src/container/document.hpp"

namespace mk::docx {

class style_ids {
public:
    struct style {
        // The display name ("Heading 1").
        std::string name;
        // The id paragraphs refer to ("Heading1").
        std::string id;
    };

    // Word's built-in styles the writer defines, then every other paragraph style doc uses.
    explicit style_ids(const document& doc);

    // The id of the style with this display name; the default paragraph style's when unknown.
    const std::string& id_of(std::string_view name) const;
    // The paragraph styles, built-in ones first.
    const std::vector<style>& paragraph_styles() const { return styles_; }

private:
    void add(std::string_view name, std::string id);

    std::vector<style> styles_;
};

// The name Word stores for a display name: its built-in styles in lower case ("heading 1", "caption").
std::string stored_style_name(std::string_view name);

}  // namespace mk::docx
