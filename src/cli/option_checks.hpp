#pragma once
// Checks of option values as they are parsed, before any input is read, each with its message in
// the user's language, and the value names the help shows.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "converters/registry.hpp"
#include "src/core/message.hpp"

namespace mk::cli {

// The value names the help shows after an option.
namespace value_name {
std::string file();
std::string folder();
std::string date();
std::string year();
std::string lasar();
std::string name();
std::string number();
std::string text();
}  // namespace value_name

// A check that refuses a value when problem names what is wrong with it (src/pipeline/option_values.hpp).
CLI::Validator checked(std::optional<message> (*problem)(std::string_view));

// A whole number from low to high.
CLI::Validator in_range(long long low, long long high);

// One of values, exactly.
CLI::Validator one_of(std::vector<std::string> values);

// An output file whose extension names one of formats.
CLI::Validator output_file(std::vector<const file_format*> formats);

// A folder that exists.
CLI::Validator existing_folder();

// The first extensions of the formats of kind that are read, as a list: ".xlsx, .ods eller .csv".
std::string readable_extensions(format_kind kind);

// values as the help's value name: "a|b|c".
std::string alternatives_name(const std::vector<std::string>& values);

}  // namespace mk::cli
