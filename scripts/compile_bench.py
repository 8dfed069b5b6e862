#!/usr/bin/env python3
"""Compile-time benchmark of errcodes catalogs against hand-written and derive-based crates.

For every size N (default 300, 3000, 30000) it generates, in a temporary directory:

- errcodes_N:  a crate whose lib.rs is `errcodes::include_errcodes!("<spec>")` on a synthetic
               spec of N codes (the same generator as tests/bench/build.rs);
- match_N:     the same catalog written by hand: an enum, `match` from i64, `match` to the
               code and to the message, Display, derived Debug;
- num_enum_N:  the same enum with num_enum (TryFromPrimitive, IntoPrimitive) and strum
               (EnumMessage) derives, Display, derived Debug.

Each crate depends on the workspace crates by path and uses a copy of the workspace's
Cargo.lock, so dependency versions match the workspace. Every crate kind has its own
CARGO_TARGET_DIR; dependencies are built once, untimed. Then the catalog crate alone is
rebuilt RUNS times per profile (touch src/lib.rs, `cargo build [--release]`,
CARGO_INCREMENTAL=0 so every rebuild is a full, non-incremental compile of the crate),
under `/usr/bin/time -f "%e %M"` for wall seconds and peak RSS (the largest process, in
practice rustc). errcodes builds run with ERRCODES_TIMINGS=1, so the macro prints its own
expansion time, reported separately.

The hand-written match and num_enum crates are skipped above 3,000 codes (the issue measured
the match at over 277 s and num_enum out of 24 GB of memory at 30,000); --force builds them
anyway, each build bounded by --timeout.

Prints a markdown table (median, min-max spread, peak MB, macro time, load average) and the
growth exponent log(t_big / t_small) / log(N_big / N_small) between the two largest sizes
(3,000 -> 30,000 by default) for each kind and profile.

Usage: python3 scripts/compile_bench.py [--sizes 300,3000,30000] [--runs 5]
       [--profiles debug,release] [--kinds errcodes,match,num_enum] [--force]
       [--timeout 900] [--workdir DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------
# The synthetic catalog: a port of tests/bench/build.rs (the two must agree; the script
# checks itself against the build script's output with --check-against OUT_DIR).

BLOCKS = [
    (-73, -1, 0.05),
    (0, 17, 0.03),
    (201, 2018, 0.20),
    (100_000, 251_005, 0.0),
    (66_660_000, 66_665_001, 0.20),
]
REST_BLOCK = 3
SECTION_TITLES = ["负数返回码", "通用返回码", "业务返回码", "SDK 返回码", "比对返回码"]
ADJ_EN = ["Invalid", "Missing", "Expired", "Unsupported", "Duplicate", "Forbidden", "Timeout", "Malformed"]
NOUN_EN = ["Param", "Token", "Image", "Request", "Signature", "Account", "Session", "Quota"]
ADJ_ZH = ["无效", "缺失", "已过期", "不支持", "重复", "被禁止", "超时", "格式错误"]
NOUN_ZH = ["参数", "令牌", "图片", "请求", "签名", "账号", "会话", "配额"]
MASK = (1 << 64) - 1
DERIVE_LIMIT = 3_000


class Xorshift:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self) -> int:
        s = self.state
        s ^= (s << 13) & MASK
        s ^= s >> 7
        s ^= (s << 17) & MASK
        self.state = s
        return s


def block_counts(n: int) -> list[int]:
    counts = [0] * len(BLOCKS)
    taken = 0
    for index, (lo, hi, share) in enumerate(BLOCKS):
        if index == REST_BLOCK:
            continue
        capacity = hi - lo + 1
        wanted = math.floor(n * share + 0.5)
        counts[index] = min(wanted, capacity // 2)
        taken += counts[index]
    counts[REST_BLOCK] = n - taken
    return counts


def synthetic(n: int) -> list[dict]:
    rng = Xorshift(0x2545_F491_4F6C_DD1D)
    codes: list[dict] = []
    for block, ((lo, hi, _), count) in enumerate(zip(BLOCKS, block_counts(n))):
        capacity = hi - lo + 1
        for i in range(count):
            start = i * capacity // count
            nxt = (i + 1) * capacity // count
            code = lo + start + rng.next() % (nxt - start)
            index = len(codes)
            adj, noun = index % 8, (index // 8) % 8
            suffix = f"Neg{-code}" if code < 0 else str(code)
            codes.append(
                {
                    "block": block,
                    "code": code,
                    "name": f"{ADJ_EN[adj]}{NOUN_EN[noun]}{suffix}",
                    "message": f"{NOUN_ZH[noun]}{ADJ_ZH[adj]}，请检查后重试（{code}）",
                    "message_en": f"{ADJ_EN[adj]} {NOUN_EN[noun].lower()} ({code})",
                    "description": f"请求中的{NOUN_ZH[noun]}{ADJ_ZH[adj]}。" if index % 3 == 0 else None,
                    "remedy": f"检查{NOUN_ZH[noun]}后重新发起请求" if index % 4 == 0 else None,
                    "transient": index % 5 == 0,
                }
            )
    assert len(codes) == n
    return codes


def quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def spec_yaml(n: int, codes: list[dict]) -> str:
    out = [f"catalog:\n  title: Synthetic catalog of {n} codes\n  vendor: errcodes-bench\n  language: zh-CN\n\n"]
    out.append("enums:\n  - name: SynthCode\n    doc: Synthetic codes for the benchmarks.\n    sections:\n")
    for block, title in enumerate(SECTION_TITLES):
        entries = [code for code in codes if code["block"] == block]
        if not entries:
            continue
        out.append(f"      - title: {title}\n        entries:\n")
        for code in entries:
            out.append(f"          - name: {code['name']}\n")
            out.append(f"            code: {code['code']}\n")
            out.append(f"            message: {quoted(code['message'])}\n")
            out.append(f"            message_en: {quoted(code['message_en'])}\n")
            if code["description"] is not None:
                out.append(f"            description: {quoted(code['description'])}\n")
            if code["remedy"] is not None:
                out.append(f"            remedy: {quoted(code['remedy'])}\n")
            if code["transient"]:
                out.append("            retry: transient\n")
    return "".join(out)


def hand_rs(codes: list[dict]) -> str:
    out = ["/// Hand-written baseline: one `match` per direction.\n"]
    out.append("#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]\npub enum HandCode {\n")
    out += [f"    {code['name']},\n" for code in codes]
    out.append("    Unknown(i64),\n}\n\nimpl ::core::convert::From<i64> for HandCode {\n    fn from(code: i64) -> Self {\n        match code {\n")
    out += [f"            {code['code']} => Self::{code['name']},\n" for code in codes]
    out.append("            _ => Self::Unknown(code),\n        }\n    }\n}\n\nimpl HandCode {\n")
    out.append("    /// The integer code.\n    pub const fn code(self) -> i64 {\n        match self {\n")
    out += [f"            Self::{code['name']} => {code['code']},\n" for code in codes]
    out.append("            Self::Unknown(code) => code,\n        }\n    }\n\n")
    out.append("    /// The message.\n    pub const fn message(self) -> &'static str {\n        match self {\n")
    out += [f"            Self::{code['name']} => {quoted(code['message'])},\n" for code in codes]
    out.append("            Self::Unknown(_) => \"unknown error code\",\n        }\n    }\n}\n\n")
    out.append(
        """impl ::core::convert::From<HandCode> for i64 {
    fn from(value: HandCode) -> i64 {
        value.code()
    }
}

