//! Generates a large spec for the stress tests: far past the seeds' sizes, with aliases,
//! ranges, negative and extreme codes, so that the table-driven paths used by large
//! enums (no per-code `match`, not `const`) are tested like the small ones.

use std::fmt::Write as _;
use std::path::PathBuf;

/// Rows of the generated spec; each has one code, every tenth an alias too.
const ROWS: i64 = 4_000;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut spec = String::from("catalog: { title: Stress catalog, language: zh-CN }\nenums:\n  - name: StressCode\n    entries:\n");
    for row in 0..ROWS {
        // Sparse codes in the shapes real catalogs have: negatives, small, six and eight digits.
        let code = match row % 4 {
            0 => -row - 1,
            1 => row,
            2 => 100_000 + row * 37,
            _ => 66_660_000 + row * 101,
        };
        let retry = [
            "never",
            "transient",
            "throttled",
            "user_action",
            "refresh_credentials",
        ][usize::try_from(row % 5).unwrap()];
        let billing = ["charged", "free", "unspecified"][usize::try_from(row % 3).unwrap()];
        let _ = writeln!(
            spec,
            "      - {{ name: Code{row}, code: {code}, message: \"消息 {row}\", message_en: \"message {row}\", retry: {retry}, billing: {billing} }}"
        );
        if row % 10 == 0 {
            let alias = 900_000_000 + row;
            let _ = writeln!(spec, "        # alias\n      - {{ name: Row{row}Head, code: {}, message: \"头 {row}\", aliases: [{{ code: {alias}, name: Row{row}Alias }}] }}", 800_000_000 + row);
        }
    }
    spec.push_str("      - { name: Lowest, code: -9223372036854775808, message: 最小 }\n");
    spec.push_str("      - { name: Highest, code: 9223372036854775807, message: 最大 }\n");
    spec.push_str("      - { name: Band, range: [1000000000, 1000000999], message: 区间 }\n");
    let spec_path = out.join("stress.yaml");
    std::fs::write(&spec_path, spec).expect("OUT_DIR is writable");
    let path = spec_path.to_str().expect("OUT_DIR is UTF-8");
    std::fs::write(
        out.join("stress.rs"),
        format!("::errcodes::include_errcodes!({path:?});\n"),
    )
    .expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
}
