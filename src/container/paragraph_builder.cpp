#include "src/container/paragraph_builder.hpp"

#include <algorithm>

namespace mk {

void paragraph_builder::append(std::string_view text, bool yellow, bool bold) {
    if (text.empty()) return;
    bool words = std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n'; });
    if (words && !bold && !bold_lead_) bold_lead_ = text_.size();
    text_ += text;
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
    b.bold_lead = b.bold ? b.text.size() : bold_lead_.value_or(0);
    *this = paragraph_builder();
}

}  // namespace mk
