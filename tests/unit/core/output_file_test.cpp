// Outputs written in pieces (output_file_writer): nothing at the output's name until commit(), and
// nothing at all, not even the temporary file, when the writer dies uncommitted.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/core/file_io.hpp"
#include "tests/unit/fresh_folder.hpp"

namespace mk {
namespace {

using test::fresh_folder;

std::string contents(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("output file writer: the file appears whole at commit, and not at all without it") {
    std::filesystem::path folder = fresh_folder("malkedja-output-file-test");
    std::string path = (folder / "ut.xml").string();
    {
        output_file_writer out(check_output_file(path, {}));
        out.write("<a>");
        out.write("</a>");
        CHECK_FALSE(std::filesystem::exists(path));
        out.commit();
    }
    CHECK(contents(path) == "<a></a>");
    {
        output_file_writer out(check_output_file(path, {}));
        out.write("halv");
    }
    CHECK(contents(path) == "<a></a>");
    CHECK(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()) == 1);
    std::filesystem::remove_all(folder);
}

TEST_CASE("output file writer: small pieces written behind and a large one written at once keep their order") {
    std::filesystem::path folder = fresh_folder("malkedja-output-file-order-test");
    std::string path = (folder / "ut.xml").string();
    std::string expected;
    {
        output_file_writer out(check_output_file(path, {}));
        for (int i = 0; i < 3000; ++i) {
            std::string piece = i == 1500 ? std::string(3u << 20, 'x') : std::to_string(i) + ",";
            out.write(piece);
            expected += piece;
        }
        out.commit();
    }
    CHECK(contents(path) == expected);
    std::filesystem::remove_all(folder);
}

}  // namespace mk
