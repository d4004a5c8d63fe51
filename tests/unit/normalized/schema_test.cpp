#include <doctest/doctest.h>

#include "sample_document.hpp"
#include "src/core/file_io.hpp"
#include "src/normalized/format.hpp"
#include "src/normalized/write.hpp"
#include "tests/unit/package/error_code.hpp"

using namespace mk;
using mk::test::error_code;

TEST_CASE("schema: the schema built into the program is schema/malkedja.xsd") {
    CHECK(normalized::schema_xsd == read_input_file(std::string(MK_SOURCE_DIR) + "/schema/malkedja.xsd"));
    CHECK(normalized::schema_xsd.find(std::string("targetNamespace=\"") + std::string(normalized::namespace_uri)) !=
          std::string::npos);
}

TEST_CASE("schema: the writer refuses a model whose output would not validate") {
    model::document bad_date = sample_document();
    bad_date.metadata.as_of = "31/12/2018";
    CHECK(error_code([&] { normalized::write_normalized(bad_date); }) == "normalized.invalid");
    model::document bad_quarter = sample_document();
    bad_quarter.activities.at(1).planned->quarter = 7;
    CHECK(error_code([&] { normalized::write_normalized(bad_quarter); }) == "normalized.invalid");
    model::document dangling = sample_document();
    dangling.activities.at(0).goal->target = "missing";
    CHECK(error_code([&] { normalized::write_normalized(dangling); }) == "model.dangling_reference");
}
