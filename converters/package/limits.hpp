#pragma once
// Every limit the package layer enforces on untrusted files, in one place.
// They are checked while inflating; no size or count from an archive header is trusted.
#include <cstdint>

namespace mk::limits {

// Entries (files and folders) in one zip package.
inline constexpr std::uint64_t max_entries = 10'000;
// Bytes one entry may inflate to.
inline constexpr std::uint64_t max_entry_size = 512ull << 20;
// Bytes all entries read from one package may inflate to together.
inline constexpr std::uint64_t max_total_size = 2ull << 30;
// Above this inflated size an entry must also respect max_ratio.
inline constexpr std::uint64_t ratio_threshold = 1ull << 20;
// Inflated bytes per compressed byte allowed for entries above ratio_threshold.
inline constexpr std::uint64_t max_ratio = 100;
// Longest entry name, in bytes.
inline constexpr std::uint64_t max_name_length = 1024;

}  // namespace mk::limits
