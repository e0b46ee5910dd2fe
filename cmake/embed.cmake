# Writes a C++ source that holds a file's bytes: cmake -DINPUT=data/atlas.json -DOUTPUT=out.cpp -P embed.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){24})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.new"
     "// Generated from ${INPUT} by cmake/embed.cmake. Do not edit.\n#include <cstddef>\n"
     "namespace chaincity::detail {\nextern const char embedded_atlas_bytes[];\nextern const std::size_t embedded_atlas_size;\n"
     "const char embedded_atlas_bytes[] = {\n${bytes}'\\0'};\nconst std::size_t embedded_atlas_size = ${size};\n}\n")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
