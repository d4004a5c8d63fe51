#pragma once
// Text of SpreadsheetML string items: rich-text runs and the _xHHHH_ escapes.
#include <string>
#include <string_view>

namespace mk::xlsx {

// Appends text to out with every _xHHHH_ escape decoded (_x000D_ → CR, _x005F_ → "_"); an
// escape that is no character (a lone surrogate, NUL) is kept as written.
void append_unescaped(std::string& out, std::string_view text);

// Collects the text of one string item (<si> or <is>) from the events inside it: its <t> and the
// <t> of its rich-text runs <r>, joined and unescaped; phonetic runs (<rPh>) are left out.
class string_item_events {
public:
    // An element starts inside the item; known: it is a SpreadsheetML name (or has no namespace).
    void start(bool known, std::string_view local);
    // The innermost element open inside the item ends.
    void end();
    // Character data of the innermost element open inside the item.
    void text(std::string_view piece);
    // The item's text; empties the collector for the next item.
    std::string take();

private:
    int depth_ = 0;        // elements open inside the item
    int text_depth_ = 0;   // the depth of the <t> whose own text counts; 0: none is open
    bool in_run_ = false;  // the element open at depth 1 is a run <r>
    std::string raw_;      // the text of that <t> so far, escapes not yet decoded
    std::string out_;
};

}  // namespace mk::xlsx
