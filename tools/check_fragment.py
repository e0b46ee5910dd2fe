#!/usr/bin/env python3
"""Checks curation fragments (data/curation/*.json) or a merged atlas against the atlas format.

Usage: check_fragment.py SEEDS_DIR FILE...   (exit 1 and one line per problem, with its JSON path)
It is a curator's quick check; the library's loader (chaincity validate) is the authority.
"""
import json, re, sys, os

ENUMS = {
    "source.kind": {"article", "insert"},
    "source.script": {"simplified", "traditional"},
    "unit": {"CNY", "USD", "count", "percent", "rank", "tonne"},
    "qualifier": {"exact", "about", "nearly", "more_than", "at_least", "up_to", "within", "only", "between", "as_many_as"},
    "basis": {"stated", "inferred_year", "derived"},
    "scope.level": {"city", "district", "province", "nation", "region"},
    "admin_level": {"municipality", "sub_provincial", "prefecture", "county_level", "new_area"},
    "tier": {"first", "new_first", "second", "third", "fourth", "third_fourth", "non_first"},
    "policy.kind": {"whitepaper", "guiding_opinion", "measures", "regulation", "notice", "action_plan", "work_report", "plan", "speech", "other"},
    "issuer_level": {"national", "provincial", "municipal", "district"},
    "stance": {"support", "regulation", "mixed", "unknown"},
    "area": {"government", "finance", "tax", "e_invoice", "real_estate", "healthcare", "transport", "tourism", "retail", "traceability", "supply_chain_finance", "copyright", "energy", "agriculture", "talent", "industry", "credit", "judicial", "other"},
    "park.kind": {"park", "base", "incubator", "innovation_centre", "cluster", "platform", "lab", "data_centre", "zone"},
    "governance": {"government_led", "government_guided", "market", "unknown"},
    "status": {"operating", "planned", "unknown"},
    "category": {"listing", "rnd_platform", "breakthrough", "product", "talent", "housing", "startup_loan", "angel_fund", "rent", "tax", "office", "project", "relocation", "financing", "fund", "scheme_cap", "other"},
    "item.tier": {"national", "provincial", "municipal", "district", "joint", "main_board", "sme_board", "growth_board", "overseas", "other"},
    "form": {"grant", "subsidy", "loan", "fund", "equity", "tax_relief", "in_kind", "unknown"},
    "frequency": {"one_time", "recurring", "unknown"},
    "per": {"company", "person", "project", "unknown"},
    "metric": {"policy_count", "dedicated_policy_count", "park_count", "enterprise_count", "registered_company_rank", "patent_rank", "talent_demand_rank", "salary_rank", "filing_count", "filing_share", "enterprise_share", "revenue", "fund_size", "university_count", "academician_count", "student_count", "research_city_rank", "gdp_rank", "hashrate_share", "sales_growth", "unicorn_count", "project_count", "other"},
    "event.kind": {"conference", "summit", "launch", "unveiling", "signing", "founding", "meeting", "speech", "milestone", "other"},
    "app.kind": {"city_chain", "bsn_node", "e_invoice", "real_estate_certificate", "traceability", "government_service", "finance", "healthcare", "copyright", "credit", "other"},
    "first.scope": {"nation", "province", "city", "world"},
}
FIELDS = {
    "sources": {"id", "kind", "file", "title", "outlet", "author", "published", "script", "note"},
    "cities": {"id", "name_hans", "name_hant", "pinyin", "name_en", "province", "admin_level", "tier", "districts", "aliases", "provenance"},
    "policies": {"id", "title", "description", "kind", "issuer", "issuer_level", "scope", "cities", "issued", "stance", "dedicated", "areas", "targets", "first", "provenance"},
    "parks": {"id", "name", "kind", "city", "district", "host", "opened", "governance", "status", "operator", "tenants", "enterprise_count", "enterprise_count_as_of", "revenue", "revenue_period", "first", "provenance"},
    "schemes": {"id", "name", "city", "district", "issuer", "issuer_level", "policy", "issued", "cap", "items", "provenance"},
    "indicators": {"id", "scope", "metric", "subject", "value", "as_of", "window", "provenance"},
    "events": {"id", "title", "kind", "date", "city", "district", "organisers", "description", "first", "provenance"},
    "applications": {"id", "name", "kind", "city", "region", "launched", "operator", "description", "first", "provenance"},
}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DEC_RE = re.compile(r"^\d+(\.\d+)?$")
problems = []

