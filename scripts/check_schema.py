#!/usr/bin/env python3
"""Validate the errcodes spec files against specs/errcodes.schema.json.

Run from anywhere (paths are found from this file), e.g. from the repository root:

    python3 scripts/check_schema.py

It checks, in order:

1. the schema itself, with Draft202012Validator.check_schema;
2. every specs/*.yaml and tests/specs/*.yaml, printing `ok PATH` or one line per error
   with the error's JSON path;
3. inline documents: a few the loader accepts must pass, and known-bad ones (unknown key
   in an entry, code as a string, bad retry keyword, both code and range, missing
   message, ...) must be rejected.

It exits 1 if anything failed, 2 if the schema could not be read or is not a valid schema.

YAML is read the way the Rust loader (serde_yaml 0.9, YAML 1.2 core schema) reads it, not the
YAML 1.1 way PyYAML does by default: `until: 2021-07-19` and `code: 0101` stay strings, only
`true`/`false` (any case style) are booleans (`yes`, `on`, `No` are strings), there are no `<<`
merge keys, duplicate keys are errors, and mapping keys must be strings. The schema cannot tell
`1` from `1.0` (JSON has one number type), so the validator here uses a stricter `integer`
type that rejects floats, as the loader does.

Requires the `jsonschema` (4.x) and `PyYAML` packages.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import SchemaError

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "specs" / "errcodes.schema.json"
SPEC_GLOBS = ("specs/*.yaml", "tests/specs/*.yaml")
MAX_MESSAGE = 240


# --------------------------------------------------------------------------------------------
# YAML, read as serde_yaml reads it
# --------------------------------------------------------------------------------------------


class SpecLoader(yaml.SafeLoader):
    """A SafeLoader with YAML 1.2 core scalars instead of PyYAML's YAML 1.1 ones.

    All of SafeLoader's implicit resolvers are dropped (among them the timestamp resolver,
    so dates stay strings, and the merge-key resolver) and replaced by the rules of
    serde_yaml 0.9, which the Rust loader uses. Explicitly quoted scalars are always strings.
    """

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a mapping node, but found {node.id}", node.start_mark
            )
        mapping = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    f"keys must be strings, found {key!r}", key_node.start_mark,
                )
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    f"duplicate key {key!r}", key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


SpecLoader.yaml_implicit_resolvers = {}  # a fresh table: SafeLoader's own is left untouched

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"

SpecLoader.add_implicit_resolver(NULL_TAG, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
SpecLoader.add_implicit_resolver(BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
# Decimal without leading zeros (`02` is a string), or 0x / 0o / 0b; an optional sign.
SpecLoader.add_implicit_resolver(
    INT_TAG,
    re.compile(r"^[-+]?(?:0|[1-9][0-9]*|0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+)$"),
    list("-+0123456789"),
)
# What Rust's f64::from_str accepts and finds finite, except all-digit strings with a leading
# zero (strings in YAML 1.2); plus YAML's .inf / .nan spellings.
SpecLoader.add_implicit_resolver(
    FLOAT_TAG,
    re.compile(
        r"^(?![-+]?0[0-9]+$)(?:[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)


def construct_bool(loader, node):
    text = loader.construct_scalar(node)
    if text not in ("true", "True", "TRUE", "false", "False", "FALSE"):  # `!!bool yes`
        raise yaml.constructor.ConstructorError(None, None, f"invalid boolean {text!r}", node.start_mark)
    return text in ("true", "True", "TRUE")


def construct_int(loader, node):
    value = int(loader.construct_scalar(node), 0)
    if -(2**63) <= value < 2**64:
        return value
    if -(2**127) <= value < 2**128:
        # serde_yaml::Value holds no 128-bit integers: the document does not parse at all.
        raise yaml.constructor.ConstructorError(
            None, None, f"integer {value} is too large for a YAML value", node.start_mark
        )
    return float(value)  # serde_yaml falls back to a float


def construct_float(loader, node):
    text = loader.construct_scalar(node)
    bare = text.lstrip("+")
    if bare.lower() in (".inf", "-.inf"):
        return float(bare[:-4] + "inf")
    if text.lower() == ".nan":
        return float("nan")
    return float(text)


SpecLoader.add_constructor(BOOL_TAG, construct_bool)
SpecLoader.add_constructor(INT_TAG, construct_int)
SpecLoader.add_constructor(FLOAT_TAG, construct_float)


def load_yaml(text: str):
    return yaml.load(text, Loader=SpecLoader)  # noqa: S506 -- a SafeLoader subclass


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


def _strict_integer(_checker, instance) -> bool:
    """Python ints only: no bools, and no whole floats such as 1.0 or 1e3 (the loader rejects them)."""
    return isinstance(instance, int) and not isinstance(instance, bool)


SpecValidator = validators.extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _strict_integer),
)


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."


def describe(error) -> str:
    """`$.json.path: message`, using the schema's own wording where it has one."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "pattern" and "patternErrorMessage" in schema:
        message = f"{error.instance!r}: {schema['patternErrorMessage']}"
    elif "errorMessage" in schema:
        message = schema["errorMessage"]
    else:
        message = error.message
    return f"{error.json_path}: {shorten(message)}"


