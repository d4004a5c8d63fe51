#pragma once
// A small XML writer with fixed layouts: UTF-8, attributes in the order they are written, text
// escaped so that it reads back unchanged, and either LF and two spaces of indentation per level
// (what people read and diff: the normalized XML) or no white space at all (package parts).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mk {

// Where a writer that streams hands its output, piece by piece in order.
using text_sink = std::function<void(std::string_view)>;

// Indented for people, or compact: no white space between elements, for files only programs read.
enum class xml_layout { indented, compact };

class xml_writer {
public:
    // Starts the document with the XML declaration.
    explicit xml_writer(xml_layout layout = xml_layout::indented);
    // The same, handing the document to sink in pieces of about 64 KiB as it is written, so that
    // it is never held whole.
    explicit xml_writer(text_sink sink, xml_layout layout = xml_layout::indented);
    // A writer of elements that another writer of the same layout places, by append_fragment, inside
    // `depth` open elements: no XML declaration, and indented as at that depth. finish() returns them.
    static xml_writer fragment(std::size_t depth, xml_layout layout = xml_layout::indented);

    // Opens element name inside the current one.
    void start(std::string_view name);
    // Adds an attribute to the element just opened; must come before any child or text.
    void attribute(std::string_view name, std::string_view value);
    // Adds the attribute unless value is empty.
    void attribute_if(std::string_view name, std::string_view value);
    // Closes the innermost open element ("<a/>" when it has no children).
    void end();
    // Writes text as the only content of the element just opened, and closes it.
    void text_content(std::string_view text);
    // Writes text into the element just opened with no white space added around it; until that
    // element closes, its children are written inline too (mixed content, as in ODF's text:p).
    void text(std::string_view text);
    // Writes <name>text</name> as a child of the current element.
    void text_element(std::string_view name, std::string_view text);
    // Writes the text element unless text is empty.
    void text_element_if(std::string_view name, std::string_view text);
    // Places, as the next child of the current element, what a fragment(depth()) writer wrote.
    void append_fragment(std::string_view fragment);
    // How many elements are open (those of a fragment's depth included).
    std::size_t depth() const { return outer_depth_ + open_.size(); }
    // The document; every element must be closed. With a sink: hands it the rest, returns "".
    std::string finish();

private:
    void close_start_tag();
    // Whether white space is added around the next tag: indented layout, outside mixed content.
    bool laid_out() const;
    void indent();

    std::string out_;
    text_sink sink_;
    std::vector<std::string> open_;
    bool start_tag_open_ = false;
    // How many elements are open when the one holding mixed content is innermost; 0 for none.
    std::size_t mixed_depth_ = 0;
    xml_layout layout_;
    // For a fragment: the elements of another writer it is written inside.
    std::size_t outer_depth_ = 0;
};

// text escaped for element content: & < > as entities, CR as a character reference; characters
// XML 1.0 cannot carry (other C0 controls, U+FFFE, U+FFFF, invalid UTF-8) become U+FFFD.
std::string escape_text(std::string_view text);
// text escaped for a double-quoted attribute: as escape_text, and " TAB LF as well.
std::string escape_attribute(std::string_view text);

}  // namespace mk
