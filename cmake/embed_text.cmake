# mk_embed_text(TARGET INPUT SYMBOL): compiles the text of INPUT (relative to the source folder) into
# TARGET as `extern const std::string_view SYMBOL` (a qualified name, e.g. mk::schema_xsd), so that
# the binary needs no path to it at run time. Run as a script (-P) it writes the generated .cpp.

if(CMAKE_SCRIPT_MODE_FILE)
  file(READ "${INPUT}" text)
  if(text MATCHES "\\)mk_embed\"")
    message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )mk_embed\"")
  endif()
  string(REGEX MATCH "^(.*)::([^:]+)$" qualified "${SYMBOL}")
  set(ns "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  file(WRITE "${OUTPUT}.tmp"
       "// Generated from ${INPUT_NAME} at build time; do not edit.\n"
       "#include <string_view>\n\nnamespace ${ns} {\n"
       "extern const std::string_view ${name};\n"
       "const std::string_view ${name} = R\"mk_embed(${text})mk_embed\";\n}\n")
  file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
  file(REMOVE "${OUTPUT}.tmp")
  return()
endif()

function(mk_embed_text target input symbol)
  string(MAKE_C_IDENTIFIER "${input}" stem)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/generated/${stem}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${CMAKE_CURRENT_SOURCE_DIR}/${input} -DINPUT_NAME=${input}
            -DOUTPUT=${output} -DSYMBOL=${symbol} -P "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
    DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${input}" "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
    COMMENT "Embedding ${input}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()
