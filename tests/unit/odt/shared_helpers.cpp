// The zip writer, package helpers and document queries of the package, xlsx and docx tests,
// compiled into this test executable too (each test folder is its own executable).
#include "tests/unit/docx/document_queries.cpp"
#include "tests/unit/package/zip_writer.cpp"
#include "tests/unit/xlsx/package_edit.cpp"
