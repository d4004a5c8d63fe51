#pragma once
// Reading inputs and writing outputs: inputs whole into memory or read as needed, outputs atomically.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/byte_source.hpp"
#include "src/core/message.hpp"

namespace mk {

// Why a system call failed with errno err, in both languages (strerror speaks English only).
message system_reason(int err);

// Largest input file accepted, in bytes.
inline constexpr std::uint64_t max_input_size = 1ull << 30;

// The bytes of the file at path; throws mk::error (context: path) when it is missing, a folder,
// unreadable or larger than max_input_size.
std::string read_input_file(const std::string& path);

// The file at path as a source read as needed, under the same checks as read_input_file.
byte_source open_input_file(const std::string& path);

// Throws the mk::error read_input_file would when path is missing or no regular file, without
// opening it: what a command checks of every input before it reads any.
void check_input_file(const std::string& path);

// An output path checked once, with what writing it needs to know.
struct output_target {
    std::string path;
    // Whether a regular file is at path now.
    bool exists = false;
    // The permissions the written file gets: the existing file's, else the umask's.
    unsigned permissions = 0;
};

// Checks path as an output, with one look at the file system: throws the mk::error
// write_output_file would before it writes anything (path is one of inputs, a folder or no regular
// file, its name too long, or its folder missing).
output_target check_output_file(const std::string& path, const std::vector<std::string>& inputs);

// Writes bytes to target.path atomically: a temporary file in the same folder, then a rename. When
// the target did not exist, a file that appeared since is never replaced (mk::error
// output.appeared). Throws mk::error, leaving nothing behind, when the file cannot be written.
void write_output_file(const output_target& target, std::string_view bytes);

class temp_file;
class drain_behind;

// An output file written in pieces, as write_output_file writes one: into a temporary file beside
// target, moved into place by commit(). Uncommitted when it dies, the temporary file is removed, so
// a run that fails half-way leaves nothing. Throws mk::error as write_output_file does.
class output_file_writer {
public:
    explicit output_file_writer(const output_target& target);
    ~output_file_writer();
    output_file_writer(const output_file_writer&) = delete;
    output_file_writer& operator=(const output_file_writer&) = delete;

    // Appends bytes to the file. From the second piece on, pieces of at most 1 MiB are written on
    // a thread of its own while the caller goes on, and an error in writing them is thrown by a
    // later write() or by commit().
    void write(std::string_view bytes);
    // Moves the file written into place.
    void commit();

private:
    output_target target_;
    std::unique_ptr<temp_file> temp_;
    std::unique_ptr<drain_behind> behind_;  // from the second piece on
    std::size_t pieces_ = 0;
    bool closed_ = false;
    bool committed_ = false;
};

// check_output_file, then write_output_file: a file it replaces keeps its permissions, a new one
// gets the umask's.
void write_output_file(const std::string& path, std::string_view bytes, const std::vector<std::string>& inputs);

// The file name without folders and without its last extension ("a/b/Plan 2019.xlsx" → "Plan 2019").
std::string file_stem(std::string_view path);

}  // namespace mk
