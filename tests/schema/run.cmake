# Validates the curated atlas and the atlas as the library writes it against data/atlas.schema.json.
execute_process(COMMAND "${CLI}" export -o "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "chaincity export failed: ${rc}")
endif()
file(GLOB examples "${SOURCE_DIR}/examples/data/*.json")
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/tests/schema/check_schema.py" "${SOURCE_DIR}/data/atlas.schema.json"
                        "${SOURCE_DIR}/data/atlas.json" "${OUT}" ${examples} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "schema check failed")
endif()
