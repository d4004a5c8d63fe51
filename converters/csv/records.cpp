#include "converters/csv/records.hpp"

#include <csv.h>

#include <algorithm>
#include <memory>

#include "src/core/error.hpp"

namespace mk::csv {
namespace {

// Bytes handed to libcsv at a time, so that a visitor that is done stops the work early.
constexpr std::size_t chunk_size = 64 * 1024;

// Turns libcsv's callbacks into record_visitor calls. libcsv reports every unquoted CR and LF
// (CSV_REPALL_NL) so that blank lines keep their row; the LF of a CRLF is then dropped here.
struct callbacks {
    record_visitor& visitor;
    bool record_has_fields = false;
    int last_terminator = 0;

    static void on_field(void* data, std::size_t length, void* self) {
        auto* state = static_cast<callbacks*>(self);
        state->record_has_fields = true;
        state->visitor.field(std::string_view(static_cast<const char*>(data), data ? length : 0));
    }

    static void on_record_end(int terminator, void* self) {
        auto* state = static_cast<callbacks*>(self);
        bool crlf_tail = terminator == '\n' && state->last_terminator == '\r' && !state->record_has_fields;
        state->last_terminator = terminator;
        if (crlf_tail) return;
        state->record_has_fields = false;
        state->visitor.end_record();
    }
};

int no_space(unsigned char) { return 0; }

struct parser_closer {
    void operator()(csv_parser* parser) const { csv_free(parser); }
};

[[noreturn]] void fail_memory() {
    throw error("csv.too_large", tr("CSV-filen kunde inte läsas: ett fält är för stort för minnet",
                                    "the CSV file could not be read: a field is too large for the memory"));
}

[[noreturn]] void fail_unclosed_quote(std::size_t line) {
    throw error("csv.unclosed_quote",
                tr("CSV-filen har ett citattecken på rad {0} som inte avslutas där det ska, så resten av filen skulle "
                   "läsas ihop till ett enda fält: rätta citattecknen på den raden och försök igen",
                   "the CSV file has a quote on line {0} that is not closed where it should be, so the rest of the "
                   "file would be read together as one field: correct the quotes on that line and try again",
                   {std::to_string(line)}));
}

// The line (1-based) that the byte at is on; CRLF, LF and a lone CR each end a line.
std::size_t line_of(std::string_view text, std::size_t at) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < at; ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
    return line;
}

}  // namespace

// Mirrors libcsv's reading: a field is quoted when its first character is a quote; "" inside it is
// one quote. Only the quotes are visited: the text between them is skipped by memchr.
void check_quotes(std::string_view text, char separator) {
    auto quote_after = [&](std::size_t from) { return text.find('"', from); };
    auto starts_field = [&](std::size_t at) {
        return at == 0 || text[at - 1] == separator || text[at - 1] == '\r' || text[at - 1] == '\n';
    };
    for (std::size_t at = quote_after(0); at != std::string_view::npos; at = quote_after(at + 1)) {
        if (!starts_field(at)) continue;
        std::size_t opened = at;
        for (at = quote_after(opened + 1); at != std::string_view::npos && at + 1 < text.size() && text[at + 1] == '"';
             at = quote_after(at + 2)) {
        }
        if (at == std::string_view::npos) fail_unclosed_quote(line_of(text, opened));
        char next = at + 1 < text.size() ? text[at + 1] : separator;
        bool ends_field = next == separator || next == '\r' || next == '\n';
        std::string_view inside = text.substr(opened + 1, at - opened - 1);
        if (!ends_field && inside.find_first_of("\r\n") != std::string_view::npos)
            fail_unclosed_quote(line_of(text, opened));
    }
}

void parse_records(std::string_view text, char separator, record_visitor& visitor) {
    csv_parser parser;
    if (csv_init(&parser, CSV_REPALL_NL) != 0) fail_memory();
    std::unique_ptr<csv_parser, parser_closer> owner(&parser);
    csv_set_delim(&parser, static_cast<unsigned char>(separator));
    csv_set_space_func(&parser, no_space);
    callbacks state{visitor};
    while (!text.empty() && !visitor.done()) {
        std::size_t length = std::min(chunk_size, text.size());
        if (csv_parse(&parser, text.data(), length, callbacks::on_field, callbacks::on_record_end, &state) != length)
            fail_memory();
        text.remove_prefix(length);
    }
    if (!visitor.done()) csv_fini(&parser, callbacks::on_field, callbacks::on_record_end, &state);
}

}  // namespace mk::csv
