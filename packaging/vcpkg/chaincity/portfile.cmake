# Overlay port: builds ChainCity from this repository (vcpkg install chaincity --overlay-ports=packaging/vcpkg).
# A registry port would use vcpkg_from_github with a release tag and SHA512 instead of SOURCE_PATH below.
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)

string(COMPARE EQUAL "${VCPKG_LIBRARY_LINKAGE}" "dynamic" CHAINCITY_SHARED)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DBUILD_SHARED_LIBS=${CHAINCITY_SHARED}
        -DCHAINCITY_BUILD_TESTS=OFF
        -DCHAINCITY_BUILD_EXAMPLES=OFF
        -DCHAINCITY_BUILD_DOCS=OFF
        -DCHAINCITY_BUILD_BENCH=OFF
        -DCHAINCITY_BUILD_FUZZ=OFF
        -DCHAINCITY_BUILD_TOOLS=OFF
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME ChainCity CONFIG_PATH lib/cmake/ChainCity)
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include" "${CURRENT_PACKAGES_DIR}/debug/share")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
