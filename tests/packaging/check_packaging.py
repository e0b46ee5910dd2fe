#!/usr/bin/env python3
"""Packaging checks that run offline.

1. The vcpkg overlay port and the Conan recipe are well formed and agree with the project (version, options, files).
2. The Conan recipe's build sequence — its CMake variables, a shared RelWithDebInfo build, install — is run with plain
   CMake, the install layout is checked, and the recipe's test_package is built and run against the result.
3. ABI gate: the installed shared library is compared with the committed baseline (abi/) by abidiff; an incompatible
   change fails unless the major version changed.

Usage: check_packaging.py SOURCE_DIR WORK_DIR GENERATOR [--update-abi]
"""
import ast, glob, json, lzma, os, re, shutil, subprocess, sys

SOURCE, WORK, GENERATOR = sys.argv[1], sys.argv[2], sys.argv[3]
UPDATE_ABI = "--update-abi" in sys.argv
problems = []


def check(cond, msg):
    if not cond:
        problems.append(msg)


def run(*cmd, **kw):
    p = subprocess.run(list(cmd), capture_output=True, text=True, **kw)
    if p.returncode != 0:
        sys.exit(f"FAILED ({p.returncode}): {' '.join(cmd)}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


cmakelists = open(os.path.join(SOURCE, "CMakeLists.txt"), encoding="utf-8").read()
version = re.search(r"project\(ChainCity VERSION ([0-9.]+)", cmakelists).group(1)
options = set(re.findall(r"option\((\w+)", cmakelists)) | {"BUILD_SHARED_LIBS"}

# ---- 1. manifests ----
port = os.path.join(SOURCE, "packaging", "vcpkg", "chaincity")
manifest = json.load(open(os.path.join(port, "vcpkg.json"), encoding="utf-8"))
check(manifest.get("name") == "chaincity", "vcpkg.json: name must be chaincity")
check(manifest.get("version") == version, f"vcpkg.json: version {manifest.get('version')} != project {version}")
deps = {d if isinstance(d, str) else d["name"] for d in manifest.get("dependencies", [])}
for d in ("boost-date-time", "boost-multiprecision", "icu", "nlohmann-json", "opencc", "vcpkg-cmake", "vcpkg-cmake-config"):
    check(d in deps, f"vcpkg.json: missing dependency {d}")
portfile = open(os.path.join(port, "portfile.cmake"), encoding="utf-8").read()
for opt in re.findall(r"-D(\w+)=", portfile):
    check(opt in options, f"portfile.cmake: -D{opt} is not an option of the project")
check("CONFIG_PATH lib/cmake/ChainCity" in portfile, "portfile.cmake: config path must match the install layout")
check(os.path.exists(os.path.join(port, "usage")), "vcpkg port: usage file missing")

recipe_path = os.path.join(SOURCE, "packaging", "conan", "conanfile.py")
tree = ast.parse(open(recipe_path, encoding="utf-8").read())
cls = next(n for n in tree.body if isinstance(n, ast.ClassDef))
attrs = {t.id: n.value for n in cls.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
check(ast.literal_eval(attrs["version"]) == version, "conanfile.py: version differs from the project's")
check(ast.literal_eval(attrs["name"]) == "chaincity", "conanfile.py: name must be chaincity")
check("exports_sources" not in attrs, "conanfile.py: exports_sources cannot reach outside the recipe folder; use export_sources()")
check(any(isinstance(n, ast.FunctionDef) and n.name == "export_sources" for n in cls.body), "conanfile.py: no export_sources()")
for pattern in ast.literal_eval(attrs["source_patterns"]):
    check(glob.glob(os.path.join(SOURCE, pattern)), f"conanfile.py: source pattern {pattern} matches nothing in the repository")
tc_vars = {}
for node in ast.walk(cls):
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
        sub = node.targets[0]
        if isinstance(sub.value, ast.Attribute) and sub.value.attr == "variables":
            tc_vars[ast.literal_eval(sub.slice)] = ast.literal_eval(node.value)
check(tc_vars, "conanfile.py: no tc.variables found")
for k in tc_vars:
    check(k in options, f"conanfile.py: tc.variables[{k!r}] is not an option of the project")
check(os.path.exists(os.path.join(SOURCE, "packaging", "conan", "test_package", "test_package.cpp")), "test_package missing")

if problems:
    print("\n".join("FAIL " + p for p in problems))
    sys.exit(1)
print(f"manifests ok: version {version}, {len(deps)} vcpkg dependencies, {len(tc_vars)} conan variables")

# ---- 2. the recipe's build sequence, as a shared library ----
shutil.rmtree(WORK, ignore_errors=True)
build, prefix = os.path.join(WORK, "build"), os.path.join(WORK, "package")
defs = [f"-D{k}={'ON' if v is True else 'OFF' if v is False else v}" for k, v in tc_vars.items()]
run("cmake", "-S", SOURCE, "-B", build, "-G", GENERATOR, "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DBUILD_SHARED_LIBS=ON",
    f"-DCMAKE_INSTALL_PREFIX={prefix}", "-DCMAKE_INSTALL_LIBDIR=lib", *defs)
run("cmake", "--build", build, "--parallel", "2")
run("cmake", "--install", build)
major = version.split(".")[0]
for rel in ("include/chaincity/chaincity.hpp", "include/chaincity/version.hpp", "include/chaincity/export.hpp",
            "lib/cmake/ChainCity/ChainCityConfig.cmake", "lib/cmake/ChainCity/ChainCityConfigVersion.cmake",
            "lib/cmake/ChainCity/ChainCityTargets.cmake", "lib/pkgconfig/chaincity.pc", f"lib/libchaincity.so.{major}",
            f"lib/libchaincity.so.{version}"):
    check(os.path.exists(os.path.join(prefix, rel)), f"install layout: {rel} missing")
check(not glob.glob(os.path.join(prefix, "include", "chaincity", "**", "*nlohmann*"), recursive=True) or
      os.path.exists(os.path.join(prefix, "include", "chaincity", "io", "nlohmann.hpp")), "unexpected files")
syms = run("nm", "-D", "--defined-only", "-C", os.path.join(prefix, "lib", f"libchaincity.so.{major}")).stdout
leaked = [l for l in syms.splitlines() if re.search(r" T (icu_|opencc::|nlohmann::)", l)]
check(not leaked, f"the shared library exports dependency symbols: {leaked[:3]}")
tp_build = os.path.join(WORK, "test_package")
run("cmake", "-S", os.path.join(SOURCE, "packaging", "conan", "test_package"), "-B", tp_build, "-G", GENERATOR,
    f"-DCMAKE_PREFIX_PATH={prefix}")
run("cmake", "--build", tp_build)
out = run(os.path.join(tp_build, "test_package")).stdout
print("test_package:", out.strip())
env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, "lib", "pkgconfig"))
flags = run("pkg-config", "--cflags", "--libs", "chaincity", env=env).stdout.split()
exe = os.path.join(WORK, "pc-shared")
run("c++", "-std=c++20", os.path.join(SOURCE, "packaging", "conan", "test_package", "test_package.cpp"), "-o", exe, *flags)
out = run(exe, env=dict(os.environ, LD_LIBRARY_PATH=os.path.join(prefix, "lib"))).stdout
print("pkg-config (shared):", out.strip())
if problems:
    print("\n".join("FAIL " + p for p in problems))
    sys.exit(1)

