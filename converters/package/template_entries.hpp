#pragma once
// A template's package parts, inflated once for every document filled from it.
#include <memory>
#include <string_view>
#include <vector>

#include "converters/package/zip_writer.hpp"

namespace mk {

// The entries of the template package in template_bytes, in its order, inflated once per thread
// for the same bytes (converters/package/remembered.hpp; templates inflating to more than 64 MiB
// are inflated anew each time). Throws mk::error as zip_package::open and read do.
std::shared_ptr<const std::vector<zip_entry>> template_entries(std::string_view template_bytes);

}  // namespace mk
