// A paragraph's runs joined into one block: its text, whether it is bold or yellow, and how much of
// it leads in bold.
#include <doctest/doctest.h>

#include "src/container/paragraph_builder.hpp"

namespace mk::test {

namespace {

block built(std::initializer_list<std::pair<const char*, bool>> runs) {
    paragraph_builder builder;
    for (auto [text, bold] : runs) builder.append(text, false, bold);
    block b;
    builder.finish_into(b);
    return b;
}

}  // namespace

TEST_CASE("paragraph builder: a bold label before plain text leads the paragraph in bold") {
    block label_line = built({{"Skolans svar:", true}, {" Vi ser att läsningen ökar.", false}});
    CHECK(label_line.text == "Skolans svar: Vi ser att läsningen ökar.");
    CHECK_FALSE(label_line.bold);
    CHECK(label_line.bold_lead == std::string("Skolans svar:").size());

    // A blank run decides nothing: the lead ends where the plain words start.
    block spaced = built({{"Svar:", true}, {" ", false}, {"Text", false}});
    CHECK(spaced.bold_lead == std::string("Svar: ").size());

    block all_bold = built({{"Skolans ", true}, {"svar:", true}});
    CHECK(all_bold.bold);
    CHECK(all_bold.bold_lead == all_bold.text.size());

    block plain_first = built({{"Vanlig ", false}, {"fet", true}});
    CHECK_FALSE(plain_first.bold);
    CHECK(plain_first.bold_lead == 0);

    CHECK(built({}).bold_lead == 0);
}

}  // namespace mk::test
