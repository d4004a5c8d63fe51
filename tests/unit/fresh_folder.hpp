#pragma once
// An empty folder of its own for a test's files, under the system's temporary folder.
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace mk::test {

// The folder name-<process id> under the temporary folder, emptied (made when missing) and removed
// when the test program ends. Test cases run as processes side by side (ctest -j), so two of one
// file must not share a folder: one emptied the other's while it read from it.
inline std::filesystem::path fresh_folder(const char* name) {
    struct removed_at_exit {
        std::vector<std::filesystem::path> folders;
        ~removed_at_exit() {
            std::error_code ignored;
            for (const auto& folder : folders) std::filesystem::remove_all(folder, ignored);
        }
    };
    static removed_at_exit made;
    std::filesystem::path folder =
        std::filesystem::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    made.folders.push_back(folder);
    return folder;
}

}  // namespace mk::test
