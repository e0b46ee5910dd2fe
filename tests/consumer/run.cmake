# Installs ChainCity into a scratch prefix, then builds and runs consumers against the installed package:
# find_package(ChainCity CONFIG) and pkg-config. Usage: cmake -DSOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -P run.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGV}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${WORK_DIR}/lib" -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_INSTALL_PREFIX=${prefix} -DCHAINCITY_BUILD_TESTS=OFF -DCHAINCITY_BUILD_EXAMPLES=OFF
    -DCHAINCITY_BUILD_DOCS=OFF -DCHAINCITY_BUILD_TOOLS=ON)
run(${CMAKE_COMMAND} --build "${WORK_DIR}/lib" --parallel 2)
run(${CMAKE_COMMAND} --install "${WORK_DIR}/lib")

# 1. find_package
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/consumer/project" -B "${WORK_DIR}/cmake-consumer" -G "${GENERATOR}"
    -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build "${WORK_DIR}/cmake-consumer")
run("${WORK_DIR}/cmake-consumer/consumer")
message(STATUS "find_package consumer: ${last_output}")

# 2. pkg-config
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${prefix}/lib/pkgconfig:${prefix}/lib/x86_64-linux-gnu/pkgconfig")
run(${PKG_CONFIG} --cflags --libs chaincity)
string(STRIP "${last_output}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
run(c++ -std=c++20 "${SOURCE_DIR}/tests/consumer/project/main.cpp" -o "${WORK_DIR}/pc-consumer" ${flags})
run("${WORK_DIR}/pc-consumer")
message(STATUS "pkg-config consumer: ${last_output}")

# 3. the installed command-line program
run("${prefix}/bin/chaincity" summary)

# 4. add_subdirectory
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/consumer/subdir" -B "${WORK_DIR}/subdir" -G "${GENERATOR}"
    -DCMAKE_BUILD_TYPE=Release -DCHAINCITY_SOURCE=${SOURCE_DIR})
run(${CMAKE_COMMAND} --build "${WORK_DIR}/subdir" --parallel 2)
run("${WORK_DIR}/subdir/consumer")
message(STATUS "add_subdirectory consumer: ${last_output}")
