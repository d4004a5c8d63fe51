#pragma once
// Läsår (school years) as the SK documents write them: "2023/24", "2023/2024", "2023-2024".
#include <optional>
#include <string>
#include <string_view>

namespace mk::sk {

// The calendar year a läsår starts in ("2023/24" → 2023); nullopt unless it is one of the forms
// above with the second year following the first.
std::optional<int> parse_lasar(std::string_view text);

// The läsår starting in first_year as the documents write it: "2023/24" for 2023.
std::string lasar_text(int first_year);

// The latest läsår written "YYYY-YYYY" in text (a template's "Planering 2023-2024" → 2023).
std::optional<int> latest_lasar_in(std::string_view text);

}  // namespace mk::sk
