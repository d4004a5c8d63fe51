#include "src/container/paragraph_builder.hpp"

#include <algorithm>

namespace mk {

void paragraph_builder::append(std::string_view text, bool yellow, bool bold) {
    if (text.empty()) return;
    text_ += text;
    bool words = std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n'; });
    if (!words) return;
    has_words_ = true;
    yellow_ = yellow_ || yellow;
    bold_ = bold_ && bold;
}

void paragraph_builder::append_break(char c) { text_ += c; }

void paragraph_builder::finish_into(block& b) {
    b.text = std::move(text_);
    b.yellow = yellow_;
    b.bold = has_words_ && bold_;
    *this = paragraph_builder();
}

}  // namespace mk
