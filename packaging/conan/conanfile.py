"""Conan 2 recipe for ChainCity, building this repository (conan create packaging/conan --version 0.2.0)."""
import os

from conan import ConanFile
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy


class ChainCityConan(ConanFile):
    name = "chaincity"
    version = "0.2.0"
    license = "MIT"
    description = "Typed, sourced data on China's blockchain-capital race: exact money, partial dates, a curated atlas, queries and a composite index."
    topics = ("blockchain", "china", "cities", "composite-index", "dataset")
    package_type = "library"
    settings = "os", "arch", "compiler", "build_type"
    options = {"shared": [True, False], "fPIC": [True, False]}
    default_options = {"shared": False, "fPIC": True}
    # The recipe lives two folders below the sources it builds; export_sources() copies them next to it.
    source_patterns = ("CMakeLists.txt", "cmake/*", "include/*", "src/*", "data/atlas.json", "LICENSE")

    def export_sources(self):
        root = os.path.join(self.recipe_folder, "..", "..")
        for pattern in self.source_patterns:
            copy(self, pattern, src=root, dst=self.export_sources_folder)

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def layout(self):
        cmake_layout(self, src_folder=".")

    def requirements(self):
        self.requires("boost/1.83.0", transitive_headers=True)
        self.requires("nlohmann_json/3.11.2")
        self.requires("icu/74.1")
        self.requires("opencc/1.1.6")

    def validate(self):
        from conan.tools.build import check_min_cppstd
        check_min_cppstd(self, 20)

    def generate(self):
        tc = CMakeToolchain(self)
        tc.variables["CHAINCITY_BUILD_TESTS"] = False
        tc.variables["CHAINCITY_BUILD_EXAMPLES"] = False
        tc.variables["CHAINCITY_BUILD_DOCS"] = False
        tc.variables["CHAINCITY_BUILD_BENCH"] = False
        tc.variables["CHAINCITY_BUILD_FUZZ"] = False
        tc.variables["CHAINCITY_BUILD_TOOLS"] = False
        tc.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))
        CMake(self).install()

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "ChainCity")
        self.cpp_info.set_property("cmake_target_name", "ChainCity::chaincity")
        self.cpp_info.set_property("pkg_config_name", "chaincity")
        self.cpp_info.libs = ["chaincity"]
        if not self.options.shared:
            self.cpp_info.defines = ["CHAINCITY_STATIC_DEFINE"]
        self.cpp_info.requires = ["boost::headers", "boost::date_time", "nlohmann_json::nlohmann_json", "icu::icu", "opencc::opencc"]
