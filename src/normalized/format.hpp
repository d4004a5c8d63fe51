#pragma once
// The identity of the normalized XML format: its namespace and version.
#include <string_view>

namespace mk::normalized {

// The namespace names the major version; a reader refuses any other major version.
inline constexpr std::string_view namespace_prefix = "urn:x-malkedja:normalized:";
inline constexpr std::string_view namespace_uri = "urn:x-malkedja:normalized:1";
inline constexpr std::string_view major_version = "1";
// The full version written in the root's version attribute.
inline constexpr std::string_view version = "1.3";

// The text of schema/malkedja.xsd, compiled into the binary.
extern const std::string_view schema_xsd;

}  // namespace mk::normalized
