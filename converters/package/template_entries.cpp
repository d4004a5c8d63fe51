#include "converters/package/template_entries.hpp"

#include "converters/package/remembered.hpp"
#include "converters/package/zip.hpp"

namespace mk {
namespace {

struct template_entries_tag {};
constexpr std::size_t max_remembered_template = std::size_t{64} << 20;

}  // namespace

std::shared_ptr<const std::vector<zip_entry>> template_entries(std::string_view template_bytes) {
    auto inflate = [&] {
        auto package = zip_package::open(template_bytes);
        std::vector<zip_entry> entries;
        for (const auto& name : package.names())
            entries.push_back({name, name.ends_with("/") ? std::string() : package.read(name), false});
        return entries;
    };
    auto small = [](const std::vector<zip_entry>& entries) {
        std::size_t size = 0;
        for (const zip_entry& entry : entries) size += entry.bytes.size();
        return size <= max_remembered_template;
    };
    return remembered<template_entries_tag, std::vector<zip_entry>>(template_bytes, inflate, small);
}

}  // namespace mk
