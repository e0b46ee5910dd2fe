#!/usr/bin/env python3
"""Renders ChainCity's HTML report in headless Chromium and checks it as a reader would see it.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe), so nothing but the standard
library is needed, and it runs with no network: every host resolves to nothing, a dead proxy is set, and any request
other than the report file itself fails the test.

Two reports are checked:
1. the embedded atlas (Chinese labels, --compare 贵阳 杭州): the page loads with no console error or exception; the
   ranking chart has one bar per ranked city (as `chaincity rank --format json` lists them) labelled with the cities'
   Chinese names; each top city has a radar and the comparison radar has two shapes; timelines, incentive bars and the
   table of sources are there, and every [n] points at a row of that table. A PNG screenshot is saved, and the page
   prints to a PDF of A4 pages.
2. a hostile atlas whose names, titles, quotes and methodology hold `<script>`, event-handler attributes, quotes and
   ampersands: nothing runs (a marker the scripts would set stays unset, the document has no script element and no
   on* attribute), and the text shows exactly as written.

Usage: check_report.py CHROMIUM CHAINCITY ATLAS_JSON WORK_DIR [SCREENSHOT_COPY]
"""
import json, os, re, subprocess, sys, tempfile, threading, time, base64, queue

CHROMIUM, CHAINCITY, ATLAS, WORK = sys.argv[1:5]
SCREENSHOT_COPY = sys.argv[5] if len(sys.argv) > 5 else None
os.makedirs(WORK, exist_ok=True)
problems = []


def check(cond, msg):
    if not cond:
        problems.append(msg)
        print("FAIL:", msg, flush=True)
    return cond