def path_key(error):
    return [(1, part) if isinstance(part, str) else (0, part) for part in error.absolute_path]


def yaml_problem(error: yaml.YAMLError) -> str:
    """The YAML reader's complaint as `line L column C: problem`."""
    problem = getattr(error, "problem", None)
    mark = getattr(error, "problem_mark", None)
    if problem is None:
        return shorten(str(error))
    where = f"line {mark.line + 1} column {mark.column + 1}: " if mark is not None else ""
    return shorten(where + problem)


def problems(validator, text: str) -> list[str]:
    """Every problem with a spec's text: a YAML error, or every schema error."""
    try:
        document = load_yaml(text)
    except yaml.YAMLError as error:
        return ["YAML: " + yaml_problem(error)]
    except (ValueError, RecursionError) as error:  # e.g. `!!int abc`, or absurd nesting
        return ["YAML: " + shorten(f"{type(error).__name__}: {error}")]
    errors = sorted(validator.iter_errors(document), key=lambda e: (path_key(e), e.message))
    return [describe(error) for error in errors]


# --------------------------------------------------------------------------------------------
# Inline documents
# --------------------------------------------------------------------------------------------


def spec(*entries: str, enum_extra: str = "") -> str:
    """A one-enum spec whose entries are the given flow mappings."""
    lines = ["catalog:", "  title: Inline test", "enums:", "  - name: ApiCode"]
    lines += ["    " + line for line in enum_extra.splitlines() if line.strip()]
    lines.append("    entries:")
    lines += [f"      - {entry}" for entry in entries]
    return "\n".join(lines) + "\n"


OK = "{ name: Ok, code: 0, message: ok, success: true }"

# Documents the Rust loader accepts.
GOOD = [
    ("no catalog title", "catalog: { vendor: V }\nenums:\n  - name: ApiCode\n    entries: [" + OK + "]\n"),
    ("no catalog at all", "enums:\n  - name: ApiCode\n    entries: [" + OK + "]\n"),
    (
        "a small valid spec",
        spec(
            OK,
            "{ name: Busy, code: 1, message: busy, retry: transient, billing: free,"
            " billing_history: [{ until: 2021-07-19, billing: charged }] }",
            "{ name: Net, code: 2, aliases: [{ code: 3, name: NetAlt }], message: net, as_written: 2/3 }",
            "{ name: Span, range: [10, 19], message: a range of codes, aliases: [] }",
            "{ name: Numeric, code: 0x20, message: 404, as_written: 02, remedy: true }",
            "{ name: Extreme, code: -9223372036854775808, message: smallest i64 }",
        ),
    ),
    (
        "nested sections, defaults and a layout",
        "catalog: { title: T, vendor: V, source: 'https://example.com', language: zh-CN, notes: n }\n"
        "enums:\n"
        "  - name: ApiCode\n"
        "    doc: Codes.\n"
        "    unknown: Other\n"
        "    layout: { pattern: A-BB-CCC, fields: { A: level, C: number } }\n"
        "    defaults: { billing: unspecified, retry: never, success: false }\n"
        "    sections:\n"
        "      - title: Outer\n"
        "        defaults: { billing: free }\n"
        "        sections:\n"
        "          - title: Inner\n"
        "            doc: inner\n"
        "            entries:\n"
        "              - { name: Unknown, code: 999999, message: named Unknown; allowed when the catch-all is renamed }\n",
    ),
]

