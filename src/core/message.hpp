#pragma once
// Bilingual user-facing text: every message exists in Swedish (the default) and English.
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace mk {

enum class language { sv, en };

// The language user-facing text is rendered in; set once by the command line.
void set_language(language lang);
language current_language();

// A user-facing text in both languages, with {0}, {1}... already substituted.
struct message {
    std::string sv;
    std::string en;
    // The text in the current language.
    const std::string& text() const;
};

// Builds a message from Swedish and English templates, substituting {0}, {1}... with args.
message tr(std::string_view sv, std::string_view en, std::initializer_list<std::string_view> args = {});

// A count and its word in the number the count takes, in the current language:
// counted(1, "varning", "varningar", "warning", "warnings") is "1 varning".
std::string counted(std::size_t n, std::string_view sv_one, std::string_view sv_many, std::string_view en_one,
                    std::string_view en_many);

// The items as alternatives in the current language: "a, b eller c" ("a, b or c").
std::string alternatives(const std::vector<std::string>& items);

}  // namespace mk