# ---- 3. ABI gate ----
abidiff, abidw = shutil.which("abidiff"), shutil.which("abidw")
lib = os.path.join(prefix, "lib", f"libchaincity.so.{major}")
headers = os.path.join(prefix, "include", "chaincity")
baselines = sorted(glob.glob(os.path.join(SOURCE, "abi", "libchaincity-*.abi.xz")))
ABIDW_FLAGS = ["--headers-dir", headers, "--drop-private-types", "--no-show-locs", "--no-corpus-path",
               "--no-comp-dir-path", "--exported-interfaces-only"]
if UPDATE_ABI:
    raw = os.path.join(WORK, "baseline.abi")
    run(abidw, *ABIDW_FLAGS, "--out-file", raw, lib)
    dest = os.path.join(SOURCE, "abi", f"libchaincity-{version}.abi.xz")
    with open(raw, "rb") as f, lzma.open(dest, "wb", preset=9) as out:
        out.write(f.read())
    print("wrote", dest)
    sys.exit(0)
if not abidiff:
    sys.exit("abidiff not found (Debian package abigail-tools)")
if not baselines:
    sys.exit("no ABI baseline in abi/ (run with --update-abi at a release)")
baseline = baselines[-1]
base_version = re.search(r"libchaincity-([0-9.]+)\.abi\.xz", baseline).group(1)
baseline_xml = os.path.join(WORK, "baseline.abi")
with lzma.open(baseline, "rb") as f, open(baseline_xml, "wb") as out:
    out.write(f.read())
suppressions = os.path.join(SOURCE, "abi", "suppressions.ini")
p = subprocess.run([abidiff, "--suppressions", suppressions, "--headers-dir2", headers, "--no-added-syms", baseline_xml, lib],
                   capture_output=True, text=True)
if p.returncode & 1:
    sys.exit(f"abidiff failed:\n{p.stderr}")
if p.returncode & 8:
    if base_version.split(".")[0] == major:
        sys.exit(f"ABI gate: incompatible change against {os.path.basename(baseline)} without a major version bump:\n"
                 f"{p.stdout[-4000:]}")
    print(f"ABI gate: incompatible change, allowed by the major version bump {base_version} -> {version}")
elif p.returncode & 4:
    print(f"ABI gate: compatible changes against {os.path.basename(baseline)}")
else:
    print(f"ABI gate: no change against {os.path.basename(baseline)}")
print("1 passed, 0 failed")
