#!/usr/bin/env python3
"""Runs the installed chaincity program and checks its output, JSON and exit codes.

Usage: test_cli.py PATH/TO/chaincity SOURCE_DIR
"""
import json, os, subprocess, sys, tempfile

CLI, SOURCE = sys.argv[1], sys.argv[2]
failures = []
passed = 0


def run(*args, code=0):
    p = subprocess.run([CLI, *args], capture_output=True, text=True)
    if p.returncode != code:
        raise AssertionError(f"chaincity {' '.join(args)}: exit {p.returncode}, expected {code}\n{p.stderr}")
    return p


def check(name, fn):
    global passed
    try:
        fn()
        passed += 1
    except Exception as e:  # a failed assertion or a crash: report and go on
        failures.append(f"{name}: {e}")


def policies_guangzhou_json():
    out = json.loads(run("--format", "json", "policies", "--city", "廣州").stdout)
    ids = {r["id"] for r in out}
    assert "a003-pol-guangzhou-blockchain-industry-implementation-opinions" in ids, ids
    assert "a001-policy-guangzhou-blockchain-ten" in ids, ids
    for r in out:
        assert r["date_match"] in ("inside", "possibly_inside"), r
        assert r["provenance"], r


def policies_since_march_area():
    out = json.loads(run("--format", "json", "policies", "--city", "北京", "--from", "2020-03", "--area", "电子发票").stdout)
    ids = [r["id"] for r in out]
    assert "a003-pol-beijing-blockchain-e-invoice-notice" in ids, ids
    assert all("e_invoice" in r["areas"] for r in out), out
    assert all(r["issued"]["value"] >= "2020-03" for r in out), out


def city_card():
    out = json.loads(run("--format", "json", "city", "guiyang").stdout)
    assert out["id"] == "guiyang" and out["name_hant"] == "貴陽", out
    assert "main-board-listing" in out["incentives"], out["incentives"]
    text = run("city", "貴陽").stdout
    assert "10,000,000 CNY" in text, text


def city_unknown():
    p = run("city", "hangzou", code=1)
    assert "杭州" in p.stderr and "hangzou" in p.stderr, p.stderr


def firsts():
    out = json.loads(run("--format", "json", "firsts").stdout)
    earliest = [f for f in out if f["question"] == "earliest park"][0]
    assert earliest["cities"] == ["shanghai"] and earliest["date"] == "2016-11", earliest
    assert any(f["claimed"] and f["cities"] == ["ganzhou"] for f in out), out


def search_across_scripts():
    out = json.loads(run("--format", "json", "search", "貴陽", "白皮書").stdout)
    assert "a001-policy-guiyang-blockchain-whitepaper" in [r["id"] for r in out[:3]], out
    assert all(out[i]["score"] >= out[i + 1]["score"] for i in range(len(out) - 1)), out


def csv_output():
    p = subprocess.run([CLI, "--format", "csv", "cities"], capture_output=True)
    assert p.returncode == 0
    lines = p.stdout.decode("utf-8").split("\r\n")
    assert lines[0] == "id,简体,繁體,pinyin,English,province,level,tier", lines[0]
    assert any(l.startswith("guiyang,贵阳,貴陽,") for l in lines), lines


def table_alignment():
    import unicodedata

    def width(s):
        return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)

    lines = run("cities").stdout.splitlines()
    rule = lines[1]
    assert rule.startswith("-"), rule
    # Column starts, from the rule under the header; every cell must start at that display column.
    starts = [i for i in range(len(rule)) if rule[i] == "-" and (i == 0 or rule[i - 1] == " ")]
    assert len(starts) == 8, starts
    for line in lines[2:]:
        cells = [c.strip() for c in line.split("  ") if c.strip()]
        col = 0
        pos = []
        rest = line
        for c in cells:
            idx = rest.index(c)
            col += width(rest[:idx])
            pos.append(col)
            col += width(c)
            rest = rest[idx + len(c):]
        assert pos == starts[: len(pos)], (line, pos, starts)


def summary_json():
    out = json.loads(run("--format", "json", "summary").stdout)
    assert out["articles"] == 5 and out["cities"] >= 15, out
    assert out["earliest"] and out["latest"], out


def inserts_flag():
    base = json.loads(run("--format", "json", "indicators", "--city", "青岛").stdout)
    more = json.loads(run("--format", "json", "--include-inserts", "indicators", "--city", "青岛").stdout)
    assert len(more) == len(base) + 1, (len(base), len(more))


def as_of():
    now = json.loads(run("--format", "json", "summary").stdout)
    then = json.loads(run("--format", "json", "--as-of", "2018-03", "summary").stdout)
    assert then["policies"] < now["policies"], (then, now)


def no_match_exit_1():
    run("policies", "--city", "深圳", "--from", "2030", code=1)


def usage_errors_exit_2():
    p = run("policies", "--from", "June", code=2)
    assert "--from" in p.stderr and "expected a date" in p.stderr, p.stderr
    p = run("policies", "--city", "Atlantis", code=2)
    assert "no single city" in p.stderr, p.stderr
    run("--format", "xml", "cities", code=2)
    run("nosuchcommand", code=2)


