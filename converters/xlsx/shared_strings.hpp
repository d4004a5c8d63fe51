#pragma once
// The shared string table (sharedStrings.xml), read as a stream.
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace mk {
class zip_package;
}

namespace mk::xlsx {

// The texts of a shared string table by index, their bytes packed into large blocks: a text costs
// its bytes and one view, not a string and an allocation of its own.
class shared_texts {
public:
    // Adds text at the end; throws mk::error naming part when it passes the memory budget.
    void add(std::string_view text, std::string_view part);
    // How many texts there are.
    std::size_t size() const { return texts_.size(); }
    // The text at index, which is less than size().
    std::string_view operator[](std::size_t index) const { return texts_[index]; }

private:
    // Room for the next text of size bytes: in the last block, else in a new one.
    char* room_for(std::size_t size, std::string_view part);

    std::vector<std::unique_ptr<char[]>> blocks_;      // shared by the texts they hold
    std::size_t block_used_ = 0;                       // bytes taken in the last of blocks_
    std::vector<std::unique_ptr<char[]>> own_blocks_;  // one long text each
    std::vector<std::string_view> texts_;
};

// The texts of the <si> items of the <sst> part of package, in order (rich text joined, phonetic
// runs left out, escapes decoded); the declared counts are not trusted. Throws mk::error naming
// part when it is not XML or passes a limit or the memory budget.
shared_texts read_shared_strings(zip_package& package, std::string_view part);

}  // namespace mk::xlsx
