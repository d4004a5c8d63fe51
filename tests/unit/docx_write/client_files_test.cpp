// Writes the .docx and .odt files that tests/interop/test_document_writer_clients.sh gives to
// python-docx, LibreOffice and jing (only when MK_INTEROP_OUT is set).
#include <doctest/doctest.h>

#include "converters/docx/write.hpp"
#include "converters/odt/write.hpp"
#include "tests/unit/docx_write/written_documents.hpp"

namespace mk::test {

TEST_CASE("document writers: client files") {
    std::size_t written = write_client_files(write_docx, written_format::docx);
    CHECK(write_client_files(write_odt, written_format::odt) == written);
    if (written == 0) MESSAGE("MK_INTEROP_OUT is not set: nothing written");
}

}  // namespace mk::test
