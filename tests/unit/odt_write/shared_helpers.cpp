// The writer test helpers of tests/unit/docx_write, compiled into this test executable too (each
// test folder is its own executable).
#include "tests/unit/docx_write/written_documents.cpp"
