#pragma once
// A temporary output file that an interrupt (SIGINT, SIGTERM, SIGHUP) removes before the program ends.
#include <string>

namespace mk {

// A file made by mkstemp from a pattern ending in XXXXXX. While this object lives, SIGINT,
// SIGTERM and SIGHUP remove the file and then end the program as they would have; a signal the
// program ignores stays ignored. Only one may live at a time. The file itself is the caller's:
// renamed or removed.
class temp_file {
public:
    // Creates the file; fd() is then -1 and errno set when it could not be made.
    explicit temp_file(std::string pattern);
    ~temp_file();
    temp_file(const temp_file&) = delete;
    temp_file& operator=(const temp_file&) = delete;

    // The open file, or -1.
    int fd() const { return fd_; }
    // The file's name as made from the pattern.
    const std::string& path() const { return path_; }

private:
    std::string path_;
    int fd_ = -1;
};

}  // namespace mk
