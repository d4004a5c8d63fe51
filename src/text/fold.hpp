#pragma once
// Text folding and similarity for matching what people type: goal texts, headers, status words.
#include <string>
#include <string_view>
#include <vector>

namespace mk::text {

// Case-folded, NFC-composed text with punctuation and symbols turned into spaces, runs of white
// space collapsed to one space and the ends trimmed: "  Status delår1* " → "status delår1".
std::string fold(std::string_view text);

// Whether fold(text) surely has more than bytes bytes, told without folding: text has more ASCII
// letters and digits than that, and fold() keeps each as a character of its own. So a text need
// not be folded to tell that it equals none of some folded words no longer than bytes. False says
// nothing.
bool surely_folds_longer_than(std::string_view text, std::size_t bytes);

// What fold() gives, always computed through full Unicode case folding and NFC composition (fold()
// takes a quicker path for the common letters and punctuation of Swedish text).
std::string fold_with_normalization(std::string_view text);

// The words of fold(text), in order.
std::vector<std::string> tokens(std::string_view text);

// Whitespace collapsed to single spaces and trimmed, case and punctuation kept.
std::string squeeze_spaces(std::string_view text);

// Whether squeeze_spaces(text) is empty: text holds nothing but white space.
bool is_blank(std::string_view text);

// The first code point of squeeze_spaces(text): the first after the white space at its start
// (U+FFFD for an invalid byte there), 0 for blank text. Reads no further than that.
char32_t first_after_spaces(std::string_view text);

// Each line's white space collapsed and trimmed, empty lines at the ends dropped, line breaks kept.
std::string squeeze_spaces_keep_lines(std::string_view text);

// Whether the first code point after the white space at text's start is an upper-case letter ("Trygg
// skola", "Ökad"); false for "vad gör vi?", "2024" and blank text.
bool starts_upper_case(std::string_view text);

// The length in bytes of the symbols at the start of text (Unicode "other symbols" such as ●, ◐,
// ▲, ■, ✓, ✗; arrows, ASCII signs and invalid bytes are none), with the white space between them: 3 for
// "● Klart" (up to the last symbol, so 3 for "● " too), 0 for "Klart".
std::size_t symbol_prefix(std::string_view text);

// Edit distance (insertions, deletions, substitutions) between two UTF-8 strings, in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Similarity in [0, 1] of two texts by their words (Sørensen–Dice over the multisets of fold()
// tokens, where two words count as equal when their edit distance is at most a fifth of the
// longer one): 1 for texts equal after folding, 0 for texts with no word in common.
double token_similarity(std::string_view a, std::string_view b);

}  // namespace mk::text
