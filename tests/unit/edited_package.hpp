#pragma once
// A document or workbook package edited in one part, as an edit in an office program would change it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "converters/package/zip.hpp"
#include "converters/package/zip_writer.hpp"

namespace mk::test {

// The main part of a filled document of format ("docx" or "odt"): its body.
inline std::string body_part(const std::string& format) {
    return format == "docx" ? "word/document.xml" : "content.xml";
}

// bytes, a zip package, with the first from in part replaced by to; the test fails when part holds
// no from.
inline std::string edited_package(const std::string& bytes, const std::string& part, const std::string& from,
                                  const std::string& to) {
    auto package = zip_package::open(bytes);
    std::vector<zip_entry> entries;
    for (const auto& name : package.names()) {
        zip_entry entry{name, package.read(name), name == "mimetype"};
        if (name == part) {
            auto at = entry.bytes.find(from);
            REQUIRE(at != std::string::npos);
            entry.bytes.replace(at, from.size(), to);
        }
        entries.push_back(std::move(entry));
    }
    return write_zip(entries);
}

}  // namespace mk::test