impl ::core::fmt::Display for HandCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match *self {
            Self::Unknown(code) => write!(f, "unknown error code {code}"),
            known => f.write_str(known.message()),
        }
    }
}
"""
    )
    return "".join(out)


def num_rs(codes: list[dict]) -> str:
    out = ["/// Derive-based baseline: num_enum for the integer, strum for the message.\n"]
    out.append(
        "#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, ::num_enum::TryFromPrimitive, ::num_enum::IntoPrimitive, ::strum::EnumMessage)]\n#[repr(i64)]\npub enum NumCode {\n"
    )
    out += [f"    #[strum(message = {quoted(code['message'])})]\n    {code['name']} = {code['code']},\n" for code in codes]
    out.append(
        """}

impl ::core::fmt::Display for NumCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(::strum::EnumMessage::get_message(self).unwrap_or(""))
    }
}
"""
    )
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Crates.


def locked_version(name: str) -> str | None:
    """The version of `name` in the workspace's Cargo.lock, to pin the baselines to it."""
    lock = (ROOT / "Cargo.lock").read_text()
    match = re.search(r'\[\[package\]\]\nname = "' + re.escape(name) + r'"\nversion = "([^"]+)"', lock)
    return match.group(1) if match else None


def write_crate(directory: Path, kind: str, n: int, codes: list[dict]) -> None:
    (directory / "src").mkdir(parents=True, exist_ok=True)
    package = f"catalog_{kind}_{n}"
    deps = ""
    if kind == "errcodes":
        spec = directory / f"synthetic_{n}.yaml"
        spec.write_text(spec_yaml(n, codes))
        deps = f'errcodes = {{ path = {quoted(str(ROOT / "errcodes"))} }}\n'
        lib = f"//! Synthetic catalog of {n} codes, generated by errcodes.\n::errcodes::include_errcodes!({quoted(str(spec))});\n"
    elif kind == "match":
        lib = f"//! Synthetic catalog of {n} codes, written by hand.\n{hand_rs(codes)}"
    elif kind == "num_enum":
        num_enum = locked_version("num_enum") or "0.7"
        strum = locked_version("strum") or "0.28"
        deps = f'num_enum = "={num_enum}"\nstrum = {{ version = "={strum}", features = ["derive"] }}\n'
        lib = f"//! Synthetic catalog of {n} codes, derived with num_enum and strum.\n{num_rs(codes)}"
    else:
        raise ValueError(kind)
    (directory / "Cargo.toml").write_text(
        f'[package]\nname = "{package}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n[workspace]\n"
    )
    (directory / "src" / "lib.rs").write_text(lib)
    shutil.copyfile(ROOT / "Cargo.lock", directory / "Cargo.lock")


