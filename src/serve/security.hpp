#pragma once
// What keeps the local page safe: random secrets, the Host and Origin checks against DNS rebinding
// and cross-site requests, and names from the browser made harmless. Pure functions, no I/O but
// the system's random source.
#include <cstddef>
#include <string>
#include <string_view>

namespace mk::serve {

// n random bytes from the kernel (getrandom), as 2n lower-case hex digits; throws mk::error when
// the kernel has none to give.
std::string random_hex(std::size_t n);

// Whether a and b are equal, in a time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b);

// Whether a Host header names this server: "127.0.0.1:PORT" or "localhost:PORT" (case-insensitive),
// nothing else (a DNS-rebinding page sends its own host name).
bool host_allowed(std::string_view host, int port);

// Whether an Origin header is this server's own ("http://127.0.0.1:PORT" or "http://localhost:PORT").
bool origin_allowed(std::string_view origin, int port);

// A file name from the browser made fit to show: the part after the last '/' or '\', invalid UTF-8
// replaced by U+FFFD, control characters dropped, spaces trimmed, at most 200 bytes (whole
// characters); "fil" when nothing is left. Only ever a label: never part of a path.
std::string display_name(std::string_view browser_name);

// The Content-Disposition of a download named name: attachment, an ASCII fallback with every other
// character replaced by '_', and the UTF-8 name percent-encoded (RFC 6266, RFC 5987).
std::string attachment_disposition(std::string_view name);

}  // namespace mk::serve
