#include <doctest/doctest.h>

#include <string>

#include "src/model/provenance.hpp"

using mk::model::shared_name;
using mk::model::source_ref;

TEST_CASE("shared names: a copy shares the text, equality is by text") {
    shared_name file = std::string("uppfoljning-verksamhetsplan-2019.xlsx");
    shared_name copy = file;
    CHECK(&copy.str() == &file.str());
    shared_name same_text = std::string("uppfoljning-verksamhetsplan-2019.xlsx");
    CHECK(&same_text.str() != &file.str());
    CHECK(same_text == file);
    CHECK(file == std::string("uppfoljning-verksamhetsplan-2019.xlsx"));
    CHECK(file == "uppfoljning-verksamhetsplan-2019.xlsx");
    CHECK_FALSE(file == "annan.xlsx");
    const std::string& read = file;
    CHECK(read == "uppfoljning-verksamhetsplan-2019.xlsx");
}

TEST_CASE("shared names: empty text is no name, equal to an empty string") {
    shared_name none;
    CHECK(none.empty());
    CHECK(none.str().empty());
    CHECK(shared_name(std::string()).empty());
    CHECK(none == "");
    CHECK(none == shared_name(""));
    CHECK_FALSE(shared_name("Blad1").empty());
}

TEST_CASE("shared names: places of one sheet share its names, and compare by text") {
    source_ref sheet = mk::model::whole_sheet(std::string("plan.xlsx"), std::string("Åtagande"));
    source_ref cell = sheet;
    cell.cell = "D14";
    CHECK(&cell.file.str() == &sheet.file.str());
    CHECK(&cell.sheet.str() == &sheet.sheet.str());
    source_ref apart = mk::model::whole_sheet(std::string("plan.xlsx"), std::string("Åtagande"));
    apart.cell = "D14";
    CHECK(apart == cell);
    apart.sheet = std::string("Mål");
    CHECK_FALSE(apart == cell);
}
