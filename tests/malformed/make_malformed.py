#!/usr/bin/env python3
"""Writes the malformed-input suite: bad atlases, methodologies and company profiles, and expected.json.

Every file is one valid example (examples/data/small-atlas.json, examples/methodologies/topsis-percentile.json,
examples/profiles/listed-company.json) with exactly one fault. expected.json maps each file (relative to this
directory) to the JSON pointer and a fragment of the message a loader must give when it rejects the file.

Usage: make_malformed.py [--check-only]
  Deterministic: the same files, byte for byte, on every run. Standard library only. --check-only verifies the
  predictions without writing anything.

Pointers of syntax and limit errors follow one rule (README.md): the pointer of the innermost value being read when
the parser stopped: the container's pointer plus the key being read (objects) or the count of completed elements
(arrays); "" when the top level fails. The script predicts them with a small parser of its own (`Simulator`) and
checks that every hand-written pointer below agrees with it, and that every content case is valid JSON within the
limits, so each file has exactly the one fault it is named for.
"""
import copy
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

MAX_DEPTH = 64  # arrays and objects nested deeper than this are rejected ("nested deeper than")
MAX_STRING = 1 << 20  # strings longer than this many bytes are rejected ("longer than")

SRC = "004_844e37307dfc437b.txt"


def prov(quote="贵阳市最早推动区块链发展的城市"):
    return [{"source": SRC, "quote": quote}]


# ---------------------------------------------------------------------------------------------------------------
# Valid bases


def base_atlas():
    return json.loads((ROOT / "examples" / "data" / "small-atlas.json").read_text(encoding="utf-8"))


def full_atlas():
    """The small atlas plus one valid record of each collection it lacks and a second (insert) source, so that every
    collection and field can be mutated."""
    a = base_atlas()
    a["sources"].append({
        "id": SRC + "#insert-1",
        "kind": "insert",
        "file": SRC,
        "title": "快讯:某地发布区块链产业扶持办法",
        "outlet": "互链脉搏",
        "author": None,
        "published": {"value": "2018-03", "basis": "inferred_year", "note": "the insert sits in a 2018 article"},
        "script": "simplified",
        "note": None,
    })
    a["policies"][0]["targets"] = [{
        "metric": "enterprises",
        "value": {"value": "100", "unit": "count", "qualifier": "at_least", "text": "100家以上"},
        "deadline": "2020",
        "provenance": prov("将对区块链创新企业的鼓励金额提升到了千万级别"),
    }]
    a["policies"][0]["first"] = {"scope": "province", "area": "贵州", "claim": "省内首个区块链专项政策"}
    a["parks"][0]["enterprise_count"] = {"value": "50", "unit": "count", "qualifier": "more_than", "text": "50余家"}
    a["parks"][0]["enterprise_count_as_of"] = "2018-03"
    a["parks"][0]["revenue"] = {"value": "125.5", "upper": "130", "unit": "CNY", "qualifier": "between",
                                "text": "125.5-130元"}
    a["parks"][0]["revenue_period"] = "2017"
    a["parks"][0]["tenants"] = ["贵阳区块链创新研究院"]
    a["schemes"][0]["cap"] = {"value": "20000000", "unit": "CNY", "qualifier": "up_to", "text": "最高2000万元"}
    a["indicators"] = [{
        "id": "a004-ind-guiyang-enterprises",
        "scope": {"level": "city", "city": "guiyang"},
        "metric": "enterprise_count",
        "subject": "区块链企业",
        "value": {"value": "50", "unit": "count", "qualifier": "more_than", "text": "50余家"},
        "as_of": "2018-03",
        "window": {"from": "2017", "to": "2018-03"},
        "provenance": prov("据悉,贵阳高新区目前已聚集了"),
    }]
    a["events"] = [{
        "id": "a004-ev-guiyang-forum",
        "title": "贵阳区块链发展论坛",
        "kind": "conference",
        "date": {"value": "2017-05-26", "basis": "stated", "note": ""},
        "city": "guiyang",
        "district": "贵阳高新区",
        "organisers": ["贵阳市"],
        "description": None,
        "first": None,
        "provenance": prov("贵阳市在区块链上的发展最早"),
    }]
    a["applications"] = [{
        "id": "a004-app-guiyang-city-chain",
        "name": "贵阳城市区块链平台",
        "kind": "city_chain",
        "city": "guiyang",
        "region": None,
        "launched": "2018",
        "operator": None,
        "description": None,
        "first": {"scope": "nation", "claim": "中国首个城市级区块链平台"},
        "provenance": prov("贵阳市最早推动区块链发展的城市,也是最积极的城市"),
    }]
    return a


def base_methodology():
    return json.loads((ROOT / "examples" / "methodologies" / "topsis-percentile.json").read_text(encoding="utf-8"))


