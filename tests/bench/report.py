#!/usr/bin/env python3
"""Tables of the runtime benchmarks (benches/runtime.rs, benches/strings.rs) from criterion's saved estimates.

Reads <criterion dir>/<group>/<implementation>/<size>/<baseline>/estimates.json for every
baseline named (one per `cargo bench ... -- --save-baseline NAME` run), divides criterion's
median time per iteration by the elements per iteration recorded beside it in
benchmark.json (--batch if none), and prints per group a markdown
table of ns per operation: the median over the runs, the min-max over the runs, and each
baseline's ratio to errcodes (baseline time / errcodes time; above 1 means errcodes is
faster).

Usage: python3 tests/bench/report.py [--dir target/criterion] [--batch 1024] run1 run2 run3
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

GROUPS = [
    "from_i64_known_cold",
    "from_i64_known_hot",
    "from_i64_unknown_cold",
    "from_i64_unknown_hot",
    "message",
    "display",
    "string_lookup",
]
ORDER = ["errcodes", "match", "num_enum", "strum", "phf", "hashmap", "sorted", "hash_once", "floor", "floor_identity", "floor_write_str", "floor_push_str"]


def elements(path: Path) -> int | None:
    """The elements per iteration criterion recorded for a benchmark (its throughput)."""
    if not path.exists():
        return None
    throughput = json.loads(path.read_text()).get("throughput") or {}
    return throughput.get("Elements")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default="target/criterion")
    parser.add_argument("--batch", type=int, default=1024)
    parser.add_argument("baselines", nargs="+")
    args = parser.parse_args()
    root = Path(args.dir)
    for group in GROUPS:
        data: dict[tuple[str, str], list[float]] = {}
        for implementation_dir in sorted((root / group).glob("*")):
            if not implementation_dir.is_dir() or implementation_dir.name == "report":
                continue
            for size_dir in implementation_dir.glob("*"):
                if not size_dir.is_dir() or size_dir.name == "report":
                    continue
                for baseline in args.baselines:
                    path = size_dir / baseline / "estimates.json"
                    if path.exists():
                        median = json.loads(path.read_text())["median"]["point_estimate"]
                        batch = elements(path.parent / "benchmark.json") or args.batch
                        data.setdefault((implementation_dir.name, size_dir.name), []).append(median / batch)
        if not data:
            continue
        implementations = [name for name in ORDER if any(key[0] == name for key in data)]
        implementations += sorted({key[0] for key in data} - set(implementations))
        # Synthetic sizes first, by size; then the shipped catalogs by name.
        sizes = sorted({key[1] for key in data}, key=lambda p: (0, int(p), "") if p.isdigit() else (1, 0, p))
        print(f"### {group} (ns per operation: median of {len(args.baselines)} runs, [min-max])\n")
        print("| catalog | " + " | ".join(implementations) + " |")
        print("|---:|" + "---:|" * len(implementations))
        for size in sizes:
            cells = []
            for name in implementations:
                values = data.get((name, size))
                if values:
                    cells.append(f"{statistics.median(values):.2f} [{min(values):.2f}-{max(values):.2f}]")
                else:
                    cells.append("-")
            print(f"| {size} | " + " | ".join(cells) + " |")
        others = [name for name in implementations if name != "errcodes" and not name.startswith("floor")]
        if "errcodes" in implementations and others:
            print(f"\nRatio baseline / errcodes ({group}):\n")
            print("| catalog | " + " | ".join(others) + " |")
            print("|---:|" + "---:|" * len(others))
            for size in sizes:
                mine = data.get(("errcodes", size))
                cells = []
                for name in others:
                    theirs = data.get((name, size))
                    if mine and theirs:
                        cells.append(f"{statistics.median(theirs) / statistics.median(mine):.2f}x")
                    else:
                        cells.append("-")
                print(f"| {size} | " + " | ".join(cells) + " |")
        if "errcodes" in implementations and "floor" in implementations:
            print(f"\nerrcodes / floor ({group}):\n")
            print("| catalog | errcodes / floor |")
            print("|---:|---:|")
            for size in sizes:
                mine, floor = data.get(("errcodes", size)), data.get(("floor", size))
                if mine and floor:
                    print(f"| {size} | {statistics.median(mine) / statistics.median(floor):.2f}x |")
        print()


if __name__ == "__main__":
    main()