class Browser:
    """A headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self):
        to_chrome_r, self.to_chrome_w = os.pipe()
        self.from_chrome_r, from_chrome_w = os.pipe()
        profile = tempfile.mkdtemp(prefix="chromium-", dir=WORK)

        def fds():  # Chromium reads commands on fd 3 and writes replies on fd 4
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)  # above 4, so dup2 below always copies
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                f"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--disable-component-update",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "about:blank"]
        self.proc = subprocess.Popen(args, preexec_fn=fds, close_fds=False, stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(WORK, "chromium.log"), "wb"))
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.next_id = 0
        self.replies = {}
        self.events = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(domain + ".enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=True)

    def _read(self):
        buf = b""
        while True:
            chunk = os.read(self.from_chrome_r, 1 << 16)
            if not chunk:
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self.cond:
                    if "id" in msg:
                        self.replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self.cond.notify_all()

    def call(self, method, params=None, session=False, timeout=60):
        self.next_id += 1
        mid = self.next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self.session
        os.write(self.to_chrome_w, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        with self.cond:
            while mid not in self.replies:
                left = deadline - time.time()
                if left <= 0:
                    raise TimeoutError(method)
                self.cond.wait(left)
            reply = self.replies.pop(mid)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_event(self, method, timeout=60):
        deadline = time.time() + timeout
        with self.cond:
            while True:
                for e in self.events:
                    if e.get("method") == method:
                        return e
                left = deadline - time.time()
                if left <= 0:
                    raise TimeoutError(method)
                self.cond.wait(left)

    def open(self, path):
        with self.cond:
            self.events.clear()
        self.call("Page.navigate", {"url": "file://" + os.path.abspath(path)}, session=True)
        self.wait_event("Page.loadEventFired")
        time.sleep(0.3)  # let late console messages arrive

    def js(self, expression):
        r = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def errors(self, page):
        """Console errors, uncaught exceptions and requests for anything but the page itself."""
        out = []
        url = "file://" + os.path.abspath(page)
        with self.cond:
            events = list(self.events)
        for e in events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console." + p["type"] + ": " + json.dumps(p.get("args"))[:300])
            elif m == "Runtime.exceptionThrown":
                out.append("exception: " + json.dumps(p.get("exceptionDetails"))[:300])
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append("log: " + p["entry"].get("text", "")[:300])
            elif m == "Network.requestWillBeSent":
                req = p.get("request", {}).get("url", "")
                if req != url and not req.startswith("data:"):
                    out.append("network request: " + req)
        return out

    def screenshot(self, path, height):
        r = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                 "clip": {"x": 0, "y": 0, "width": 1280, "height": height,
                                                          "scale": 1}}, session=True)
        data = base64.b64decode(r["data"])
        with open(path, "wb") as f:
            f.write(data)
        return data

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def run(*args):
    p = subprocess.run([CHAINCITY, *args], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"chaincity {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p


CJK = re.compile(r"[\u4e00-\u9fff]")
browser = Browser()
try:
    # 1. The embedded atlas, Chinese labels.
    page = os.path.join(WORK, "report.html")
    run("report", "--out", page, "--compare", "贵阳", "杭州", "--sensitivity", "300")
    ranked = json.loads(run("rank", "--format", "json").stdout)
    ranked = ranked["cities"] if isinstance(ranked, dict) else ranked
    browser.open(page)
    errs = browser.errors(page)
    check(not errs, f"the report loads without errors, got {errs}")
    bars = browser.js("[...document.querySelectorAll('#ranking-chart rect.bar')].map(b => b.dataset.city)")
    check(bars == [c["city"] for c in ranked], f"one bar per ranked city in rank order: {bars}")
    labels = browser.js("[...document.querySelectorAll('#ranking-chart text.label')].map(t => t.textContent)")
    check(len(labels) == len(ranked) and all(CJK.search(t) for t in labels), f"Chinese bar labels: {labels}")
    check("广州" in labels and "贵阳" in labels, f"广州 and 贵阳 are labelled: {labels}")
    check(browser.js("document.querySelectorAll('#ranking-chart line.interval').length") == len(ranked),
          "one 5-95% interval per ranked city")
    check(browser.js("document.querySelectorAll('.radars svg.radar[id^=\"radar-\"]:not(#radar-compare)').length")
          == 3, "three radars for the top cities")
    check(browser.js("[...document.querySelectorAll('#radar-compare polygon.city-shape')].map(p => p.dataset.city)")
          == ["guiyang", "hangzhou"], "the comparison radar draws 贵阳 and 杭州")
    check(browser.js("document.querySelectorAll('svg.timeline circle.policy').length") > 10, "policy markers")
    check(browser.js("document.querySelectorAll('svg.timeline rect.park').length") > 5, "park markers")
    check(browser.js("document.querySelectorAll('rect.incentive-bar').length") > 5, "incentive bars")
    check(browser.js("document.querySelectorAll('svg.incentives.grants').length") > 0 and
          browser.js("document.querySelectorAll('svg.incentives.loans').length") > 0, "grants and loans apart")
    dangling = browser.js("[...document.querySelectorAll('a.cite')].filter(a => "
                          "!document.getElementById(a.getAttribute('href').slice(1))).length")
    check(dangling == 0, f"every [n] points at a source row ({dangling} dangling)")
    check(browser.js("document.querySelectorAll('table.sources blockquote').length") > 50, "quotes in the sources")
    fonts = browser.js("getComputedStyle(document.body).fontFamily")
    check("WenQuanYi" in fonts or "Noto" in fonts, f"a CJK font family: {fonts}")
    shot = os.path.join(WORK, "report.png")
    data = browser.screenshot(shot, 1500)
    check(data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000, f"a PNG screenshot ({len(data)} bytes)")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    check((width, height) == (1280, 1500), f"screenshot size {width}x{height}")
    # It prints on A4: Chromium's PDF of the page, with the page's own @page size, has A4 pages.
    pdf = base64.b64decode(browser.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False},
                                        session=True)["data"])
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    check(pdf[:5] == b"%PDF-" and pages >= 3, f"a PDF of {pages} pages")
    check(boxes and all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in boxes),
          f"A4 pages (595 x 842 pt): {set(boxes)}")
    with open(os.path.join(WORK, "report.pdf"), "wb") as f:
        f.write(pdf)
    if SCREENSHOT_COPY:
        with open(SCREENSHOT_COPY, "wb") as f:
            f.write(data)
    print(f"report: {len(bars)} bars, screenshot {shot} ({len(data)} bytes)")

    # 2. A hostile atlas and methodology: everything shows as text, nothing runs.
    evil = {
        "city": "<script>window.__pwned='city'</script>广州&amp;\"'",
        "title": "<img src=x onerror=\"window.__pwned='img'\">《政策》&lt;",
        "quote": "</td></table><svg onload=\"window.__pwned=2\"><script>window.__pwned=1</script>",
        "method": "Index <b onmouseover=alert(1)>&</b> \"'",
        "scheme": "]]><script>window.__pwned='cdata'</script>",
    }
    with open(ATLAS, encoding="utf-8") as f:
        atlas = json.load(f)
    for c in atlas["cities"]:
        if c["id"] == "guangzhou":
            c["name_hans"] = evil["city"]
    atlas["policies"][0]["title"] = evil["title"]
    for p in atlas["policies"]:
        if p.get("scope", {}).get("city") == "guangzhou" or "guangzhou" in p.get("cities", []):
            p["title"] = evil["title"]
            p["provenance"][0]["quote"] = evil["quote"]
    for s in atlas["schemes"]:
        s["name"] = evil["scheme"]
        for i in s["items"]:
            i["description"] = evil["scheme"]
    hostile = os.path.join(WORK, "hostile-atlas.json")
    with open(hostile, "w", encoding="utf-8") as f:
        json.dump(atlas, f, ensure_ascii=False)
    method = json.loads(run("rank", "--print-methodology").stdout)
    method["name"] = evil["method"]
    method["pillars"][0]["rationale"] = evil["quote"]
    method_file = os.path.join(WORK, "hostile-methodology.json")
    with open(method_file, "w", encoding="utf-8") as f:
        json.dump(method, f, ensure_ascii=False)
    page = os.path.join(WORK, "hostile.html")
    run("--data", hostile, "report", "--out", page, "--methodology", method_file, "--title", evil["city"],
        "--sensitivity", "50", "--compare", "guangzhou", "贵阳")
    browser.open(page)
    errs = browser.errors(page)
    check(not errs, f"the hostile report loads without errors, got {errs}")
    check(browser.js("typeof window.__pwned") == "undefined", "no injected script ran")
    check(browser.js("document.scripts.length") == 0, "the document has no script element")
    handlers = browser.js("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                          ".filter(a => a.name.startsWith('on')).map(a => a.name)")
    check(handlers == [], f"no event-handler attribute: {handlers}")
    check(browser.js("document.querySelectorAll('img, b, iframe, object, embed').length") == 0,
          "no element from the data")
    check(browser.js("document.title") == evil["city"], "the title shows as written")
    gz = browser.js("[...document.querySelectorAll('#ranking-chart text.label')].map(t => t.textContent)")
    check(evil["city"] in gz, f"the city label shows as written: {gz}")
    body = browser.js("document.body.innerText")
    for key in ("title", "quote", "method", "scheme"):
        check(evil[key] in body, f"the {key} shows as written")
    check(browser.js("[...document.querySelectorAll('#radar-compare polygon.city-shape')].length") == 2,
          "the comparison radar still has both cities")
finally:
    browser.close()

if problems:
    sys.exit(f"{len(problems)} problem(s)")
print("browser checks passed")
