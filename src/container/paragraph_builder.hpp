#pragma once
// Joins the runs of one paragraph into a block's text and formatting flags, whatever the format.
#include <cstddef>
#include <optional>
#include <string_view>

#include "src/container/document.hpp"

namespace mk {

class paragraph_builder {
public:
    // Appends text written with the given formatting.
    void append(std::string_view text, bool yellow, bool bold);
    // Appends a character that is layout, not words ('\n', '\t'): it never decides boldness.
    void append_break(char c);
    // The text so far.
    const std::string& text() const { return text_; }
    // Moves the text and flags into b and starts afresh.
    void finish_into(block& b);

private:
    std::string text_;
    bool yellow_ = false;
    bool bold_ = true;
    bool has_words_ = false;
    // Where the text's leading bold words end: set by the first words that are not bold.
    std::optional<std::size_t> bold_lead_;
};

}  // namespace mk
