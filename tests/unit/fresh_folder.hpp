#pragma once
// An empty folder of its own for a test's files, under the system's temporary folder.
#include <filesystem>

namespace mk::test {

// The folder name under the temporary folder, emptied (made when missing).
inline std::filesystem::path fresh_folder(const char* name) {
    std::filesystem::path folder = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

}  // namespace mk::test
