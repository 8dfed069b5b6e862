#!/usr/bin/env bash
# The published crates as users get them: package them, unpack the packages outside the
# workspace and build and test them from their own files only. The errcodes crates depend
# on each other through [patch.crates-io] pointing at the unpacked packages, so no file of
# the repository outside a package can be reached.
set -euo pipefail
cd "$(dirname "$0")/.."

crates=(errcodes-core errcodes-codegen errcodes-macros errcodes errcodes-cli)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo package --allow-dirty --no-verify --quiet $(printf -- '-p %s ' "${crates[@]}")
{
    echo '[workspace]'
    echo 'resolver = "2"'
    echo "members = [$(printf '"%s-'"$version"'", ' "${crates[@]}")]"
    echo
    echo '[patch.crates-io]'
    for crate in "${crates[@]}"; do
        listing=$(tar -tzf "target/package/$crate-$version.crate")
        for file in LICENSE-MIT LICENSE-APACHE README.md; do
            if ! grep -qx "$crate-$version/$file" <<<"$listing"; then
                echo "the package of $crate lacks $file" >&2
                exit 1
            fi
        done
        # Extracted files are dated now: cargo must not take old builds for these sources.
        tar -xzmf "target/package/$crate-$version.crate" -C "$work"
        echo "$crate = { path = \"$crate-$version\" }"
    done
} >"$work/Cargo.toml"
cp Cargo.lock "$work/"
# The workspace's target directory: dependencies already built there are reused.
CARGO_TARGET_DIR="$root/target/package-check" \
    cargo test --manifest-path "$work/Cargo.toml" --workspace --offline "$@"
