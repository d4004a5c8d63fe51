# The .xls format's own library: FreeXL (Debian libfreexl-dev) reads the BIFF records.
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET freexl)
set(format_libraries PkgConfig::FREEXL)
