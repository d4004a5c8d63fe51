#pragma once
// XML parts read as a stream of events (expat's push parser) for parts too large to hold as
// a tree, such as worksheets and shared strings: the rules of xml_part hold (no DTD, no entity but
// XML's own, valid UTF-8 or UTF-16, names matched by namespace URI), and no part is held whole.
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "converters/package/xml_errors.hpp"

namespace mk {

class zip_package;

// One attribute of a start tag: its namespace URI (empty for none), local name and value, valid
// during the start event only.
struct xml_attribute_event {
    std::string_view uri;
    std::string_view local;
    std::string_view value;
};

// The value of the attribute local in the namespace uri (empty: none) among attributes, or nullopt.
std::optional<std::string_view> find_attribute(std::span<const xml_attribute_event> attributes, std::string_view uri,
                                               std::string_view local);

// What a streaming reader is told, in document order. A handler may throw mk::error: parsing stops
// and the error reaches the caller of feed() or finish().
class xml_events {
public:
    virtual ~xml_events() = default;
    // An element starts: its namespace URI (empty for none) and local name. A URI is given as the
    // same view (one address) every time in one part, valid until the part ends.
    virtual void start(std::string_view uri, std::string_view local,
                       std::span<const xml_attribute_event> attributes) = 0;
    // The innermost open element ends.
    virtual void end() = 0;
    // Character data (text or CDATA) of the innermost open element, possibly in several pieces.
    virtual void text(std::string_view piece) = 0;
};

// A namespace URI looked for among the URIs of one part's events: compared in full until found,
// then by address, as xml_events gives one URI as one view. Use one per part.
class uri_match {
public:
    // Matches wanted alone.
    explicit uri_match(std::string_view wanted) : wanted_(wanted) {}
    // Matches every URI accepts takes (such as is_spreadsheetml_or_none).
    explicit uri_match(bool (*accepts)(std::string_view)) : accepts_(accepts) {}
    // Whether uri is one wanted.
    bool operator()(std::string_view uri) {
        if (uri.data() == found_.data() && uri.size() == found_.size() && !uri.empty()) return true;
        if (!(accepts_ ? accepts_(uri) : uri == wanted_)) return false;
        found_ = uri;
        return true;
    }

private:
    std::string_view wanted_;
    bool (*accepts_)(std::string_view) = nullptr;
    std::string_view found_;  // the view it was last found as
};

// Whether the pieces of a part, one after the other, are UTF-8 without NUL, as xml_part asks of a
// whole part; a sequence may run on from one piece into the next. A part that starts with a UTF-16
// byte order mark is not checked here: xml_stream checks it once it has decoded it.
class piece_encoding_check {
public:
    // The problem of the next piece of the part, or nullopt when it has none.
    std::optional<xml_problem> check(std::string_view piece);
    // The part has ended: invalid_utf8 when it ends inside a sequence, else nullopt.
    std::optional<xml_problem> finish() const;

private:
    bool started_ = false;
    bool utf16_ = false;
    std::string unchecked_;  // the bytes of a sequence the next piece finishes
};

class xml_stream {
public:
    // A parser of part (the name used in messages) that hands its events to events.
    xml_stream(std::string_view part, xml_events& events);
    ~xml_stream();
    xml_stream(const xml_stream&) = delete;
    xml_stream& operator=(const xml_stream&) = delete;

    // Parses the next piece of the part; throws mk::error "xml.invalid" or "xml.doctype" naming
    // the part, or what a handler threw.
    void feed(std::string_view piece);
    // As feed, for a piece a piece_encoding_check of the caller has found without problem (and
    // whose finish() the caller asks before finish()).
    void feed_checked(std::string_view piece);
    // The part has ended: throws as feed() does, also when it ends inside an element.
    void finish();

private:
    struct state;
    std::unique_ptr<state> state_;
};

// Reads the entry part of package through events, inflating and parsing it piece by piece under
// the package's limits; throws mk::error as zip_package::read and xml_stream do.
void read_xml_events(zip_package& package, std::string_view part, xml_events& events);

}  // namespace mk