STRING = "kind: string\nseparator: '.'"

GOOD += [
    (
        "a string enum with aliases and a separator",
        spec(
            "{ name: InternalError, code: InternalError, message: m, retry: transient,"
            " aliases: [{ code: InternalError.Other, name: InternalErrorOther }] }",
            "{ name: SignatureExpire, code: AuthFailure.SignatureExpire, message: m }",
            "{ name: Quoted, code: '1001', message: m }",
            enum_extra=STRING,
        ),
    ),
]

# Documents the Rust loader rejects: (label, text, rejected by the YAML reader rather than the schema).
BAD = [
    ("unknown key in an entry", spec(OK, "{ name: Typo, code: 1, message: m, mesage: typo }"), False),
    ("code as a string", spec(OK, "{ name: Quoted, code: '1001', message: m }"), False),
    ("bad retry keyword", spec(OK, "{ name: Late, code: 1, message: m, retry: sometimes }"), False),
    ("entry with both code and range", spec(OK, "{ name: Both, code: 1, range: [1, 2], message: m }"), False),
    ("missing message", spec(OK, "{ name: Silent, code: 1 }"), False),
    ("entry with neither code nor range", spec(OK, "{ name: Nothing, message: m }"), False),
    ("code with a leading zero (a string in YAML 1.2)", spec(OK, "{ name: Zero, code: 0101, message: m }"), False),
    ("code written as a float", spec(OK, "{ name: Thousand, code: 1e3, message: m }"), False),
    ("code above i64::MAX", spec(OK, "{ name: Huge, code: 9223372036854775808, message: m }"), False),
    ("bad billing keyword", spec(OK, "{ name: Paid, code: 1, message: m, billing: paid }"), False),
    ("lowercase variant name", spec(OK, "{ name: busy, code: 1, message: m }"), False),
    ("variant named Self", spec(OK, "{ name: Self, code: 1, message: m }"), False),
    ("variant named like the catch-all", spec(OK, "{ name: Unknown, code: 99, message: m }"), False),
    ("alias named like the catch-all", spec("{ name: Ok, code: 0, message: m, aliases: [{ code: 1, name: Unknown }] }"), False),
    ("alias without a code", spec("{ name: Ok, code: 0, message: m, aliases: [{ name: Alt }] }"), False),
    ("range with aliases", spec(OK, "{ name: Span, range: [1, 5], message: m, aliases: [{ code: 9, name: Alt }] }"), False),
    ("range of three numbers", spec(OK, "{ name: Span, range: [1, 5, 9], message: m }"), False),
    ("empty message", spec(OK, "{ name: Empty, code: 1, message: '  ' }"), False),
    ("message as a list", spec(OK, "{ name: Listed, code: 1, message: [a, b] }"), False),
    ("message as a float", spec(OK, "{ name: Version, code: 1, message: 1.5 }"), False),
    ("success as a string", spec(OK, "{ name: Done, code: 1, message: m, success: 'yes' }"), False),
    ("impossible billing_history date", spec(OK, "{ name: Old, code: 1, message: m, billing_history: [{ until: 2021-02-30, billing: free }] }"), False),
    ("billing period without billing", spec(OK, "{ name: Old, code: 1, message: m, billing_history: [{ until: 2021-02-03 }] }"), False),
    ("layout group mixing letters", spec(OK, enum_extra="layout: { pattern: AB-C }"), False),
    ("layout letter used twice", spec(OK, enum_extra="layout: { pattern: A-BB-A }"), False),
    ("negative code in an enum with a layout", spec(OK, "{ name: Minus, code: -1, message: m }", enum_extra="layout: { pattern: AA-BB }"), False),
    ("unknown key in defaults", spec(OK, enum_extra="defaults: { retries: never }"), False),
    ("enum without entries", "catalog: { title: T }\nenums:\n  - name: ApiCode\n    sections: [{ title: Empty, entries: [] }]\n", False),
    ("empty enums list", "catalog: { title: T }\nenums: []\n", False),
    ("blank catalog title", "catalog: { title: '  ' }\nenums:\n  - name: ApiCode\n    entries: [" + OK + "]\n", False),
    ("unknown top-level key", spec(OK) + "enum: []\n", False),
    ("section without a title", spec(OK, enum_extra="sections: [{ entries: [{ name: Two, code: 2, message: m }] }]"), False),
    ("string enum with an integer code", spec("{ name: Ok, code: 0, message: m }", enum_extra=STRING), False),
    ("string enum with an empty code", spec("{ name: Ok, code: '', message: m }", enum_extra=STRING), False),
    ("string code with whitespace around it", spec("{ name: Ok, code: ' Ok', message: m }", enum_extra=STRING), False),
    ("string enum with a range", spec("{ name: Span, range: [1, 2], message: m }", enum_extra=STRING), False),
    ("string alias with an integer code", spec("{ name: Ok, code: Ok, message: m, aliases: [{ code: 1, name: Alt }] }", enum_extra=STRING), False),
    ("string enum with a layout", spec("{ name: Ok, code: Ok, message: m }", enum_extra=STRING + "\nlayout: { pattern: A-BB }"), False),
    ("string code in a section of an integer enum", spec(OK, enum_extra="sections: [{ title: S, entries: [{ name: Two, code: Two, message: m }] }]"), False),
    ("separator on an integer enum", spec(OK, enum_extra="separator: '.'"), False),
    ("empty separator", spec("{ name: Ok, code: Ok, message: m }", enum_extra="kind: string\nseparator: ''"), False),
    ("unknown kind", spec(OK, enum_extra="kind: text"), False),
    ("duplicate key", spec("{ name: Ok, code: 0, code: 1, message: m }"), True),
    ("non-string key", spec("{ name: Ok, code: 0, message: m, 1: one }"), True),
]


