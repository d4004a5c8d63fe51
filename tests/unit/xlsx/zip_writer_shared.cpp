// The package tests' zip writer, compiled into this test executable too (each test folder is its
// own executable).
#include "tests/unit/package/zip_writer.cpp"