def bad(path, msg):
    problems.append(f"{path}: {msg}")

def enum(path, v, name, optional=False):
    if v is None and optional:
        return
    if v not in ENUMS[name]:
        bad(path, f"expected one of {sorted(ENUMS[name])}, got {v!r}")

def date(path, v):
    if v is None:
        return
    if isinstance(v, str):
        if not DATE_RE.match(v):
            bad(path, f"expected a date like 2017-06, got {v!r}")
        return
    if not isinstance(v, dict) or set(v) - {"value", "basis", "note"} or "value" not in v:
        bad(path, "expected a date string or {value, basis, note}")
        return
    date(path + "/value", v["value"])
    enum(path + "/basis", v.get("basis", "stated"), "basis")

def quantity(path, q):
    if q is None:
        return
    if not isinstance(q, dict) or set(q) - {"value", "upper", "unit", "qualifier", "text"}:
        bad(path, "expected {value, upper?, unit, qualifier, text}")
        return
    for k in ("value", "upper"):
        if k in q and (not isinstance(q[k], str) or not DEC_RE.match(q[k])):
            bad(f"{path}/{k}", f"expected a decimal string, got {q[k]!r}")
    enum(path + "/unit", q.get("unit"), "unit")
    enum(path + "/qualifier", q.get("qualifier"), "qualifier")
    if q.get("qualifier") == "between" and "upper" not in q:
        bad(path, "between needs upper")

def scope(path, s, cities):
    if not isinstance(s, dict):
        bad(path, "expected a scope object")
        return
    enum(path + "/level", s.get("level"), "scope.level")
    if s.get("level") in ("city", "district") and s.get("city") not in cities:
        bad(path + "/city", f"unknown city {s.get('city')!r}")

def prov(path, p, sources, texts):
    if not isinstance(p, list) or not p:
        bad(path, "expected a non-empty provenance array")
        return
    for i, e in enumerate(p):
        src = e.get("source")
        if src not in sources:
            bad(f"{path}/{i}/source", f"unknown source {src!r}")
            continue
        q = e.get("quote", "")
        if len(q) > 80 or len(q) < 4:
            bad(f"{path}/{i}/quote", f"quote length {len(q)} outside 4..80")
        if q not in texts[sources[src]]:
            bad(f"{path}/{i}/quote", f"not verbatim in {sources[src]}: {q!r}")

