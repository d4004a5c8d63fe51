#include "src/core/warning.hpp"

#include "src/core/located_text.hpp"

namespace mk {

std::string warning::text() const { return located_text(context, msg); }

}  // namespace mk
