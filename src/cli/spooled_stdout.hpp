#pragma once
// Standard output held back in an unnamed temporary file until a command has read all it needs:
// a file found bad half-way prints nothing, however much was made before.
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "src/container/workbook_dump.hpp"

namespace mk::cli {

class spooled_stdout : public dump_output {
public:
    // An empty spool; throws mk::error when no temporary file can be made.
    spooled_stdout();
    ~spooled_stdout() override;
    spooled_stdout(const spooled_stdout&) = delete;
    spooled_stdout& operator=(const spooled_stdout&) = delete;

    // Throws mk::error when the temporary file cannot take piece (the disk is full).
    void append(std::string_view piece) override;
    std::uint64_t size() const override { return size_; }
    void truncate(std::uint64_t size) override;
    // Copies everything appended to standard output.
    void release();

private:
    // Sends the spool to standard output without copying it through the process, as far as the
    // kernel can; returns how many bytes went.
    std::uint64_t sent_in_kernel();

    std::FILE* file_;
    std::uint64_t size_ = 0;
};

}  // namespace mk::cli