# ---------------------------------------------------------------------------------------
# Timing.

TIMING = re.compile(r"errcodes-timing: .* codes=(\d+) .*expand_us=(\d+)")


def timed_build(directory: Path, target: Path, profile: str, timeout: float) -> dict:
    """One `cargo build` of the crate in `directory`: wall s, peak MB, macro ms, or an error."""
    env = dict(os.environ)
    env.update({"CARGO_TARGET_DIR": str(target), "CARGO_INCREMENTAL": "0", "ERRCODES_TIMINGS": "1"})
    command = ["/usr/bin/time", "-f", "TIME %e %M", "cargo", "build", "--quiet", "--offline"]
    if profile == "release":
        command.append("--release")
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=directory, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return {"error": f"timeout after {timeout:.0f} s", "wall": time.monotonic() - started}
    result: dict = {}
    for line in stderr.splitlines():
        if line.startswith("TIME "):
            _, wall, rss = line.split()
            result["wall"] = float(wall)
            result["peak_mb"] = int(rss) / 1024
        found = TIMING.search(line)
        if found:
            result["macro_ms"] = int(found.group(2)) / 1000
    if process.returncode != 0:
        tail = "\n".join(line for line in stderr.splitlines() if not line.startswith("TIME "))[-2000:]
        result["error"] = f"exit {process.returncode} (Command terminated by signal?)\n{tail}"
    return result


def prebuild(directory: Path, target: Path, profile: str, timeout: float) -> None:
    env = dict(os.environ)
    env.update({"CARGO_TARGET_DIR": str(target), "CARGO_INCREMENTAL": "0"})
    command = ["cargo", "build", "--quiet"]
    if profile == "release":
        command.append("--release")
    # Dependencies only matter here; the crate itself is built too, untimed.
    subprocess.run(command, cwd=directory, env=env, check=True, timeout=timeout)


def noop_build(directory: Path, target: Path, profile: str) -> float:
    """Wall time of a `cargo build` with nothing to do: cargo's own fixed cost."""
    env = dict(os.environ)
    env.update({"CARGO_TARGET_DIR": str(target), "CARGO_INCREMENTAL": "0"})
    command = ["cargo", "build", "--quiet", "--offline"] + (["--release"] if profile == "release" else [])
    started = time.monotonic()
    subprocess.run(command, cwd=directory, env=env, check=True)
    return time.monotonic() - started


def touch(path: Path) -> None:
    now = time.time()
    os.utime(path, (now, now))