def check_inline(validator) -> bool:
    passed = True
    for label, text in GOOD:
        found = problems(validator, text)
        if found:
            passed = False
            print(f"FAIL inline document should be accepted: {label}")
            for problem in found:
                print(f"    {problem}")
        else:
            print(f"ok accepted: {label}")
    for label, text, by_yaml in BAD:
        found = problems(validator, text)
        yaml_error = bool(found) and found[0].startswith("YAML: ")
        if not found:
            passed = False
            print(f"FAIL inline document should be rejected but was accepted: {label}")
        elif yaml_error != by_yaml:
            passed = False
            expected = "by the YAML reader" if by_yaml else "by the schema"
            print(f"FAIL inline document should be rejected {expected}: {label}: {found[0]}")
        else:
            print(f"ok rejected: {label}: {found[0]}")
    return passed


# --------------------------------------------------------------------------------------------


def main() -> int:
    try:
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"FAIL {SCHEMA_PATH.relative_to(ROOT)}: cannot read the schema: {error}")
        return 2
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        print(f"FAIL {SCHEMA_PATH.relative_to(ROOT)}: not a valid draft 2020-12 schema: {error.message}")
        return 2
    print(f"ok {SCHEMA_PATH.relative_to(ROOT)} (schema)")

    validator = SpecValidator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    passed = True

    files = sorted({path for pattern in SPEC_GLOBS for path in ROOT.glob(pattern)})
    if not files:
        print("warning: no spec files found under " + ", ".join(SPEC_GLOBS))
    for path in files:
        shown = path.relative_to(ROOT).as_posix()
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            passed = False
            print(f"FAIL {shown}: cannot read as UTF-8: {error}")
            continue
        found = problems(validator, text)
        if found:
            passed = False
            for problem in found:
                print(f"FAIL {shown} {problem}")
        else:
            print(f"ok {shown}")

    passed = check_inline(validator) and passed
    print("all checks passed" if passed else "some checks FAILED")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
