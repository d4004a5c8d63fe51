// The zip writer and package helpers of the package and xlsx tests, compiled into this test
// executable too (each test folder is its own executable).
#include "tests/unit/package/zip_writer.cpp"
#include "tests/unit/xlsx/package_edit.cpp"