def fmt_seconds(value: float) -> str:
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="300,3000,30000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", default="debug,release")
    parser.add_argument("--kinds", default="errcodes,match,num_enum")
    parser.add_argument("--force", action="store_true", help="build match and num_enum above 3,000 codes too")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per build before it is killed")
    parser.add_argument("--workdir", help="where to generate the crates (default: a new temp dir, removed after)")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--check-against", metavar="OUT_DIR", help="compare the generated specs with build.rs's and exit")
    args = parser.parse_args()

    sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    profiles = [p for p in args.profiles.split(",") if p]
    kinds = [k for k in args.kinds.split(",") if k]

    if args.check_against:
        status = 0
        for n in sizes:
            theirs = Path(args.check_against) / f"synthetic_{n}.yaml"
            if not theirs.exists():
                continue
            same = theirs.read_text() == spec_yaml(n, synthetic(n))
            print(f"synthetic_{n}.yaml: {'identical' if same else 'DIFFERENT'}")
            status |= 0 if same else 1
        return status

    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="errcodes-compile-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"# workdir {workdir}", file=sys.stderr)
    results: list[dict] = []
    try:
        for kind in kinds:
            target = workdir / f"target-{kind}"
            for n in sizes:
                if kind != "errcodes" and n > DERIVE_LIMIT and not args.force:
                    results.extend({"kind": kind, "n": n, "profile": p, "skipped": True} for p in profiles)
                    continue
                codes = synthetic(n)
                directory = workdir / f"{kind}_{n}"
                write_crate(directory, kind, n, codes)
                for profile in profiles:
                    print(f"# {kind} N={n} {profile}: building dependencies", file=sys.stderr)
                    try:
                        prebuild(directory, target, profile, args.timeout)
                    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
                        results.append({"kind": kind, "n": n, "profile": profile, "runs": [], "error": str(error)})
                        continue
                    noop = noop_build(directory, target, profile)
                    runs = []
                    for run in range(args.runs):
                        touch(directory / "src" / "lib.rs")
                        load = os.getloadavg()[0]
                        result = timed_build(directory, target, profile, args.timeout)
                        result["load"] = load
                        runs.append(result)
                        print(f"#   run {run + 1}: {result}", file=sys.stderr)
                        if "error" in result:
                            break
                    results.append({"kind": kind, "n": n, "profile": profile, "runs": runs, "noop": noop})
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    print_report(results, sizes, kinds, profiles)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


def summarize(entry: dict) -> dict | None:
    runs = [run for run in entry.get("runs", []) if "error" not in run]
    if not runs or len(runs) < len(entry.get("runs", [])):
        return None
    walls = [run["wall"] for run in runs]
    macros = [run["macro_ms"] for run in runs if "macro_ms" in run]
    return {
        "median": statistics.median(walls),
        "min": min(walls),
        "max": max(walls),
        "peak": max(run["peak_mb"] for run in runs),
        "macro": statistics.median(macros) if macros else None,
        "load": statistics.median(run["load"] for run in runs),
        "count": len(runs),
    }


def print_report(results: list[dict], sizes: list[int], kinds: list[str], profiles: list[str]) -> None:
    print("| crate | profile | codes | runs | median s | min-max s | peak MB | macro expansion ms | cargo no-op s | load avg |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    medians: dict = {}
    for entry in results:
        kind, n, profile = entry["kind"], entry["n"], entry["profile"]
        if entry.get("skipped"):
            print(f"| {kind} | {profile} | {n} | - | skipped (known to blow up; --force builds it) | | | | | |")
            continue
        summary = summarize(entry)
        if summary is None:
            errors = [run.get("error", "") for run in entry.get("runs", [])] + [entry.get("error", "")]
            reason = next((e for e in errors if e), "failed").splitlines()[0]
            peak = max((run.get("peak_mb", 0) for run in entry.get("runs", [])), default=0)
            print(f"| {kind} | {profile} | {n} | - | FAILED: {reason} | | {peak:.0f} | | | |")
            continue
        medians[(kind, profile, n)] = summary["median"]
        macro = f"{summary['macro']:.0f}" if summary["macro"] is not None else "-"
        print(
            f"| {kind} | {profile} | {n} | {summary['count']} | {fmt_seconds(summary['median'])} | "
            f"{fmt_seconds(summary['min'])}-{fmt_seconds(summary['max'])} | {summary['peak']:.0f} | {macro} | "
            f"{entry['noop']:.2f} | {summary['load']:.2f} |"
        )
    print()
    if len(sizes) >= 2:
        small, big = sizes[-2], sizes[-1]
        print(f"Growth exponent log(t{big}/t{small}) / log({big}/{small}) (1.0 = linear):\n")
        print("| crate | profile | exponent |")
        print("|---|---|---:|")
        for kind in kinds:
            for profile in profiles:
                a, b = medians.get((kind, profile, small)), medians.get((kind, profile, big))
                value = f"{math.log(b / a) / math.log(big / small):.2f}" if a and b else "n/a"
                print(f"| {kind} | {profile} | {value} |")
        macro_rows = []
        for profile in profiles:
            values = {}
            for entry in results:
                if entry["kind"] == "errcodes" and entry["profile"] == profile and not entry.get("skipped"):
                    summary = summarize(entry)
                    if summary and summary["macro"]:
                        values[entry["n"]] = summary["macro"]
            if small in values and big in values:
                exponent = math.log(values[big] / values[small]) / math.log(big / small)
                macro_rows.append(f"| errcodes macro expansion | {profile} | {exponent:.2f} |")
        if macro_rows:
            print("\n".join(macro_rows))


if __name__ == "__main__":
    sys.exit(main())