def base_profile():
    return json.loads((ROOT / "examples" / "profiles" / "listed-company.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------------------------
# Editing documents by JSON pointer


def tokens(ptr):
    if ptr == "":
        return []
    assert ptr.startswith("/"), ptr
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr[1:].split("/")]


def _parent(doc, ptr):
    toks = tokens(ptr)
    node = doc
    for t in toks[:-1]:
        node = node[int(t)] if isinstance(node, list) else node[t]
    last = toks[-1]
    return node, (int(last) if isinstance(node, list) else last)


def get(doc, ptr):
    node, k = _parent(doc, ptr)
    return node[k]


def put(doc, ptr, value):
    """Sets (or adds, for an object member or the end of an array) the value at ptr; returns doc."""
    node, k = _parent(doc, ptr)
    if isinstance(node, list) and k == len(node):
        node.append(value)
    else:
        node[k] = value
    return doc


def drop(doc, ptr):
    node, k = _parent(doc, ptr)
    del node[k]
    return doc


def text(doc):
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


RAW = "@@RAW{}@@"


def with_raw(doc, replacements):
    """Serialises doc with the values at the given pointers replaced by raw bytes (invalid JSON, bad UTF-8 …):
    replacements maps pointer -> bytes of the whole value token."""
    doc = copy.deepcopy(doc)
    marks = []
    for n, (ptr, raw) in enumerate(replacements.items()):
        mark = RAW.format(n)
        put(doc, ptr, mark)
        marks.append((mark, raw))
    out = text(doc)
    for mark, raw in marks:
        needle = json.dumps(mark).encode()
        assert out.count(needle) == 1, mark
        out = out.replace(needle, raw)
    return out


def cut_after(data, anchor, nth=1, extra=b""):
    """The bytes up to and including the nth occurrence of anchor (bytes), then extra."""
    pos = -1
    for _ in range(nth):
        pos = data.index(anchor, pos + 1)
    return data[: pos + len(anchor)] + extra


def esc(token):
    return token.replace("~", "~0").replace("/", "~1")


# ---------------------------------------------------------------------------------------------------------------
# The rule for syntax and limit errors, as a small JSON parser that records where it stopped


PLAIN = re.compile(rb'[^"\\\x00-\x1f]*')


class Stop(Exception):
    pass


class Simulator:
    """Parses bytes as strict RFC 8259 JSON (as nlohmann::json does: a UTF-8 byte order mark at the very start is
    skipped) with the suite's limits and duplicate-key detection. `stop()` returns None when the text is fine, else
    the pointer of the innermost value being read when the parser stopped."""

    def __init__(self, data):
        self.d = data
        self.i = 0
        self.frames = []

    def pointer(self):
        p = ""
        for f in self.frames:
            if f["array"]:
                p += "/" + str(f["count"])
            elif f["pending"]:
                p += "/" + esc(f["key"])
            else:
                break
        return p

    def stop(self):
        try:
            if self.d[:1] == b"\xef":
                if self.d[:3] != b"\xef\xbb\xbf":
                    raise Stop()
                self.i = 3
            self.value()
            self.ws()
            if self.i != len(self.d):
                raise Stop()
            return None
        except Stop:
            return self.pointer()

    def peek(self):
        return self.d[self.i:self.i + 1]

    def ws(self):
        while self.i < len(self.d) and self.d[self.i] in b" \t\r\n":
            self.i += 1

    def complete(self):
        if self.frames:
            f = self.frames[-1]
            if f["array"]:
                f["count"] += 1
            else:
                f["pending"] = False

    def open(self, array):
        if len(self.frames) + 1 > MAX_DEPTH:
            raise Stop()
        self.frames.append({"array": array, "count": 0, "key": "", "pending": False, "keys": set()})
        self.i += 1

    def close(self):
        self.i += 1
        self.frames.pop()
        self.complete()

    def value(self):
        self.ws()
        c = self.peek()
        if c == b"{":
            self.open(False)
            self.ws()
            if self.peek() == b"}":
                return self.close()
            while True:
                self.ws()
                if self.peek() != b'"':
                    raise Stop()
                key = self.string()
                if len(key.encode("utf-8", "surrogatepass")) > MAX_STRING:
                    raise Stop()
                f = self.frames[-1]
                f["key"], f["pending"] = key, True
                if key in f["keys"]:
                    raise Stop()
                f["keys"].add(key)
                self.ws()
                if self.peek() != b":":
                    raise Stop()
                self.i += 1
                self.value()
                self.ws()
                if self.peek() == b",":
                    self.i += 1
                    continue
                if self.peek() == b"}":
                    return self.close()
                raise Stop()
        if c == b"[":
            self.open(True)
            self.ws()
            if self.peek() == b"]":
                return self.close()
            while True:
                self.value()
                self.ws()
                if self.peek() == b",":
                    self.i += 1
                    continue
                if self.peek() == b"]":
                    return self.close()
                raise Stop()
        if c == b'"':
            s = self.string()
            if len(s.encode("utf-8")) > MAX_STRING:
                raise Stop()
            return self.complete()
        for lit in (b"true", b"false", b"null"):
            if self.d.startswith(lit, self.i):
                self.i += len(lit)
                return self.complete()
        return self.number()

    def number(self):
        d, i = self.d, self.i
        start = i

        def digits(i):
            j = i
            while j < len(d) and d[j:j + 1].isdigit():
                j += 1
            return j

        if d[i:i + 1] == b"-":
            i += 1
        if d[i:i + 1] == b"0":
            i += 1
        elif d[i:i + 1] in (b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"8", b"9"):
            i = digits(i)
        else:
            raise Stop()
        if d[i:i + 1] == b".":
            j = digits(i + 1)
            if j == i + 1:
                raise Stop()
            i = j
        if d[i:i + 1] in (b"e", b"E"):
            i += 1
            if d[i:i + 1] in (b"+", b"-"):
                i += 1
            j = digits(i)
            if j == i:
                raise Stop()
            i = j
        if float(d[start:i]) in (float("inf"), float("-inf")):
            raise Stop()  # number overflow
        self.i = i
        self.complete()

    def string(self):
        d = self.d
        i = self.i + 1
        raw = bytearray()
        while True:
            run = PLAIN.match(d, i)  # fast path: bytes that need no attention
            raw += run.group()
            i = run.end()
            if i >= len(d):
                raise Stop()  # missing closing quote
            b = d[i]
            if b == 0x22:
                break
            if b < 0x20:
                raise Stop()  # control character
            if b == 0x5C:
                e = d[i + 1:i + 2]
                simple = {b'"': b'"', b"\\": b"\\", b"/": b"/", b"b": b"\b", b"f": b"\f", b"n": b"\n",
                          b"r": b"\r", b"t": b"\t"}
                if e in simple:
                    raw += simple[e]
                    i += 2
                    continue
                if e != b"u":
                    raise Stop()
                cp = self.hex4(i + 2)
                i += 6
                if 0xD800 <= cp <= 0xDBFF:
                    if d[i:i + 2] != b"\\u":
                        raise Stop()
                    lo = self.hex4(i + 2)
                    if not 0xDC00 <= lo <= 0xDFFF:
                        raise Stop()
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                    i += 6
                elif 0xDC00 <= cp <= 0xDFFF:
                    raise Stop()
                raw += chr(cp).encode("utf-8")
                continue
            raw.append(b)
            i += 1
        try:
            s = bytes(raw).decode("utf-8")  # strict: rejects overlong forms, surrogates, > U+10FFFF
        except UnicodeDecodeError:
            raise Stop()
        self.i = i + 1
        return s

    def hex4(self, i):
        h = self.d[i:i + 4]
        if len(h) != 4 or any(c not in b"0123456789abcdefABCDEF" for c in h):
            raise Stop()
        return int(h, 16)


# ---------------------------------------------------------------------------------------------------------------
# The cases

CASES = []  # dicts: kind, slug, data, pointer, expect, stage, note


def case(kind, slug, data, pointer, expect, stage="content", note=None):
    if not isinstance(data, bytes):
        data = text(data)
    CASES.append({"kind": kind, "slug": slug, "data": data, "pointer": pointer, "expect": expect, "stage": stage,
                  "note": note})


def mutated(base, *edits):
    """base with edits applied: (pointer, value) sets, (pointer,) deletes."""
    doc = copy.deepcopy(base)
    for e in edits:
        if len(e) == 1:
            drop(doc, e[0])
        else:
            put(doc, e[0], e[1])
    return doc


def deep_arrays(n):
    return b"[" * n + b"]" * n


def deep_objects(n):
    return b'{"a":' * n + b"0" + b"}" * n


BOM = b"\xef\xbb\xbf"


def atlas_cases():
    A = full_atlas()
    S = base_atlas()
    a = lambda *args, **kw: case("atlas", *args, **kw)
    syn = dict(stage="syntax")
    t = text(A)

    # --- the whole document
    a("empty-file", b"", "", "unexpected end of input", **syn)
    a("only-whitespace", b" \n\t\n", "", "unexpected end of input", **syn)
    a("top-level-null", b"null\n", "", "expected an object, got null")
    a("top-level-array", text([S]), "", "expected an object, got an array")
    a("top-level-string", b'"small-atlas.json"\n', "", "expected an object, got a string")
    a("top-level-number", b"1\n", "", "expected an object, got a number")
    # A whole UTF-8 byte order mark is accepted (RFC 8259 lets a parser ignore it), so it is not a case here.
    a("partial-bom-at-start", b"\xef\xbb" + text(S), "", "BOM", **syn)
    a("utf16le-with-bom", b"\xff\xfe" + text(S).decode("utf-8").encode("utf-16-le"), "", "invalid literal", **syn)

    # --- truncation at several points
    a("truncated-after-open-brace", b"{", "", "unexpected end of input", **syn)
    a("truncated-in-second-source-title", cut_after(t, '"title": "快讯'.encode()), "/sources/1/title",
      "missing closing quote", **syn)
    a("truncated-after-colon-of-policy-kind", cut_after(t, b'"kind": ', nth=3), "/policies/0/kind",
      "unexpected end of input", **syn)
    a("truncated-in-areas-after-comma", cut_after(t, b'"industry",'), "/policies/0/areas/1",
      "unexpected end of input", **syn)
    a("truncated-in-literal-true", cut_after(t, b'"dedicated": tr'), "/policies/0/dedicated", "invalid literal", **syn)
    a("truncated-in-unicode-escape", cut_after(with_raw(S, {"/cities/0/name_en": b'"Gui\\u00e9yang"'}), b'"Gui\\u00'),
      "/cities/0/name_en", "'\\u' must be followed by 4 hex digits", **syn)
    a("truncated-mid-utf8-character", cut_after(t, '"name_hans": "贵阳'.encode())[:-1], "/cities/0/name_hans",
      "invalid string", **syn)
    a("truncated-in-item-amount-text", cut_after(t, '"text": "50万'.encode()), "/schemes/0/items/2/amount/text",
      "missing closing quote", **syn)
    a("truncated-after-provenance-open", cut_after(t, b'"provenance": [\n', nth=9), "/parks/1/provenance/0",
      "unexpected end of input", **syn)
    a("truncated-before-last-brace", t.rstrip()[:-1], "", "unexpected end of input", **syn)
    a("truncated-in-minus-sign", with_raw(S, {"/schema_version": b"-"}), "/schema_version", "invalid number", **syn)

    # --- garbage
    a("trailing-garbage-text", text(S) + b"garbage\n", "", "expected end of input", **syn)
    a("trailing-second-object", text(S) + b"{}\n", "", "expected end of input", **syn)
    a("trailing-comma-in-array", t.replace(b'"talent"\n      ],', b'"talent",\n      ],', 1), "/policies/0/areas/2",
      "unexpected ']'", **syn)
    a("trailing-comma-in-object", t.replace(b'"script": "simplified",\n      "note": null\n',
                                            b'"script": "simplified",\n      "note": null,\n', 1),
      "/sources/1", "unexpected '}'", **syn)
    a("missing-comma-between-members", t.replace(b'"id": "guiyang",', b'"id": "guiyang"', 1), "/cities/0",
      "expected '}'", **syn)
    a("single-quoted-key", t.replace(b'"province": "\xe8\xb4\xb5\xe5\xb7\x9e"',
                                     b"'province': '\xe8\xb4\xb5\xe5\xb7\x9e'", 1), "/cities/0",
      "invalid literal", **syn)
    a("unquoted-enum-value", with_raw(S, {"/sources/0/script": b"simplified"}), "/sources/0/script",
      "invalid literal", **syn)
    a("comment-in-object", t.replace(b'"stance": "support",', b'"stance": "support", // set by hand', 1),
      "/policies/0", "invalid literal", **syn)
    a("nan-literal-schema-version", with_raw(S, {"/schema_version": b"NaN"}), "/schema_version", "invalid literal",
      **syn)
    a("plus-sign-schema-version", with_raw(S, {"/schema_version": b"+1"}), "/schema_version", "invalid literal", **syn)

    # --- encoding: invalid UTF-8, overlong forms, surrogates, control characters
    a("invalid-utf8-byte-ff-in-title", with_raw(S, {"/sources/0/title": b'"\xe8\xb4\xb5\xff\xe9\x98\xb3"'}),
      "/sources/0/title", "invalid string: ill-formed UTF-8 byte", **syn)
    a("lone-continuation-byte-in-alias", with_raw(S, {"/cities/0/aliases": b'["\x80"]'}), "/cities/0/aliases/0",
      "invalid string: ill-formed UTF-8 byte", **syn)
    a("overlong-utf8-slash-in-policy-title", with_raw(S, {"/policies/0/title": b'"a\xc0\xafb"'}),
      "/policies/0/title", "invalid string: ill-formed UTF-8 byte", **syn)
    a("overlong-3-byte-utf8-in-park-name", with_raw(S, {"/parks/0/name": b'"\xe0\x80\xaf"'}), "/parks/0/name",
      "invalid string: ill-formed UTF-8 byte", **syn)
    a("utf8-encoded-surrogate-in-scheme-name", with_raw(S, {"/schemes/0/name": b'"\xed\xa0\x80"'}),
      "/schemes/0/name", "invalid string: ill-formed UTF-8 byte", **syn)
    a("utf8-beyond-u10ffff-in-pinyin", with_raw(S, {"/cities/0/pinyin": b'"\xf4\x90\x80\x80"'}),
      "/cities/0/pinyin", "invalid string: ill-formed UTF-8 byte", **syn)
    a("latin1-text-in-name-en", with_raw(S, {"/cities/0/name_en": "\"Guìyáng\"".encode("latin-1")}),
      "/cities/0/name_en", "invalid string: ill-formed UTF-8 byte", **syn)
    a("lone-high-surrogate-escape-in-author", with_raw(S, {"/sources/0/author": b'"\\ud800"'}), "/sources/0/author",
      "surrogate", **syn)
    a("lone-low-surrogate-escape-in-name-hant", with_raw(S, {"/cities/0/name_hant": b'"\\udc00x"'}),
      "/cities/0/name_hant", "surrogate", **syn)
    a("high-surrogate-then-letter-in-issuer", with_raw(S, {"/policies/0/issuer": b'"\\ud800\\u0041"'}),
      "/policies/0/issuer", "surrogate", **syn)
    a("invalid-escape-in-description", with_raw(S, {"/schemes/0/items/0/description": b'"\\x41"'}),
      "/schemes/0/items/0/description", "forbidden character after backslash", **syn)
    a("raw-tab-in-note", with_raw(S, {"/sources/0/note": b'"a\tb"'}), "/sources/0/note",
      "control character U+0009", **syn)
    a("raw-nul-in-name-en", with_raw(S, {"/cities/0/name_en": b'"Gui\x00yang"'}), "/cities/0/name_en",
      "control character U+0000", **syn)
    a("raw-newline-in-policy-title", with_raw(S, {"/policies/0/title": b'"first\nsecond"'}), "/policies/0/title",
      "control character U+000A", **syn)
    a("escaped-nul-in-issued-date", mutated(S, ("/policies/0/issued", "2017-06\u0000")), "/policies/0/issued",
      "expected a date like")

    # --- duplicate keys (the reader is strict; a later value must not silently win)
    a("duplicate-key-name", text(S).replace(b'"name": "Small', b'"name": "First name",\n  "name": "Small', 1),
      "/name", "twice", stage="syntax")
    a("duplicate-key-script-in-source", with_raw(S, {"/sources/0/script": b'"simplified",\n      "script": '
                                                                          b'"traditional"'}),
      "/sources/0/script", "twice", stage="syntax")

    # --- limits: nesting and string length
    a("deep-arrays-100000-in-name", with_raw(S, {"/name": deep_arrays(100000)}), "/name" + "/0" * 63,
      "nested deeper than", stage="limit")
    a("deep-arrays-100000-in-script", with_raw(S, {"/sources/0/script": deep_arrays(100000)}),
      "/sources/0/script" + "/0" * 61, "nested deeper than", stage="limit")
    a("deep-objects-20000-in-tier", with_raw(S, {"/cities/0/tier": deep_objects(20000)}),
      "/cities/0/tier" + "/a" * 61, "nested deeper than", stage="limit")
    a("nesting-65-levels-in-name", with_raw(S, {"/name": deep_arrays(64)}), "/name" + "/0" * 63,
      "nested deeper than", stage="limit")
    a("nesting-64-levels-in-name", with_raw(S, {"/name": deep_arrays(63)}), "/name", "expected a string, got an array",
      note="exactly at the depth limit: a shape error, not a limit error")
    a("huge-string-1.5mb-note", mutated(S, ("/sources/0/note", "区块链" * ((3 << 19) // 9))), "/sources/0/note", "longer than",
      stage="limit")
    a("string-1mib-plus-1-in-issued", mutated(S, ("/policies/0/issued", "2" * (MAX_STRING + 1))), "/policies/0/issued",
      "longer than", stage="limit")
    a("string-exactly-1mib-in-issued", mutated(S, ("/policies/0/issued", "2" * MAX_STRING)), "/policies/0/issued",
      "expected a date like", note="exactly at the string limit: a date error, not a limit error")
    a("number-overflow-1e400-amount", with_raw(S, {"/schemes/0/items/1/amount/value": b"1e400"}),
      "/schemes/0/items/1/amount/value", "number overflow", **syn)
    a("number-overflow-minus-1e400-schema-version", with_raw(S, {"/schema_version": b"-1e400"}), "/schema_version",
      "number overflow", **syn)
    a("number-overflow-400-digit-integer", with_raw(S, {"/schema_version": b"9" * 400}), "/schema_version",
      "number overflow", **syn)

    # --- schema version and top-level keys
    a("schema-version-2", mutated(S, ("/schema_version", 2)), "/schema_version", "expected schema version 1")
    a("schema-version-string", mutated(S, ("/schema_version", "1")), "/schema_version", "expected schema version 1")
    a("schema-version-float", with_raw(S, {"/schema_version": b"1.0"}), "/schema_version",
      "expected schema version 1")
    a("schema-version-missing", mutated(S, ("/schema_version",)), "/schema_version", "but it is missing")
    a("schema-version-40-digit-integer", with_raw(S, {"/schema_version": b"1" + b"0" * 39}), "/schema_version",
      "expected schema version 1")
    a("unknown-top-level-key", mutated(S, ("/version", "1.0")), "/version", 'unknown key "version"')
    a("name-is-a-number", mutated(S, ("/name", 42)), "/name", "expected a string, got a number")
    a("sources-is-an-object", mutated(S, ("/sources", {"004": S["sources"][0]})), "/sources",
      "expected an array, got an object")

    # --- sources
    a("source-is-a-string", mutated(S, ("/sources/0", SRC)), "/sources/0", "expected an object, got a string")
    a("source-id-is-a-number", mutated(S, ("/sources/0/id", 4)), "/sources/0/id", "expected a string, got a number")
    a("source-kind-blog", mutated(S, ("/sources/0/kind", "blog")), "/sources/0/kind", "expected a name like")
    a("source-script-cyrillic", mutated(S, ("/sources/0/script", "cyrillic")), "/sources/0/script",
      "expected a name like")
    a("source-script-null", mutated(S, ("/sources/0/script", None)), "/sources/0/script", "but it is missing")
    a("source-file-missing", mutated(S, ("/sources/0/file",)), "/sources/0/file", "but it is missing")
    a("source-file-empty", mutated(S, ("/sources/0/file", "")), "/sources/0/file", "expected the source's file name")
    a("source-title-is-an-array", mutated(S, ("/sources/0/title", [S["sources"][0]["title"]])), "/sources/0/title",
      "expected a string, got an array")
    a("source-published-2018-02-30", mutated(S, ("/sources/0/published", "2018-02-30")), "/sources/0/published",
      "expected a date like")
    a("source-published-basis-guessed", mutated(A, ("/sources/1/published/basis", "guessed")),
      "/sources/1/published/basis", "expected a name like")
    a("source-published-unknown-key", mutated(A, ("/sources/1/published/source", "ctx")),
      "/sources/1/published/source", 'unknown key "source"')
    a("source-unknown-key-url", mutated(S, ("/sources/0/url", "https://example.org/")), "/sources/0/url",
      'unknown key "url"')
    a("source-unknown-key-with-slash-and-tilde", mutated(S, ("/sources/0/a~1b~0c", 1)), "/sources/0/a~1b~0c",
      'unknown key "a/b~c"')
    a("source-duplicate-id", mutated(A, ("/sources/1/id", SRC)), "/sources/1/id", "expected a unique id")

    # --- cities
    a("city-id-null", mutated(S, ("/cities/0/id", None)), "/cities/0/id", "but it is missing")
    a("city-admin-level-capital", mutated(S, ("/cities/0/admin_level", "capital")), "/cities/0/admin_level",
      "expected a name like")
    a("city-tier-fifth", mutated(S, ("/cities/0/tier", "fifth")), "/cities/0/tier", "expected a name like")
    a("city-province-is-an-object", mutated(S, ("/cities/0/province", {"name": "贵州"})), "/cities/0/province",
      "expected a string, got an object")
    a("city-name-en-empty", mutated(S, ("/cities/0/name_en", "")), "/cities/0/name_en", "expected the English name")
    a("city-districts-is-an-object", mutated(S, ("/cities/0/districts", S["cities"][0]["districts"][0])),
      "/cities/0/districts", "expected an array, got an object")
    a("city-district-without-name-hans", mutated(S, ("/cities/0/districts/0/name_hans",)),
      "/cities/0/districts/0/name_hans", "but it is missing")
    a("city-aliases-is-a-string", mutated(S, ("/cities/0/aliases", "筑城")), "/cities/0/aliases",
      "expected an array, got a string")
    a("city-alias-is-a-number", mutated(S, ("/cities/0/aliases", ["筑城", 1])), "/cities/0/aliases/1",
      "expected a string, got a number")
    a("city-duplicate-id", mutated(S, ("/cities/1", copy.deepcopy(S["cities"][0]))), "/cities/1/id", "expected a unique id")
    a("city-without-provenance", mutated(S, ("/cities/0/provenance",)), "/cities/0/provenance",
      "expected at least one provenance entry")
    a("city-provenance-empty", mutated(S, ("/cities/0/provenance", [])), "/cities/0/provenance",
      "expected at least one provenance entry")
    a("city-provenance-empty-quote", mutated(S, ("/cities/0/provenance/0/quote", "")), "/cities/0/provenance/0/quote",
      "expected a non-empty verbatim quote")
    a("city-provenance-quote-81-characters", mutated(S, ("/cities/0/provenance/1/quote", "贵" * 81)),
      "/cities/0/provenance/1/quote", "at most 80 characters")
    a("city-provenance-without-quote", mutated(S, ("/cities/0/provenance/0/quote",)), "/cities/0/provenance/0/quote",
      "but it is missing")
    a("city-provenance-unknown-source", mutated(S, ("/cities/0/provenance/1/source", "999_0000000000000000.txt")),
      "/cities/0/provenance/1/source", 'unknown source "999_0000000000000000.txt"')
    a("city-provenance-unknown-key-page", mutated(S, ("/cities/0/provenance/0/page", 3)),
      "/cities/0/provenance/0/page", 'unknown key "page"')

    # --- policies
    a("policy-kind-law", mutated(S, ("/policies/0/kind", "law")), "/policies/0/kind", "expected a name like")
    a("policy-issuer-level-county", mutated(S, ("/policies/0/issuer_level", "county")), "/policies/0/issuer_level",
      "expected a name like")
    a("policy-issuer-level-missing", mutated(S, ("/policies/0/issuer_level",)), "/policies/0/issuer_level",
      "but it is missing")
    a("policy-stance-against", mutated(S, ("/policies/0/stance", "against")), "/policies/0/stance",
      "expected a name like")
    a("policy-scope-missing", mutated(S, ("/policies/0/scope",)), "/policies/0/scope", "but it is missing")
    a("policy-scope-is-a-string", mutated(S, ("/policies/0/scope", "guiyang")), "/policies/0/scope",
      "expected an object, got a string")
    a("policy-scope-level-planet", mutated(S, ("/policies/0/scope/level", "planet")), "/policies/0/scope/level",
      "expected a name like")
    a("policy-scope-district-without-district", mutated(S, ("/policies/0/scope/level", "district")),
      "/policies/0/scope/district", "expected a district name")
    a("policy-scope-unknown-key-county", mutated(S, ("/policies/0/scope/county", "x")), "/policies/0/scope/county",
      'unknown key "county"')
    a("policy-scope-unknown-city", mutated(S, ("/policies/0/scope/city", "atlantis")), "/policies/0/scope/city",
      'unknown city "atlantis"')
    a("policy-cites-unknown-city", mutated(S, ("/policies/0/cities/1", "shenzhen")), "/policies/0/cities/1",
      'unknown city "shenzhen"')
    a("policy-dedicated-yes", mutated(S, ("/policies/0/dedicated", "yes")), "/policies/0/dedicated",
      "expected true, false or null")
    a("policy-dedicated-number", mutated(S, ("/policies/0/dedicated", 1)), "/policies/0/dedicated",
      "expected true, false or null")
    a("policy-area-metaverse", mutated(S, ("/policies/0/areas/1", "metaverse")), "/policies/0/areas/1",
      "expected an application area")
    a("policy-issued-month-13", mutated(S, ("/policies/0/issued", "2017-13")), "/policies/0/issued",
      "expected a date like")
    a("policy-issued-month-00", mutated(S, ("/policies/0/issued", "2017-00")), "/policies/0/issued",
      "expected a date like")
    a("policy-issued-is-a-number", mutated(S, ("/policies/0/issued", 2017)), "/policies/0/issued",
      "got a number")
    a("policy-issued-chinese-form", mutated(S, ("/policies/0/issued", "2017年6月")), "/policies/0/issued",
      "expected a date like")
    a("policy-without-title-or-description", mutated(S, ("/policies/0/title", None)), "/policies/0/title",
      "expected a title or a description")
    a("policy-duplicate-id", mutated(S, ("/policies/1", copy.deepcopy(S["policies"][0]))), "/policies/1/id",
      "expected a unique id")
    a("policy-provenance-unknown-source", mutated(S, ("/policies/0/provenance/2/source", "004_844e37307dfc437b")),
      "/policies/0/provenance/2/source", "unknown source")
    a("policy-target-negative-value", mutated(A, ("/policies/0/targets/0/value/value", "-100")),
      "/policies/0/targets/0/value/value", "expected a decimal")
    a("policy-target-without-provenance", mutated(A, ("/policies/0/targets/0/provenance",)),
      "/policies/0/targets/0/provenance", "expected at least one provenance entry")
    a("policy-target-between-without-upper", mutated(A, ("/policies/0/targets/0/value/qualifier", "between")),
      "/policies/0/targets/0/value", "upper bound")
    a("policy-target-deadline-0000", mutated(A, ("/policies/0/targets/0/deadline", "0000")),
      "/policies/0/targets/0/deadline", "expected a date like")
    a("policy-first-scope-galaxy", mutated(A, ("/policies/0/first/scope", "galaxy")), "/policies/0/first/scope",
      "expected a name like")
    a("policy-first-without-claim", mutated(A, ("/policies/0/first/claim",)), "/policies/0/first/claim",
      "but it is missing")

    # --- parks
    a("park-kind-factory", mutated(S, ("/parks/0/kind", "factory")), "/parks/0/kind", "expected a name like")
    a("park-status-closed", mutated(S, ("/parks/1/status", "closed")), "/parks/1/status", "expected a name like")
    a("park-governance-private", mutated(S, ("/parks/2/governance", "private")), "/parks/2/governance",
      "expected a name like")
    a("park-unknown-city", mutated(S, ("/parks/0/city", "atlantis")), "/parks/0/city", 'unknown city "atlantis"')
    a("park-empty-id", mutated(S, ("/parks/1/id", "")), "/parks/1/id", "expected a non-empty id")
    a("park-duplicate-id", mutated(S, ("/parks/2/id", S["parks"][0]["id"])), "/parks/2/id", "expected a unique id")
    a("park-misspelled-provenance-key", mutated(S, ("/parks/0/provenence", S["parks"][0]["provenance"]),
                                                ("/parks/0/provenance",)), "/parks/0/provenence",
      'unknown key "provenence"')
    a("park-without-provenance", mutated(S, ("/parks/1/provenance",)), "/parks/1/provenance",
      "expected at least one provenance entry")
    a("park-tenants-is-a-string", mutated(S, ("/parks/2/tenants", "贵阳区块链创新研究院")), "/parks/2/tenants",
      "expected an array, got a string")
    a("park-revenue-is-an-array", mutated(S, ("/parks/0/revenue", [])), "/parks/0/revenue",
      "expected an object, got an array")
    a("park-opened-0000", mutated(S, ("/parks/0/opened", "0000")), "/parks/0/opened", "expected a date like")
    a("park-opened-99999", mutated(S, ("/parks/0/opened", "99999")), "/parks/0/opened", "expected a date like")
    a("park-opened-2017-slash-13-slash-01", mutated(S, ("/parks/1/opened", "2017/13/01")), "/parks/1/opened",
      "expected a date like")
    a("park-opened-2019-02-30", mutated(S, ("/parks/2/opened", "2019-02-30")), "/parks/2/opened",
      "expected a date like")
    a("park-count-as-of-with-time", mutated(A, ("/parks/0/enterprise_count_as_of", "2018-03-05T00:00")),
      "/parks/0/enterprise_count_as_of", "expected a date like")
    a("park-enterprise-count-1e400-string", mutated(A, ("/parks/0/enterprise_count/value", "1e400")),
      "/parks/0/enterprise_count/value", "expected a decimal")
    a("park-enterprise-count-40-digit-string", mutated(A, ("/parks/0/enterprise_count/value", "1" * 40)),
      "/parks/0/enterprise_count/value", "expected a decimal")
    a("park-enterprise-count-nan-string", mutated(A, ("/parks/0/enterprise_count/value", "NaN")),
      "/parks/0/enterprise_count/value", "expected a decimal")
    a("park-revenue-infinity-string", mutated(A, ("/parks/0/revenue/value", "Infinity")), "/parks/0/revenue/value",
      "expected a decimal")
    a("park-revenue-json-number", mutated(A, ("/parks/0/revenue/value", 125)), "/parks/0/revenue/value",
      "expected a decimal number as a string")
    a("park-revenue-grouped-digits", mutated(A, ("/parks/0/revenue/value", "1,255")), "/parks/0/revenue/value",
      "expected a decimal")
    a("park-revenue-five-decimals", mutated(A, ("/parks/0/revenue/value", "125.12345")), "/parks/0/revenue/value",
      "expected a decimal")
    a("park-revenue-negative-zero", mutated(A, ("/parks/0/revenue/value", "-0")), "/parks/0/revenue/value",
      "expected a decimal", note="the format allows digits and one '.', no sign")
    a("park-revenue-fullwidth-digits", mutated(A, ("/parks/0/revenue/value", "１２５")), "/parks/0/revenue/value",
      "expected a decimal")
    a("park-revenue-unit-eur", mutated(A, ("/parks/0/revenue/unit", "EUR")), "/parks/0/revenue/unit",
      "expected a name like")
    a("park-revenue-upper-below-value", mutated(A, ("/parks/0/revenue/upper", "100")), "/parks/0/revenue",
      "upper bound")

    # --- schemes and incentive items
    a("scheme-cites-unknown-policy", mutated(S, ("/schemes/0/policy", "a004-pol-unknown")), "/schemes/0/policy",
      'unknown policy "a004-pol-unknown"')
    a("scheme-unknown-city", mutated(S, ("/schemes/0/city", "atlantis")), "/schemes/0/city", 'unknown city "atlantis"')
    a("scheme-issuer-level-village", mutated(S, ("/schemes/0/issuer_level", "village")), "/schemes/0/issuer_level",
      "expected a name like")
    a("scheme-name-missing", mutated(S, ("/schemes/0/name",)), "/schemes/0/name", "but it is missing")
    a("scheme-negative-cap", mutated(A, ("/schemes/0/cap/value", "-20000000")), "/schemes/0/cap/value",
      "expected a decimal")
    a("scheme-items-is-an-object", mutated(S, ("/schemes/0/items", S["schemes"][0]["items"][0])), "/schemes/0/items",
      "expected an array, got an object")
    a("scheme-item-is-null", mutated(S, ("/schemes/0/items/1", None)), "/schemes/0/items/1",
      "expected an object, got null")
    a("item-negative-money", mutated(S, ("/schemes/0/items/0/amount/value", "-10000000")),
      "/schemes/0/items/0/amount/value", "expected a decimal")
    a("item-amount-1e400-string", mutated(S, ("/schemes/0/items/0/amount/value", "1e400")),
      "/schemes/0/items/0/amount/value", "expected a decimal")
    a("item-amount-40-digit-string", mutated(S, ("/schemes/0/items/2/amount/value", "9" * 40)),
      "/schemes/0/items/2/amount/value", "expected a decimal")
    a("item-amount-40-digit-json-number", with_raw(S, {"/schemes/0/items/2/amount/value": b"9" * 40}),
      "/schemes/0/items/2/amount/value", "expected a decimal number as a string")
    a("item-amount-unit-missing", mutated(S, ("/schemes/0/items/0/amount/unit",)), "/schemes/0/items/0/amount/unit",
      "but it is missing")
    a("item-amount-qualifier-approximately", mutated(S, ("/schemes/0/items/0/amount/qualifier", "approximately")),
      "/schemes/0/items/0/amount/qualifier", "expected a name like")
    a("item-amount-upper-without-between", mutated(S, ("/schemes/0/items/0/amount/upper", "20000000")),
      "/schemes/0/items/0/amount/upper", "expected no upper bound unless between")
    a("item-category-ipo", mutated(S, ("/schemes/0/items/0/category", "ipo")), "/schemes/0/items/0/category",
      "expected a name like")
    a("item-tier-star-market", mutated(S, ("/schemes/0/items/0/tier", "star_market")), "/schemes/0/items/0/tier",
      "expected a name like")
    a("item-form-cash", mutated(S, ("/schemes/0/items/1/form", "cash")), "/schemes/0/items/1/form",
      "expected a name like")
    a("item-frequency-daily", mutated(S, ("/schemes/0/items/1/frequency", "daily")), "/schemes/0/items/1/frequency",
      "expected a name like")
    a("item-per-household", mutated(S, ("/schemes/0/items/1/per", "household")), "/schemes/0/items/1/per",
      "expected a name like")
    a("item-description-is-a-boolean", mutated(S, ("/schemes/0/items/0/description", True)),
      "/schemes/0/items/0/description", "expected a string, got a boolean")
    a("item-duplicate-id", mutated(S, ("/schemes/0/items/2/id", "talent-hundred-leaders")), "/schemes/0/items/2/id",
      "expected a unique incentive item id")
    a("item-empty-provenance", mutated(S, ("/schemes/0/items/2/provenance", [])), "/schemes/0/items/2/provenance",
      "expected at least one provenance entry")
    a("item-unknown-key-amount-text", mutated(S, ("/schemes/0/items/0/amount_text", "1000万元")),
      "/schemes/0/items/0/amount_text", 'unknown key "amount_text"')

    # --- indicators, events, applications
    a("indicator-metric-gdp", mutated(A, ("/indicators/0/metric", "gdp")), "/indicators/0/metric",
      "expected a name like")
    a("indicator-window-inverted", mutated(A, ("/indicators/0/window", {"from": "2019", "to": "2018-03"})),
      "/indicators/0/window", "start is not after its end")
    a("indicator-value-missing", mutated(A, ("/indicators/0/value",)), "/indicators/0/value", "but it is missing")
    a("indicator-province-scope-without-province", mutated(A, ("/indicators/0/scope", {"level": "province"})),
      "/indicators/0/scope/province", "expected a province name")
    a("indicator-region-scope-without-name", mutated(A, ("/indicators/0/scope", {"level": "region"})),
      "/indicators/0/scope/name", "expected a region name")
    a("event-kind-party", mutated(A, ("/events/0/kind", "party")), "/events/0/kind", "expected a name like")
    a("event-unknown-city", mutated(A, ("/events/0/city", "atlantis")), "/events/0/city", 'unknown city "atlantis"')
    a("event-empty-title", mutated(A, ("/events/0/title", "")), "/events/0/title", "expected a title")
    a("event-organiser-null", mutated(A, ("/events/0/organisers/0", None)), "/events/0/organisers/0",
      "expected a string, got null")
    a("event-date-basis-unknown", mutated(A, ("/events/0/date/basis", "rumoured")), "/events/0/date/basis",
      "expected a name like")
    a("application-kind-nft", mutated(A, ("/applications/0/kind", "nft")), "/applications/0/kind",
      "expected a name like")
    a("application-first-scope-universe", mutated(A, ("/applications/0/first/scope", "universe")),
      "/applications/0/first/scope", "expected a name like")
    a("application-launched-2019-02-29", mutated(A, ("/applications/0/launched", "2019-02-29")),
      "/applications/0/launched", "expected a date like")
    a("application-without-provenance", mutated(A, ("/applications/0/provenance",)), "/applications/0/provenance",
      "expected at least one provenance entry")


def methodology_cases():
    M = base_methodology()
    m = lambda *args, **kw: case("methodology", *args, **kw)
    syn = dict(stage="syntax")
    t = text(M)

    m("negative-pillar-weight", mutated(M, ("/pillars/0/weight", -0.25)), "/pillars/0/weight",
      "expected a non-negative weight")
    m("negative-metric-weight", mutated(M, ("/pillars/1/metrics/2/weight", -0.4)), "/pillars/1/metrics/2/weight",
      "expected a non-negative weight")
    zero = mutated(M)
    for mw in zero["pillars"][0]["metrics"]:
        mw["weight"] = 0
    m("all-zero-metric-weights", zero, "/pillars/0/metrics", "expected metric weights with a positive sum")
    zero = mutated(M)
    for p in zero["pillars"]:
        p["weight"] = 0
    m("all-zero-pillar-weights", zero, "/pillars", "expected pillar weights with a positive sum")
    m("unknown-metric-id-string", mutated(M, ("/pillars/0/metrics/1", "gdp")), "/pillars/0/metrics/1",
      'unknown metric "gdp"')
    m("unknown-metric-id-object", mutated(M, ("/pillars/0/metrics/1/metric", "gdp")), "/pillars/0/metrics/1/metric",
      'unknown metric "gdp"')
    m("unknown-pillar-key", mutated(M, ("/pillars/0/weighting", "equal")), "/pillars/0/weighting",
      'unknown key "weighting"')
    m("unknown-metric-key", mutated(M, ("/pillars/2/metrics/0/direction", "higher")),
      "/pillars/2/metrics/0/direction", 'unknown key "direction"')
    m("unknown-top-level-key-normalization", mutated(M, ("/normalization", "min_max")), "/normalization",
      'unknown key "normalization"')
    # Inverted goalposts (low above high) are allowed: they score a metric the other way round.
    m("goalposts-equal", mutated(M, ("/normalisation", "goalposts"), ("/pillars/1/metrics/0/goalpost_low", 5),
                                 ("/pillars/1/metrics/0/goalpost_high", 5)), "/pillars/1/metrics/0",
      "expected two different goalposts")
    m("goalpost-is-a-string", mutated(M, ("/pillars/1/metrics/0/goalpost_low", "0")),
      "/pillars/1/metrics/0/goalpost_low", "expected a number, got a string")
    m("coverage-threshold-1.5", mutated(M, ("/coverage_threshold", 1.5)), "/coverage_threshold",
      "expected a share from 0 to 1")
    m("coverage-threshold-negative", mutated(M, ("/coverage_threshold", -0.1)), "/coverage_threshold",
      "expected a share from 0 to 1")
    m("pillar-weight-is-a-string", mutated(M, ("/pillars/0/weight", "0.25")), "/pillars/0/weight",
      "expected a number, got a string")
    m("pillars-is-an-object", mutated(M, ("/pillars", M["pillars"][0])), "/pillars", "expected an array, got an object")
    m("pillars-empty", mutated(M, ("/pillars", [])), "/pillars", "expected at least one pillar")
    m("pillar-without-metrics", mutated(M, ("/pillars/3/metrics", [])), "/pillars/3/metrics",
      "expected at least one metric")
    m("pillar-id-missing", mutated(M, ("/pillars/4/id",)), "/pillars/4/id", "but it is missing")
    m("duplicate-pillar-id", mutated(M, ("/pillars/1/id", "policy")), "/pillars/1/id", "expected a unique pillar id",
      note="two pillars with one id make explanations and --drop-one-pillar ambiguous")
    m("metric-entry-is-a-number", mutated(M, ("/pillars/0/metrics/0", 5)), "/pillars/0/metrics/0",
      "expected an object, got a number")
    m("normalisation-minmax", mutated(M, ("/normalisation", "minmax")), "/normalisation", "expected one of")
    m("aggregation-median", mutated(M, ("/aggregation", "median")), "/aggregation", "expected one of")
    m("weighting-random", mutated(M, ("/weighting", "random")), "/weighting", "expected one of")
    m("imputation-zero", mutated(M, ("/imputation", "zero")), "/imputation", "expected one of")
    m("outliers-clip", mutated(M, ("/outliers", "clip")), "/outliers", "expected one of")
    m("ties-random", mutated(M, ("/ties", "random")), "/ties", "expected one of")
    m("tiers-zero", mutated(M, ("/tiers", 0)), "/tiers", "expected a whole number of tiers")
    m("tiers-2.5", mutated(M, ("/tiers", 2.5)), "/tiers", "expected a whole number of tiers")
    m("tiers-is-a-string", mutated(M, ("/tiers", "3")), "/tiers", "expected a number, got a string")
    m("winsor-low-above-high", mutated(M, ("/winsor_low", 95.0), ("/winsor_high", 5.0)), "/winsor_low",
      "winsor_low < winsor_high")
    m("range-inverted", mutated(M, ("/range_low", 100.0), ("/range_high", 0.0)), "/range_low",
      "expected range_low < range_high")
    m("vikor-v-2", mutated(M, ("/vikor_v", 2)), "/vikor_v", "expected a value from 0 to 1")
    m("zero-guard-0", mutated(M, ("/zero_guard", 0)), "/zero_guard", "expected a share between 0 and 1")
    m("benchmark-without-city", mutated(M, ("/normalisation", "benchmark")), "/benchmark_city",
      "expected the benchmark city's id")
    m("window-from-month-13", mutated(M, ("/window", {"from": "2020-13"})), "/window/from", "expected a date like")
    m("window-is-a-string", mutated(M, ("/window", "2020-03")), "/window", "expected an object, got a string")
    m("window-unknown-key-since", mutated(M, ("/window", {"since": "2020-03"})), "/window/since",
      'unknown key "since"')
    m("window-from-after-to", mutated(M, ("/window", {"from": "2021", "to": "2020-03"})), "/window",
      "start is not after its end")
    m("include-inserts-is-a-string", mutated(M, ("/include_inserts", "no")), "/include_inserts",
      "expected true, false or null")
    m("top-level-array", text([M]), "", "expected an object, got an array")
    m("top-level-null", b"null", "", "expected an object, got null")
    m("empty-file", b"", "", "unexpected end of input", **syn)
    m("truncated-in-pillar-name", cut_after(t, b'"name": "Tal'), "/pillars/2/name", "missing closing quote", **syn)
    m("truncated-after-metrics-comma", cut_after(t, b'"weight": 0.4\n        },', nth=1), "/pillars/1/metrics/1",
      "unexpected end of input", **syn)
    m("trailing-garbage", text(M) + b"]\n", "", "expected end of input", **syn)
    m("weight-1e400", with_raw(M, {"/pillars/0/weight": b"1e400"}), "/pillars/0/weight", "number overflow", **syn)
    m("weight-minus-1e400", with_raw(M, {"/pillars/2/metrics/1/weight": b"-1e400"}), "/pillars/2/metrics/1/weight",
      "number overflow", **syn)
    m("weight-nan-literal", with_raw(M, {"/pillars/0/weight": b"NaN"}), "/pillars/0/weight", "invalid literal", **syn)
    m("weight-infinity-literal", with_raw(M, {"/vikor_v": b"Infinity"}), "/vikor_v", "invalid literal", **syn)
    m("invalid-utf8-in-name", with_raw(M, {"/name": b'"Index \xfe"'}), "/name", "invalid string: ill-formed UTF-8 byte",
      **syn)
    m("duplicate-key-normalisation", with_raw(M, {"/normalisation": b'"percentile_rank",\n  "normalisation": '
                                                                   b'"min_max"'}),
      "/normalisation", "twice", **syn)
    m("deep-arrays-100000-in-name", with_raw(M, {"/name": deep_arrays(100000)}), "/name" + "/0" * 63,
      "nested deeper than", stage="limit")


def profile_cases():
    P = base_profile()
    p = lambda *args, **kw: case("profile", *args, **kw)
    syn = dict(stage="syntax")
    t = text(P)

    p("unknown-category-ipo", mutated(P, ("/plans/0/category", "ipo")), "/plans/0/category", "expected a name like")
    p("unknown-tier-star-market", mutated(P, ("/plans/0/tier", "star_market")), "/plans/0/tier",
      "expected a name like")
    p("category-is-a-number", mutated(P, ("/plans/1/category", 3)), "/plans/1/category", "expected a name like")
    p("category-missing-without-item", mutated(P, ("/plans/3/category",)), "/plans/3/category", "but it is missing")
    p("tier-is-an-array", mutated(P, ("/plans/1/tier", ["provincial"])), "/plans/1/tier", "expected a name like")
    p("plans-is-an-object", mutated(P, ("/plans", P["plans"][0])), "/plans", "expected an array, got an object")
    p("plans-empty", mutated(P, ("/plans", [])), "/plans", "expected at least one planned item")
    p("plans-missing", mutated(P, ("/plans",)), "/plans", "expected at least one planned item")
    p("plan-is-a-string", mutated(P, ("/plans/0", "listing")), "/plans/0", "expected an object, got a string")
    p("plan-is-null", mutated(P, ("/plans/2", None)), "/plans/2", "expected an object, got null")
    p("unknown-plan-key-amount", mutated(P, ("/plans/0/amount", "10000000")), "/plans/0/amount",
      'unknown key "amount"')
    p("unknown-top-level-key-company", mutated(P, ("/company", "ACME")), "/company", 'unknown key "company"')
    p("count-zero", mutated(P, ("/plans/1/count", 0)), "/plans/1/count", "expected a whole number of at least 1")
    p("count-negative", mutated(P, ("/plans/1/count", -2)), "/plans/1/count", "expected a whole number of at least 1")
    p("count-fraction", mutated(P, ("/plans/1/count", 1.5)), "/plans/1/count",
      "expected a whole number of at least 1")
    p("count-is-a-string", mutated(P, ("/plans/1/count", "2")), "/plans/1/count",
      "expected a whole number of at least 1")
    p("count-40-digit-integer", with_raw(P, {"/plans/1/count": b"9" * 40}), "/plans/1/count",
      "expected a whole number of at least 1")
    p("count-1e400", with_raw(P, {"/plans/1/count": b"1e400"}), "/plans/1/count", "number overflow", **syn)
    p("name-is-a-number", mutated(P, ("/name", 5)), "/name", "expected a string, got a number")
    p("include-inserts-is-a-string", mutated(P, ("/include_inserts", "true")), "/include_inserts",
      "expected true, false or null")
    p("keyword-is-an-array", mutated(P, ("/plans/1/keyword", ["百人领军"])), "/plans/1/keyword",
      "expected a string, got an array")
    p("item-is-a-number", mutated(P, ("/plans/0/item", 42)), "/plans/0/item", "expected a string, got a number")
    p("top-level-null", b"null\n", "", "expected an object, got null")
    p("top-level-array", text(P["plans"]), "", "expected an object, got an array")
    p("empty-file", b"", "", "unexpected end of input", **syn)
    p("truncated-in-keyword", cut_after(t, '"keyword": "千人'.encode()), "/plans/2/keyword", "missing closing quote",
      **syn)
    p("truncated-after-first-plan", cut_after(t, b'},', nth=1), "/plans/1", "unexpected end of input", **syn)
    p("trailing-garbage", text(P) + b"x", "", "expected end of input", **syn)
    p("invalid-utf8-in-keyword", with_raw(P, {"/plans/1/keyword": b'"\xe7\x99\xbe\xe4\xba"'}), "/plans/1/keyword",
      "invalid string: ill-formed UTF-8 byte", **syn)
    p("lone-surrogate-in-name", with_raw(P, {"/name": b'"A company \\udfff"'}), "/name", "surrogate", **syn)
    p("duplicate-key-category", with_raw(P, {"/plans/0/category": b'"listing", "category": "talent"'}),
      "/plans/0/category", "twice", **syn)
    p("deep-arrays-100000-in-keyword", with_raw(P, {"/plans/0/keyword": deep_arrays(100000)}),
      "/plans/0/keyword" + "/0" * 61, "nested deeper than", stage="limit")


# ---------------------------------------------------------------------------------------------------------------


def build():
    CASES.clear()
    atlas_cases()
    methodology_cases()
    profile_cases()
    numbered = {}
    out = {}
    for c in CASES:
        n = numbered[c["kind"]] = numbered.get(c["kind"], 0) + 1
        c["path"] = f"{c['kind']}/{n:03d}-{c['slug']}.json"
        sim = Simulator(c["data"]).stop()
        if c["stage"] == "content":
            assert sim is None, f"{c['path']}: meant as a content error, but the text stops at {sim!r}"
        else:
            assert sim == c["pointer"], f"{c['path']}: the rule gives {sim!r}, the case says {c['pointer']!r}"
        entry = {"kind": c["kind"], "pointer": c["pointer"], "expect": c["expect"], "stage": c["stage"]}
        if c["note"]:
            entry["note"] = c["note"]
        assert c["path"] not in out
        out[c["path"]] = entry
    return out


def main(argv):
    expected = build()
    if "--check-only" in argv:
        print(f"{len(expected)} cases ok")
        return 0
    for kind in ("atlas", "methodology", "profile"):
        d = HERE / kind
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for c in CASES:
        (HERE / c["path"]).write_bytes(c["data"])
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for c in CASES:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    print(", ".join(f"{n} {k}" for k, n in counts.items()) + f"; {len(CASES)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
