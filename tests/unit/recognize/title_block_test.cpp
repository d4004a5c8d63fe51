// The title block's label rows, and what wins when the title says something else.
#include <doctest/doctest.h>

#include "src/recognize/title_block.hpp"

TEST_CASE("title block: the labels År, Läsår, Per and Rapportdatum win over the title") {
    mk::model::metadata meta;
    mk::recognize::read_title_block({{"Uppföljning per den 31 augusti 2017"},
                                     {"Kommun", "Huddinge"},
                                     {"Nämnd", "Grundskolenämnden"},
                                     {"År", "2018"},
                                     {"Läsår", "2018/19"},
                                     {"Per", "2018-12-31"}},
                                    meta);
    CHECK(meta.title == "Uppföljning per den 31 augusti 2017");
    CHECK(meta.kommun == "Huddinge");
    CHECK(meta.namnd == "Grundskolenämnden");
    CHECK(meta.year == 2018);
    CHECK(meta.lasar == "2018/19");
    CHECK(meta.as_of == "2018-12-31");

    mk::model::metadata written;
    mk::recognize::read_title_block({{"Uppföljning 2019"}, {"Rapportdatum", "31 augusti 2019"}}, written);
    CHECK(written.as_of == "2019-08-31");
    CHECK(written.year == 2019);

    mk::model::metadata not_a_date;
    mk::recognize::read_title_block({{"Uppföljning"}, {"Per", "delår 2"}, {"År", "nästa"}}, not_a_date);
    CHECK(not_a_date.as_of.empty());
    CHECK_FALSE(not_a_date.year);
}

TEST_CASE("title block: says which rows the metadata holds, so that the others are kept as notes") {
    mk::model::metadata meta;
    std::vector<bool> held = mk::recognize::read_title_block({{"HUDDINGE KOMMUN"},
                                                              {"Uppföljning åtagande 2018"},
                                                              {"Postadress", "Box 1"},
                                                              {"Diarienummer", "GAN-2019/10.603"},
                                                              {"Tabellen visar läget för varje åtagande."}},
                                                             meta);
    CHECK(held == std::vector<bool>{true, true, false, true, false});
    CHECK(meta.kommun == "Huddinge");
    CHECK(meta.title == "Uppföljning åtagande 2018");
}

TEST_CASE("title block: a line naming a unit is no title") {
    mk::model::metadata alone;
    std::vector<bool> held = mk::recognize::read_title_block({{"Skola: Skola A"}}, alone);
    CHECK(held == std::vector<bool>{false});
    CHECK(alone.title.empty());

    mk::model::metadata below;
    held = mk::recognize::read_title_block({{"Skola: Skola A"}, {"Uppföljning 2019"}}, below);
    CHECK(held == std::vector<bool>{false, true});
    CHECK(below.title == "Uppföljning 2019");
}
