// The package tests' zip writer and the xlsx tests' package helpers (fixture bytes, package
// entries, text replacement, error codes), compiled into this test executable too (each test
// folder is its own executable).
#include "tests/unit/package/zip_writer.cpp"
#include "tests/unit/xlsx/package_edit.cpp"
