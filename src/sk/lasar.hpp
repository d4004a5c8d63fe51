#pragma once
// Läsår (school years) as the SK documents write them: "2023/24", "2023/2024", "2023-2024".
#include <optional>
#include <string_view>

namespace mk::sk {

// The calendar year a läsår starts in ("2023/24" → 2023); nullopt unless it is one of the forms
// above with the second year following the first.
std::optional<int> parse_lasar(std::string_view text);

// The latest läsår written "YYYY-YYYY" in text (a template's "Planering 2023-2024" → 2023).
std::optional<int> latest_lasar_in(std::string_view text);

}  // namespace mk::sk
