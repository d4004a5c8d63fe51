#include <doctest/doctest.h>

#include "sample_document.hpp"
#include "src/core/error.hpp"
#include "src/normalized/format.hpp"
#include "src/normalized/read.hpp"
#include "src/normalized/write.hpp"
#include "tests/unit/package/error_code.hpp"

using namespace mk;
using mk::test::error_code;

namespace {

std::string read_error(const std::string& xml) {
    return error_code([&] { normalized::read_normalized(xml); });
}

// xml with the first occurrence of from replaced by to; the test fails when from is missing.
std::string replaced(std::string xml, std::string_view from, std::string_view to) {
    auto at = xml.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return xml.replace(at, from.size(), to);
}

// The root's version attribute as the writer writes it, after the namespace.
std::string written_version() { return "1\" version=\"" + std::string(normalized::version) + "\""; }

const std::string& sample_xml() {
    static const std::string xml = normalized::write_normalized(sample_document());
    return xml;
}

}  // namespace

TEST_CASE("refusal: an unknown major version, in the namespace or in the version attribute") {
    std::string v2 = replaced(sample_xml(), "urn:x-malkedja:normalized:1", "urn:x-malkedja:normalized:2");
    CHECK(read_error(v2) == "normalized.version");
    std::string attribute = replaced(sample_xml(), written_version(), "1\" version=\"2.0\"");
    CHECK(read_error(attribute) == "normalized.version");
    try {
        normalized::read_normalized(v2);
    } catch (const mk::error& e) {
        CHECK(e.msg().sv.find("formatversion 2") != std::string::npos);
        CHECK(e.msg().sv.find("version 1.x") != std::string::npos);
    }
}

TEST_CASE("refusal: a newer minor version of the same major version is read") {
    std::string minor = replaced(sample_xml(), written_version(), "1\" version=\"1.99\"");
    CHECK(read_error(minor) == "no error");
}

TEST_CASE("refusal: a reference to a goal that is not in the document") {
    std::string xml = sample_xml();
    auto at = xml.find("<activity id=\"a-");
    REQUIRE(at != std::string::npos);
    std::string dangling = replaced(xml.substr(at), "goal=\"g-", "goal=\"g-dangling");
    CHECK(read_error(xml.substr(0, at) + dangling) == "normalized.invalid");
    std::string parent = replaced(xml, "parent=\"g-", "parent=\"g-dangling");
    CHECK(read_error(parent) == "normalized.invalid");
    std::string subject = replaced(xml, "subject=\"a-", "subject=\"a-dangling");
    CHECK(read_error(subject) == "normalized.invalid");
}

TEST_CASE("refusal: the message names the line and what is wrong") {
    std::string xml = replaced(sample_xml(), "value=\"on_track\"", "value=\"finished\"");
    try {
        normalized::read_normalized(xml);
        FAIL("no error");
    } catch (const mk::error& e) {
        CHECK(e.code() == "normalized.invalid");
        CHECK(e.msg().sv.find("rad ") != std::string::npos);
        CHECK(e.msg().sv.find("finished") != std::string::npos);
    }
}

TEST_CASE("refusal: values outside the schema's enumerations and patterns") {
    CHECK(read_error(replaced(sample_xml(), "level=\"kf\"", "level=\"kommun\"")) == "normalized.invalid");
    CHECK(read_error(replaced(sample_xml(), "severity=\"fel\"", "severity=\"error\"")) == "normalized.invalid");
    CHECK(read_error(replaced(sample_xml(), "as-of=\"2018-12-31\"", "as-of=\"31/12/2018\"")) == "normalized.invalid");
    CHECK(read_error(replaced(sample_xml(), "quarter=\"4\"", "quarter=\"5\"")) == "normalized.invalid");
    CHECK(read_error(replaced(sample_xml(), "<goals>", "<goals><unknown/>")) == "normalized.invalid");
}

TEST_CASE("refusal: a DOCTYPE, even a harmless one, and entity tricks") {
    std::string declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    std::string body = sample_xml().substr(declaration.size());
    CHECK(read_error(declaration + "<!DOCTYPE malkedja>\n" + body) == "normalized.doctype");
    std::string entity = declaration + "<!DOCTYPE malkedja [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" +
                         replaced(body, "<title>", "<title>&x;");
    CHECK(read_error(entity) == "normalized.doctype");
}

TEST_CASE("refusal: not XML, or XML of another kind") {
    CHECK(read_error("") == "normalized.not_xml");
    CHECK(read_error("PK\x03\x04 not xml") == "normalized.not_xml");
    CHECK(read_error(replaced(sample_xml(), "</malkedja>", "")) == "normalized.not_xml");
    CHECK(read_error("<?xml version=\"1.0\"?><worksheet/>") == "normalized.not_malkedja");
    CHECK(read_error("<malkedja xmlns=\"urn:other\" version=\"1.0\"/>") == "normalized.not_malkedja");
}
