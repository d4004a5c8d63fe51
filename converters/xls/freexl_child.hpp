#pragma once
// FreeXL run in a child process. FreeXL 1.0.6 crashes on some crafted files that pass every check
// made before it (fuzzing found a read through a wild pointer inside freexl_open), so it never runs
// in malkedja's own process: a child opens a private temporary copy of the bytes (mkstemp; FreeXL
// opens only a path), sends the sheets and cells back through a pipe and exits. A crash, or work
// past a time limit, ends only the child and becomes an error naming the file; the copy is removed
// in every path (RAII, in the parent). The child is this program started afresh (posix_spawn of
// /proc/self/exe), not a fork of it: a fork of a process with threads (serve's jobs, files loaded in
// parallel) keeps the locks its other threads held, so its child could wait on one for ever.
#include <string_view>

#include "src/container/workbook.hpp"

namespace mk::xls {

// Seconds the child may take before it is ended (FreeXL's date conversion is bounded by
// limits::max_date_days to a few seconds; a reasonable file takes milliseconds).
inline constexpr int freexl_seconds = 60;

// The sheets (in order, with their names) and non-empty cells FreeXL reads from bytes; counts them
// against the memory budget as they arrive. Throws mk::error with FreeXL's failure, or when the
// child crashes or runs out of time.
workbook read_with_freexl(std::string_view bytes);

}  // namespace mk::xls
