#pragma once
// The one fatal error type: an unusable input or an impossible request (exit status 2).
#include <stdexcept>
#include <string>

#include "src/core/message.hpp"

namespace mk {

class error : public std::exception {
public:
    // code: stable machine id ("zip.encrypted"); msg: what is wrong and what the user can do.
    error(std::string code, message msg, std::string context = {});

    // Stable machine-readable id of the failure, e.g. "xlsx.bad_reference".
    const std::string& code() const { return code_; }
    // What went wrong, in both languages.
    const message& msg() const { return message_; }
    // Where: usually the file name as the user gave it; empty when not yet known.
    const std::string& context() const { return context_; }
    // Returns a copy naming the file, unless a context is already set (the innermost wins).
    error with_context(const std::string& context) const;
    // "context: message" in the current language, on one line: control characters (which a
    // hostile file can put into a name the message quotes) are shown escaped, as \n or \x1B.
    const char* what() const noexcept override;

private:
    std::string code_;
    message message_;
    std::string context_;
    mutable std::string what_;
};

// The one wording for running out of memory, wherever it is noticed.
message out_of_memory_text();

}  // namespace mk