def main():
    seeds = sys.argv[1]
    docs = []
    for f in sys.argv[2:]:
        with open(f, encoding="utf-8") as fh:
            docs.append((f, json.load(fh)))
    texts = {n: open(os.path.join(seeds, n), encoding="utf-8").read() for n in os.listdir(seeds)}
    sources, cities, policies = {}, set(), set()
    for f, d in docs:
        for s in d.get("sources", []):
            sources[s["id"]] = s["file"]
        cities |= {c["id"] for c in d.get("cities", [])}
        policies |= {p["id"] for p in d.get("policies", [])}
    for f, d in docs:
        extra = set(d) - set(FIELDS) - {"schema_version", "name"}
        if extra:
            bad(f, f"unknown top-level keys {sorted(extra)}")
        for coll, fields in FIELDS.items():
            seen = set()
            for i, r in enumerate(d.get(coll, [])):
                path = f"{f}:/{coll}/{i}"
                unk = set(r) - fields
                if unk:
                    bad(path, f"unknown keys {sorted(unk)}")
                if r.get("id") in seen:
                    bad(path + "/id", f"duplicate id {r.get('id')!r}")
                seen.add(r.get("id"))
                if coll == "sources":
                    enum(path + "/kind", r.get("kind"), "source.kind")
                    enum(path + "/script", r.get("script"), "source.script")
                    date(path + "/published", r.get("published"))
                    if r.get("file") not in texts:
                        bad(path + "/file", "no such seed file")
                    continue
                prov(path + "/provenance", r.get("provenance"), sources, texts)
                if coll == "cities":
                    enum(path + "/admin_level", r.get("admin_level"), "admin_level")
                    enum(path + "/tier", r.get("tier"), "tier", True)
                    for k in ("name_hans", "name_hant", "pinyin", "name_en", "province"):
                        if not r.get(k):
                            bad(f"{path}/{k}", "required")
                if coll == "policies":
                    enum(path + "/kind", r.get("kind"), "policy.kind")
                    enum(path + "/issuer_level", r.get("issuer_level"), "issuer_level")
                    enum(path + "/stance", r.get("stance"), "stance")
                    scope(path + "/scope", r.get("scope"), cities)
                    date(path + "/issued", r.get("issued"))
                    for j, a in enumerate(r.get("areas", [])):
                        enum(f"{path}/areas/{j}", a, "area")
                    for j, c in enumerate(r.get("cities", [])):
                        if c not in cities:
                            bad(f"{path}/cities/{j}", f"unknown city {c!r}")
                    for j, t in enumerate(r.get("targets", [])):
                        quantity(f"{path}/targets/{j}/value", t.get("value"))
                        date(f"{path}/targets/{j}/deadline", t.get("deadline"))
                        prov(f"{path}/targets/{j}/provenance", t.get("provenance"), sources, texts)
                if coll in ("parks", "schemes", "events", "applications") and r.get("city") is not None and r["city"] not in cities:
                    bad(path + "/city", f"unknown city {r['city']!r}")
                if coll == "parks":
                    enum(path + "/kind", r.get("kind"), "park.kind")
                    enum(path + "/governance", r.get("governance", "unknown"), "governance")
                    enum(path + "/status", r.get("status", "unknown"), "status")
                    date(path + "/opened", r.get("opened"))
                    quantity(path + "/enterprise_count", r.get("enterprise_count"))
                    quantity(path + "/revenue", r.get("revenue"))
                    date(path + "/enterprise_count_as_of", r.get("enterprise_count_as_of"))
                    date(path + "/revenue_period", r.get("revenue_period"))
                if coll == "schemes":
                    enum(path + "/issuer_level", r.get("issuer_level"), "issuer_level", True)
                    if r.get("policy") is not None and r["policy"] not in policies:
                        bad(path + "/policy", f"unknown policy {r['policy']!r}")
                    quantity(path + "/cap", r.get("cap"))
                    date(path + "/issued", r.get("issued"))
                    for j, it in enumerate(r.get("items", [])):
                        p2 = f"{path}/items/{j}"
                        unk = set(it) - {"id", "category", "description", "tier", "amount", "form", "frequency", "per", "provenance"}
                        if unk:
                            bad(p2, f"unknown keys {sorted(unk)}")
                        enum(p2 + "/category", it.get("category"), "category")
                        enum(p2 + "/tier", it.get("tier"), "item.tier", True)
                        enum(p2 + "/form", it.get("form"), "form")
                        enum(p2 + "/frequency", it.get("frequency"), "frequency")
                        enum(p2 + "/per", it.get("per"), "per")
                        quantity(p2 + "/amount", it.get("amount"))
                        prov(p2 + "/provenance", it.get("provenance"), sources, texts)
                if coll == "indicators":
                    scope(path + "/scope", r.get("scope"), cities)
                    enum(path + "/metric", r.get("metric"), "metric")
                    quantity(path + "/value", r.get("value"))
                    date(path + "/as_of", r.get("as_of"))
                    w = r.get("window")
                    if w:
                        date(path + "/window/from", w.get("from"))
                        date(path + "/window/to", w.get("to"))
                if coll == "events":
                    enum(path + "/kind", r.get("kind"), "event.kind")
                    date(path + "/date", r.get("date"))
                if coll == "applications":
                    enum(path + "/kind", r.get("kind"), "app.kind")
                    date(path + "/launched", r.get("launched"))
                if r.get("first") is not None:
                    enum(path + "/first/scope", r["first"].get("scope"), "first.scope")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
