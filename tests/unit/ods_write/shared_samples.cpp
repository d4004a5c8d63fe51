// The sample workbooks of the .xlsx writer tests, compiled into this test executable too (each
// test folder is its own executable).
#include "tests/unit/xlsx_write/sample_workbooks.cpp"
