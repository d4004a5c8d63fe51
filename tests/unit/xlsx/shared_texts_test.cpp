// The shared string table packs its texts into blocks: every text reads back whole, across the
// ends of blocks, empty and longer than a block alike.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "converters/xlsx/shared_strings.hpp"

namespace mk::test {

TEST_CASE("shared texts: every text reads back as added, however long") {
    std::vector<std::string> added;
    for (std::size_t i = 0; i < 3000; ++i) {
        std::size_t length = i % 7 == 0 ? 0 : (i * 7919) % 2000;
        if (i % 500 == 1) length = (1 << 20) + i;  // longer than a block
        if (i % 500 == 2) length = (1 << 18) + 1;  // just over a quarter block
        added.push_back(std::string(length, static_cast<char>('a' + i % 26)));
    }
    xlsx::shared_texts texts;
    for (const std::string& text : added) texts.add(text, "xl/sharedStrings.xml");
    REQUIRE(texts.size() == added.size());
    for (std::size_t i = 0; i < added.size(); ++i) {
        INFO(i);
        CHECK(texts[i] == added[i]);
    }
}

}  // namespace mk::test
