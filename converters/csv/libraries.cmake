# The CSV format's own libraries: libcsv (quoting) and libxml2 (legacy encodings).
find_library(LIBCSV csv REQUIRED)
set(format_libraries ${LIBCSV} PkgConfig::LIBXML2)