def bad_data_exit_3():
    p = run("validate", os.path.join(SOURCE, "tests", "data", "bad-date.json"), code=3)
    assert "/parks/0/opened" in p.stderr and "expected a date like" in p.stderr, p.stderr
    p = run("--data", "/nonexistent/atlas.json", "summary", code=3)
    assert "/nonexistent/atlas.json" in p.stderr, p.stderr


def export_round_trip():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "a.json")
        run("export", "-o", path)
        run("validate", path)
        again = run("--data", path, "export").stdout
        assert again == open(path, encoding="utf-8").read()


def timeline_order():
    out = json.loads(run("--format", "json", "timeline", "--city", "娄底").stdout)
    dates = [e["date"] for e in out]
    assert dates and dates == sorted(dates, key=lambda s: (s + "-00-00")[:10]), dates


def help_everywhere():
    for cmd in ["summary", "cities", "city", "policies", "parks", "incentives", "indicators", "firsts", "timeline",
                "search", "validate", "export"]:
        p = run(cmd, "--help")
        assert "Usage" in p.stdout or "usage" in p.stdout.lower(), cmd


def incentives_filters():
    out = json.loads(run("--format", "json", "incentives", "--money", "loan").stdout)
    assert out and all(r["form"] in ("loan", "fund", "equity") for r in out), out
    out = json.loads(run("--format", "json", "incentives", "--min-cap", "1000万元").stdout)
    assert [r["id"] for r in out] == ["main-board-listing"], out


def rank_default_json():
    out = json.loads(run("--format", "json", "rank").stdout)
    cities = out["cities"]
    assert len(cities) >= 10 and cities[0]["rank"] == 1, cities[:2]
    assert len(out["methodology"]["pillars"]) == 6
    for c in cities:
        total = sum(x["contribution"] for x in c["contributions"])
        assert abs(total - c["score"]) < 1e-6, (c["city"], total, c["score"])


def rank_sensitivity_reproducible():
    a = run("--format", "json", "rank", "--sensitivity", "200", "--seed", "5").stdout
    b = run("--format", "json", "rank", "--sensitivity", "200", "--seed", "5").stdout
    assert a == b
    c = run("--format", "json", "rank", "--sensitivity", "200", "--seed", "6").stdout
    assert a != c


def rank_methodology_files():
    for name in ("topsis-percentile.json", "policy-since-march-2020.json"):
        out = json.loads(run("--format", "json", "rank", "--methodology",
                             os.path.join(SOURCE, "examples", "methodologies", name)).stdout)
        assert out["cities"], name
    with tempfile.TemporaryDirectory() as d:
        bad = os.path.join(d, "m.json")
        open(bad, "w").write('{"pillars": [{"id": "p", "metrics": ["parkz"]}]}')
        p = run("rank", "--methodology", bad, code=3)
        assert "/pillars/0/metrics/0" in p.stderr and "unknown metric" in p.stderr, p.stderr


def rank_explain_and_compare():
    e = json.loads(run("--format", "json", "rank", "--explain", "深圳").stdout)
    assert e["city"] == "shenzhen" and e["above"], e
    assert abs(sum(e["gap_by_pillar"].values()) - e["gap_to_above"]) < 1e-6
    c = json.loads(run("--format", "json", "rank", "--compare-as-of", "2018-04").stdout)
    assert any(ch["before"] is None for ch in c["changes"]), c
    run("rank", "--metric", "no_such_metric", code=3)


def offer_json():
    out = json.loads(run("--format", "json", "offer", "--profile",
                         os.path.join(SOURCE, "examples", "profiles", "listed-company.json")).stdout)
    gy = [o for o in out if o["city"] == "guiyang"][0]
    assert gy["grants"] == "13500000" and gy["rank"] == 1, gy
    with tempfile.TemporaryDirectory() as d:
        bad = os.path.join(d, "p.json")
        open(bad, "w").write('{"plans": [{"category": "ipo"}]}')
        p = run("offer", "--profile", bad, code=3)
        assert "/plans/0/category" in p.stderr, p.stderr


def report_writes_a_page():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "r.html")
        p = run("report", "--out", out, "--sensitivity", "20", "--lang", "en", "--compare", "貴陽", "hangzhou")
        assert p.stdout == "" and p.stderr == "", (p.stdout, p.stderr)  # not a terminal: no progress
        html = open(out, encoding="utf-8").read()
        assert html.startswith("<!DOCTYPE html>") and 'lang="en"' in html, html[:200]
        assert html.count('<rect class="bar"') == len(json.loads(run("--format", "json", "rank").stdout)["cities"])
        early = os.path.join(d, "early.html")
        run("--as-of", "2018-03", "report", "-o", early, "--sensitivity", "20")
        assert "截至: 2018-03" in open(early, encoding="utf-8").read()


