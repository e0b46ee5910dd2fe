#!/usr/bin/env python3
"""Runs every file of the malformed-input suite through the chaincity program and compares with expected.json.

Usage: check_malformed.py [PATH/TO/chaincity] [--verbose]
  (default program: build/tools/chaincity/chaincity under the repository root)

For each file: the exit code must be 3 (0 = accepted, a signal or 134/139 = crash, 20 s = hang). For content errors
(stage "content") the message must name the file and carry a located problem at the expected pointer whose text
contains the expected fragment. For syntax and limit errors the pointer and fragment are compared too when the program
prints them, but a difference is only a note (an older reader printed no pointer for syntax errors); a message without
the word "expected" is a note too (tests/reliability/test_malformed.cpp asks for it). Sequential
on purpose: it is cheap and leaves the CPUs to builds. Exit code 0 when everything agrees, 1 otherwise.
"""
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the suite
import make_malformed  # noqa: E402

COMMAND = {"atlas": ["validate"], "methodology": ["rank", "--methodology"], "profile": ["offer", "--profile"]}
LOCATED = re.compile(r"(?P<file>[^\s:]+):(?P<line>\d+):(?P<col>\d+): (?:(?P<ptr>/[^\s]*): )?(?P<msg>.*)")


def run(program, args, cwd):
    for attempt in range(10):
        if Path(program).exists():
            break
        time.sleep(3)  # being rebuilt
    try:
        p = subprocess.run([program, *args], cwd=cwd, capture_output=True, timeout=20)
        return p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", ""


def located(stderr, path):
    out = []
    for line in stderr.splitlines():
        i = line.find(path + ":")
        if i < 0:
            continue
        m = LOCATED.match(line[i:])
        if m:
            out.append((m.group("ptr"), m.group("msg")))
    return out


def same_pointer(printed, expected):
    return printed == expected or (expected == "" and printed == "/")


def main(argv):
    program = next((a for a in argv if not a.startswith("--")), str(ROOT / "build/tools/chaincity/chaincity"))
    verbose = "--verbose" in argv
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    problems, notes = [], []

    # The bases must be accepted, so that each file's one mutation is its only fault.
    with tempfile.TemporaryDirectory() as tmp:
        bases = {"atlas": [make_malformed.base_atlas(), make_malformed.full_atlas()],
                 "methodology": [make_malformed.base_methodology()], "profile": [make_malformed.base_profile()]}
        for kind, docs in bases.items():
            for n, doc in enumerate(docs):
                f = Path(tmp) / f"{kind}-{n}.json"
                f.write_bytes(make_malformed.text(doc))
                rc, err = run(program, COMMAND[kind] + [str(f)], tmp)
                if rc != 0:
                    problems.append(f"BASE {kind} #{n} is not accepted: exit {rc}: {err.strip()}")

    counts = {}
    for path, e in expected.items():
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
        rc, err = run(program, COMMAND[e["kind"]] + [path], HERE)
        shown = err.strip().replace("\n", " | ")
        if len(shown) > 300:
            shown = shown[:300] + "..."
        if rc == "timeout":
            problems.append(f"HANG     {path}: no answer in 20 s")
            continue
        if rc == 0:
            problems.append(f"ACCEPTED {path}: exit 0 (expected {e['pointer'] or '(root)'}: {e['expect']})")
            continue
        if rc != 3:
            problems.append(f"CRASH    {path}: exit {rc}: {shown}")
            continue
        if path not in err:
            problems.append(f"NO FILE  {path}: the message does not name the file: {shown}")
            continue
        locs = located(err, path)
        at = [(p, m) for p, m in locs if p is not None and same_pointer(p, e["pointer"])]
        if e["stage"] == "content":
            if not at:
                printed = ", ".join(p or "(none)" for p, _ in locs) or "(none)"
                problems.append(f"POINTER  {path}: expected {e['pointer'] or '(root)'}, printed {printed}: {shown}")
            elif not any(e["expect"] in m for _, m in at):
                problems.append(f"FRAGMENT {path}: no \"{e['expect']}\" at {e['pointer']}: {shown}")
            elif len(locs) > 1:
                notes.append(f"several problems {path}: {shown}")
        else:
            if any(p is not None for p, _ in locs) and not at:
                notes.append(f"syntax pointer {path}: expected {e['pointer'] or '(root)'}: {shown}")
            if e["expect"] not in err:
                notes.append(f"syntax fragment {path}: no \"{e['expect']}\": {shown}")
        if "expected" not in err:
            notes.append(f"no 'expected' in the message of {path}: {shown}")
        if verbose:
            print(f"ok       {path}: {shown}")

    for line in notes:
        print("note: " + line)
    for line in problems:
        print(line)
    print(", ".join(f"{n} {k}" for k, n in counts.items()) + f"; {len(problems)} problem(s), {len(notes)} note(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
