#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12), e.g. the atlas against data/atlas.schema.json.

Usage: check_schema.py SCHEMA FILE...
Prints one line per error, `FILE: /json/pointer: message`, and exits 1 if there was any; otherwise prints
`N file(s) valid` and exits 0. Needs the `jsonschema` package (Debian: python3-jsonschema).
"""
import json
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match
except ImportError:
    sys.exit("check_schema.py: the jsonschema package is required (try /usr/bin/python3 or apt install python3-jsonschema)")


def pointer(path):
    """RFC 6901 JSON pointer for a jsonschema error path ("/" for the document root)."""
    tokens = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(tokens) if tokens else "/"


def describe(error):
    """The error's pointer and message; for anyOf/oneOf failures, the most relevant alternative's."""
    if error.context:
        # An optional field is {"anyOf": [X, {"type": "null"}]}; "is not of type 'null'" says nothing useful.
        useful = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        inner = best_match(useful or error.context)
        if inner is not None:
            return describe(inner)
    message = error.message
    if error.validator == "not" and isinstance(error.validator_value, dict) and "description" in error.validator_value:
        # The default message dumps the whole sub-schema; its description says what is excluded.
        message = f"{error.instance!r} is not allowed ({error.validator_value['description']})"
    return pointer(error.absolute_path), message


def order(error):
    """Sort key: document order of the error's location (array indices numerically)."""
    return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path]


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    schema_path, files = argv[1], argv[2:]
    try:
        schema = load(schema_path)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print(f"{schema_path}: /: cannot read schema: {e}")
        return 1
    except Exception as e:  # jsonschema.exceptions.SchemaError
        print(f"{schema_path}: /: invalid schema: {getattr(e, 'message', e)}")
        return 1
    validator = Draft202012Validator(schema)
    failed = False
    for path in files:
        try:
            doc = load(path)
        except (OSError, ValueError) as e:
            print(f"{path}: /: cannot read JSON: {e}")
            failed = True
            continue
        errors = sorted(validator.iter_errors(doc), key=order)
        for error in errors:
            where, message = describe(error)
            print(f"{path}: {where}: {message}")
            failed = True
    if failed:
        return 1
    print(f"{len(files)} file(s) valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
