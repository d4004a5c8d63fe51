// The findings' counts in words, as every command's summary gives them.
#include <doctest/doctest.h>

#include "src/core/message.hpp"
#include "src/pipeline/summary.hpp"

namespace mk::test {

TEST_CASE("severity_counts_text: each noun in the number its count takes, in Swedish and English") {
    CHECK(pipeline::severity_counts_text({0, 1, 2}) == "0 fel, 1 varning, 2 info");
    CHECK(pipeline::severity_counts_text({1, 2, 1}) == "1 fel, 2 varningar, 1 info");
    set_language(language::en);
    CHECK(pipeline::severity_counts_text({0, 1, 2}) == "0 errors, 1 warning, 2 info");
    CHECK(pipeline::severity_counts_text({1, 2, 1}) == "1 error, 2 warnings, 1 info");
    set_language(language::sv);
}

}  // namespace mk::test