def report_usage_errors():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "r.html")
        p = run("report", "--out", out, "--compare", "贵阳", "atlantis", code=2)
        assert "--compare" in p.stderr and "atlantis" in p.stderr, p.stderr
        run("report", "--out", out, "--lang", "fr", code=2)
        run("report", "--out", out, "--compare", "贵阳", code=2)
        run("report", code=2)
        assert not os.path.exists(out)
        p = run("report", "--out", os.path.join(d, "no", "such", "dir", "r.html"), "--sensitivity", "5", code=3)
        assert "r.html" in p.stderr, p.stderr


def report_progress_only_on_a_terminal():
    import pty
    with tempfile.TemporaryDirectory() as d:
        args = [CLI, "--data", os.path.join(SOURCE, "data", "atlas.json"), "report", "--out", os.path.join(d, "r.html"),
                "--sensitivity", "200"]
        # Not a terminal: nothing (report_writes_a_page checks that); --progress always: one line per step.
        p = subprocess.run(args + ["--progress", "always"], capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        lines = p.stderr.splitlines()
        assert "sensitivity: 200/200" in lines and "wrote " + os.path.join(d, "r.html") in lines, lines[-5:]
        assert "\033" not in p.stderr and "\r" not in p.stderr, "no terminal control codes in a file"
        p = subprocess.run(args + ["--progress", "never"], capture_output=True, text=True)
        assert p.returncode == 0 and p.stderr == "", p.stderr
        try:
            master, slave = pty.openpty()
        except OSError:  # a machine without pseudo-terminals (a bare chroot): the terminal case cannot be shown
            print("note: no pseudo-terminal here; the terminal case of report progress was not run")
            return
        p = subprocess.run(args, stderr=slave, stdout=subprocess.PIPE)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        os.close(master)
        text = seen.decode("utf-8", "replace")
        assert p.returncode == 0, text
        assert "loading " in text and "sensitivity: 200/200" in text and "wrote " in text, text
        assert "\r\033[K" in text, "one line rewritten in place on a terminal"


def _hostile_atlas(d):
    atlas = json.load(open(os.path.join(SOURCE, "data", "atlas.json"), encoding="utf-8"))
    formulas = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1"]
    for p, f in zip(atlas["policies"], formulas):
        p["title"] = f
    path = os.path.join(d, "hostile.json")
    json.dump(atlas, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return path, formulas


def output_csv_neutralises_formulas():
    import csv, io
    with tempfile.TemporaryDirectory() as d:
        path, formulas = _hostile_atlas(d)
        out = run("--data", path, "--format", "csv", "policies").stdout
        titles = [row[4] for row in csv.reader(io.StringIO(out))][1:]
        for f in formulas:
            f = f.replace("\r", "\n")  # the text-mode pipe reads a carriage return as a newline
            assert "'" + f in titles, (f, titles[:8])
            assert f not in titles, f
        # Plain numbers are data, not formulas: left alone.
        rows = list(csv.reader(io.StringIO(run("--format", "csv", "indicators").stdout)))
        assert all(not c.startswith("'") or not c[1:].replace(".", "").lstrip("-").isdigit() for r in rows for c in r)


def output_json_is_valid_utf8():
    with tempfile.TemporaryDirectory() as d:
        path, _ = _hostile_atlas(d)
        for args in (["policies"], ["city", "guangzhou"], ["search", "区块链"], ["rank"], ["timeline"], ["firsts"]):
            p = subprocess.run([CLI, "--data", path, "--format", "json", *args], capture_output=True)
            assert p.returncode == 0, (args, p.stderr)
            json.loads(p.stdout.decode("utf-8", errors="strict"))
        # Invalid UTF-8 typed on the command line does not make invalid output.
        p = subprocess.run([CLI, "--format", "json", "search", b"\xff\xfe\xe5"], capture_output=True)
        p.stdout.decode("utf-8", errors="strict")
        p.stderr.decode("utf-8", errors="strict")


def output_only_the_named_path():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "atlas.json")
        run("export", "-o", out)
        run("report", "-o", os.path.join(d, "r.html"), "--sensitivity", "5")
        assert sorted(os.listdir(d)) == ["atlas.json", "r.html"], os.listdir(d)
        # A symbolic link at the named path is replaced, and what it pointed to is not written through.
        target = os.path.join(d, "elsewhere.txt")
        open(target, "w").write("keep me")
        link = os.path.join(d, "link.json")
        os.symlink(target, link)
        run("export", "-o", link)
        assert open(target).read() == "keep me"
        assert not os.path.islink(link) and json.load(open(link))["schema_version"] == 1
        # A failed write leaves nothing behind.
        run("export", "-o", os.path.join(d, "missing", "x.json"), code=3)
        assert sorted(os.listdir(d)) == ["atlas.json", "elsewhere.txt", "link.json", "r.html"], os.listdir(d)


for name, fn in list(globals().items()):
    if callable(fn) and name not in ("run", "check") and fn.__module__ == "__main__" and not name.startswith("_"):
        if name in ("main",):
            continue
        check(name, fn)

for f in failures:
    print("FAIL", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
