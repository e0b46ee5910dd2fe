#!/usr/bin/env python3
"""Writes docs/cookbook.md from docs/cookbook.in.md by running each `@@ chaincity …` line and embedding its output.

Usage: make_cookbook.py PATH/TO/chaincity [--check]   (--check: fail if docs/cookbook.md is out of date)
"""
import os, shlex, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cli = sys.argv[1]
check = "--check" in sys.argv
out = []
for line in open(os.path.join(ROOT, "docs", "cookbook.in.md"), encoding="utf-8").read().splitlines():
    if not line.startswith("@@ "):
        out.append(line)
        continue
    args = shlex.split(line[3:])
    p = subprocess.run([cli] + args[1:], capture_output=True, text=True, cwd=ROOT)
    if p.returncode not in (0, 1):
        sys.exit(f"make_cookbook: `{line[3:]}` failed ({p.returncode}): {p.stderr}")
    out += ["```console", "$ " + line[3:], p.stdout.rstrip("\n") or "(no match)", "```", ""]
text = "\n".join(out).rstrip("\n") + "\n"
path = os.path.join(ROOT, "docs", "cookbook.md")
old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
if check:
    if old != text:
        sys.exit("make_cookbook: docs/cookbook.md is out of date (run tools/make_cookbook.py build/.../chaincity)")
    print("docs/cookbook.md is up to date")
else:
    open(path, "w", encoding="utf-8").write(text)
    print("wrote docs/cookbook.md")
