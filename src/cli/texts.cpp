#include "src/cli/texts.hpp"

#include <algorithm>
#include <string_view>

#include <utf8proc.h>

#include "src/text/utf8.hpp"

namespace mk::cli {
namespace {

// The deepest command parsed so far.
const CLI::App& innermost(const CLI::App& app) {
    for (const CLI::App* sub : app.get_subcommands())
        if (sub->parsed()) return innermost(*sub);
    return app;
}

// What follows prefix in text, if text starts with it.
bool after(std::string_view text, std::string_view prefix, std::string_view& rest) {
    if (!text.starts_with(prefix)) return false;
    rest = text.substr(prefix.size());
    return true;
}

// The part of text before separator and the part after it.
bool split(std::string_view text, std::string_view separator, std::string_view& before, std::string_view& rest) {
    auto at = text.find(separator);
    if (at == std::string_view::npos) return false;
    before = text.substr(0, at);
    rest = text.substr(at + separator.size());
    return true;
}

// "cells, blocks, import, check, export eller sk".
std::string command_list(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    return alternatives(names);
}

message required(std::string_view what, const CLI::App& app) {
    std::string_view name;
    if (what == "A subcommand is required") {
        const CLI::App& at = innermost(app);
        auto rest = app.remaining(true);
        if (!rest.empty())
            return tr("\"{0}\" förstås inte: ange ett kommando: {1}", "\"{0}\" is not understood: give a command: {1}",
                      {rest.front(), command_list(at)});
        return tr("ange ett kommando: {0}", "give a command: {0}", {command_list(at)});
    }
    if (split(what, " is required", name, what)) return tr("{0} krävs", "{0} is required", {name});
    return tr("ett argument som krävs saknas", "a required argument is missing");
}

message mismatch(std::string_view what) {
    std::string_view name, rest, count;
    if (split(what, " was given a disallowed flag override", name, rest) ||
        split(what, ": too many inputs for a flag", name, rest) ||
        split(what, ": Should be true/false or a number", name, rest))
        return tr("{0} tar inget värde", "{0} takes no value", {name});
    if (split(what, ": At Most ", name, rest) && split(rest, " required", count, rest))
        return count == "1" ? tr("{0} får bara anges en gång", "{0} may be given only once", {name})
                            : tr("{0} tar högst {1} värden", "{0} takes at most {1} values", {name, count});
    if (split(what, ": At least ", name, rest) && split(rest, " required", count, rest))
        return tr("{0} ska ha minst {1} värden", "{0} needs at least {1} values", {name, count});
    if (split(what, ": ", name, rest)) return tr("{0} saknar sitt värde", "{0} needs a value", {name});
    if (after(what, "Expected exactly ", rest) || after(what, "Expected at least ", rest)) {
        split(rest, " arguments to ", count, rest);
        split(rest, ", got", name, rest);
        return tr("{0} ska ha {1} värden", "{0} needs {1} values", {name, count});
    }
    return tr("ett argument har fel antal värden", "an argument has the wrong number of values");
}

message conversion(std::string_view what) {
    std::string_view name, value;
    if (after(what, "The value ", value) && split(value, " is not an allowed value for ", value, name))
        return tr("{0}: värdet \"{1}\" går inte", "{0}: the value \"{1}\" is not allowed", {name, value});
    if (after(what, "Could not convert: ", value) && split(value, " = ", name, value))
        return tr("{0}: värdet \"{1}\" går inte att läsa", "{0}: the value \"{1}\" cannot be read", {name, value});
    return mismatch(what);
}

// The columns text takes on screen.
std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t at = 0; at < text.size();) {
        auto code = static_cast<utf8proc_int32_t>(text::next_code_point(text, at));
        width += static_cast<std::size_t>(std::max(utf8proc_charwidth(code), 1));
    }
    return width;
}

}  // namespace

help_formatter::help_formatter() {
    label("Usage", tr("Användning", "Usage").text());
    label("OPTIONS", tr("FLAGGOR", "OPTIONS").text());
    label("SUBCOMMAND", tr("KOMMANDO", "COMMAND").text());
    label("SUBCOMMANDS", tr("KOMMANDON", "COMMANDS").text());
    label("Positionals", tr("Argument", "Arguments").text());
    label("Options", tr("Flaggor", "Options").text());
    label("Subcommands", tr("Kommandon", "Commands").text());
}

std::string help_formatter::make_option_opts(const CLI::Option* opt) const {
    std::string out;
    if (opt->get_type_size() != 0) {
        if (!opt->get_type_name().empty()) out += " " + opt->get_type_name();
        if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
        if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
        if (opt->get_required()) out += " " + tr("(krävs)", "(required)").text();
    }
    for (const CLI::Option* other : opt->get_excludes())
        out += " " + tr("(utesluter {0})", "(excludes {0})", {other->get_name()}).text();
    return out;
}

std::string help_formatter::make_option(const CLI::Option* opt, bool is_positional) const {
    std::string left = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    std::size_t width = display_width(left);
    std::string out = left;
    if (width >= column_width_)
        out += "\n" + std::string(column_width_, ' ');
    else
        out += std::string(column_width_ - width, ' ');
    return out + make_option_desc(opt) + "\n";
}

message parse_error_text(const CLI::ParseError& e, const CLI::App& app) {
    std::string_view what = e.what();
    std::string_view name, rest;
    if (dynamic_cast<const CLI::RequiredError*>(&e)) return required(what, app);
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        if (after(what, "The following arguments were not expected: ", rest) ||
            after(what, "The following argument was not expected: ", rest))
            return tr("argumentet förstås inte: {0}", "argument not understood: {0}", {rest});
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return mismatch(what);
    if (dynamic_cast<const CLI::ConversionError*>(&e)) return conversion(what);
    if (dynamic_cast<const CLI::ValidationError*>(&e)) return tr("{0}", "{0}", {what});
    if (dynamic_cast<const CLI::ExcludesError*>(&e) && split(what, " excludes ", name, rest))
        return tr("{0} och {1} kan inte anges tillsammans", "{0} and {1} cannot be given together", {name, rest});
    if (dynamic_cast<const CLI::RequiresError*>(&e) && split(what, " requires ", name, rest))
        return tr("{0} kräver {1}", "{0} needs {1}", {name, rest});
    return tr("argumenten går inte att läsa", "the arguments cannot be read");
}

std::string command_path(const CLI::App& app) {
    std::string path = app.get_name();
    for (const CLI::App* at = &app; at;) {
        const CLI::App* next = nullptr;
        for (const CLI::App* sub : at->get_subcommands())
            if (sub->parsed()) next = sub;
        if (next) path += " " + next->get_name();
        at = next;
    }
    return path;
}

}  // namespace mk::cli
