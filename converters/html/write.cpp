#include "converters/html/write.hpp"

#include "src/core/error.hpp"

namespace mk {

std::string write_html(const document&) { throw error("todo", tr("inte klart", "not done")); }

}  // namespace mk
