#include "tests/unit/fresh_folder.hpp"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

TEST_CASE("fresh_folder: two test processes at once each get a folder of their own") {
    std::filesystem::path mine = mk::test::fresh_folder("malkedja-fresh-folder-test");
    std::ofstream(mine / "mine.txt") << "kept";
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // Another process asking for the same folder, as a test case run beside this one does.
        std::filesystem::path theirs = mk::test::fresh_folder("malkedja-fresh-folder-test");
        std::ofstream(theirs / "theirs.txt") << "other";
        bool apart = theirs != mine && std::filesystem::exists(theirs / "theirs.txt");
        std::filesystem::remove_all(theirs);  // _exit runs no destructors
        ::_exit(apart ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(std::filesystem::exists(mine / "mine.txt"));
    CHECK_FALSE(std::filesystem::exists(mine / "theirs.txt"));
}
