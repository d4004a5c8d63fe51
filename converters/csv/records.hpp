#pragma once
// CSV records (RFC 4180: quotes, doubled quotes, line ends inside quotes) parsed by libcsv.
#include <string_view>

namespace mk::csv {

// Receives the records of a CSV text, field by field.
class record_visitor {
public:
    virtual ~record_visitor() = default;
    // One field of the current record, quotes removed and doubled quotes undone.
    virtual void field(std::string_view text) = 0;
    // The end of the current record; a blank line is a record without fields.
    virtual void end_record() = 0;
    // Whether the visitor has seen enough; parsing may then stop early.
    virtual bool done() const { return false; }
};

// Feeds the records of text, fields separated by separator, to visitor. Records end at LF, CRLF or
// CR outside quotes; spaces around fields are kept. Throws mk::error when libcsv runs out of memory.
void parse_records(std::string_view text, char separator, record_visitor& visitor);

// Throws mk::error naming the line when the quotes of text do not pair up: a quoted field still
// open at the end, or one that runs over a line end and whose closing quote is followed by more
// text (a quote left open, whose field swallowed the lines up to the next quote).
void check_quotes(std::string_view text, char separator);

}  // namespace mk::csv
