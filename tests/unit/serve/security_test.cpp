// The guards of `malkedja serve` as pure functions: Host and Origin, the token comparison, names
// from the browser, and the download's Content-Disposition.
#include <doctest/doctest.h>

#include <set>

#include "src/serve/security.hpp"

using namespace mk::serve;

TEST_CASE("serve: only this server's own Host and Origin are served") {
    CHECK(host_allowed("127.0.0.1:8765", 8765));
    CHECK(host_allowed("localhost:8765", 8765));
    CHECK(host_allowed("LocalHost:8765", 8765));
    CHECK_FALSE(host_allowed("127.0.0.1:8766", 8765));
    CHECK_FALSE(host_allowed("127.0.0.1", 8765));
    CHECK_FALSE(host_allowed("evil.example:8765", 8765));
    CHECK_FALSE(host_allowed("127.0.0.1:8765.evil.example", 8765));
    CHECK_FALSE(host_allowed("[::1]:8765", 8765));
    CHECK_FALSE(host_allowed("", 8765));
    CHECK(origin_allowed("http://127.0.0.1:8765", 8765));
    CHECK_FALSE(origin_allowed("https://127.0.0.1:8765", 8765));
    CHECK_FALSE(origin_allowed("http://evil.example", 8765));
    CHECK_FALSE(origin_allowed("null", 8765));
}

TEST_CASE("serve: the token is random and compared in full") {
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        std::string token = random_hex(32);
        CHECK(token.size() == 64);
        CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
        seen.insert(token);
    }
    CHECK(seen.size() == 50);
    CHECK(same_secret("abc", "abc"));
    CHECK_FALSE(same_secret("abc", "abd"));
    CHECK_FALSE(same_secret("abc", "ab"));
    CHECK_FALSE(same_secret("", "abc"));
}

TEST_CASE("serve: a browser's file name becomes a label, never a path") {
    CHECK(display_name("Uppföljning 2019.xlsx") == "Uppföljning 2019.xlsx");
    CHECK(display_name("../../etc/passwd") == "passwd");
    CHECK(display_name("C:\\Users\\anna\\plan.docx") == "plan.docx");
    CHECK(display_name("a\x01" "b\x1b[31m.csv") == "ab[31m.csv");
    CHECK(display_name("\xE2\x80\xAE" "xslx.exe") == "xslx.exe");  // U+202E right-to-left override
    CHECK(display_name("bad \xFF byte.csv") == "bad \xEF\xBF\xBD byte.csv");
    CHECK(display_name("  ") == "fil");
    CHECK(display_name("dir/") == "fil");
    std::string long_name(100, 'x');
    for (int i = 0; i < 100; ++i) long_name += "\xC3\xA5";  // å
    std::string shown = display_name(long_name);
    CHECK(shown.size() <= 200);
    CHECK(shown.size() % 2 == 0);  // whole characters only
}

TEST_CASE("serve: downloads are attachments with a safe name") {
    CHECK(attachment_disposition("rapport.xlsx") == "attachment; filename=\"rapport.xlsx\"; filename*=UTF-8''rapport.xlsx");
    CHECK(attachment_disposition("sk-insamling å.xlsx") ==
          "attachment; filename=\"sk-insamling __.xlsx\"; filename*=UTF-8''sk-insamling%20%C3%A5.xlsx");
    std::string hostile = attachment_disposition("a\"b\r\nSet-Cookie: x;.zip");
    CHECK(hostile.find('\r') == std::string::npos);
    CHECK(hostile.find('\n') == std::string::npos);
    CHECK(hostile.find("a_b__Set-Cookie_ x_.zip") != std::string::npos);
}
