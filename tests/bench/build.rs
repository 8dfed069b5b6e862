//! Generates the synthetic catalogs and their baselines into `OUT_DIR`.
//!
//! For every size N of `ERRCODES_BENCH_SIZES` (comma-separated, default `300,3000`):
//!
//! - `synthetic_N.yaml`: an errcodes spec of N sparse codes spread over the blocks
//!   `-73..=-1`, `0..=17`, `201..=2018`, `100000..=251005`, `66660000..=66665001`;
//! - `codes_N.rs`: `CODES` and `MESSAGES` in spec order (ascending code), and `TableCode`,
//!   the value type of the table-based baselines (phf, `HashMap`, sorted array);
//! - `hand_N.rs`: a hand-written enum with `match` from `i64` and to the message;
//! - `num_N.rs`: the same enum with `num_enum` (`TryFromPrimitive`, `IntoPrimitive`) and
//!   `strum` (`EnumMessage`) derives;
//! - `phf_N.rs`: a `phf::Map<i64, u32>` from code to ordinal;
//! - the same catalog with string codes, hierarchical at `.` (`FailedOperation.InvalidParam201`):
//!   `str_synthetic_N.yaml`, `str_codes_N.rs` (`STR_CODES`), `str_hand_N.rs` (a `match` on
//!   `&str`), `str_strum_N.rs` (strum's `EnumString`) and `str_phf_N.rs` (a
//!   `phf::Map<&str, u32>`).
//!
//! `catalogs.rs` puts each size in a module `sN` and defines `for_each_size!`;
//! `errcodes_catalogs.rs` holds only the errcodes enums and the code lists (for tests).
//!
//! The hand-written `match` and `num_enum` are left out above `MAX_DERIVE_SIZE` codes: the
//! issue measured the match at over 277 s and num_enum out of 24 GB at 30,000 codes.
//! `ERRCODES_BENCH_FORCE_BASELINES=1` keeps them at every size.
//!
//! The same generator is written in Python in `scripts/compile_bench.py`; the two must agree.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Largest catalog for which the hand-written match and num_enum baselines are generated.
const MAX_DERIVE_SIZE: usize = 3_000;

/// The code blocks, inclusive, and the share of N each gets (the 4th takes the rest).
/// A block is never more than half full, so the codes stay sparse.
const BLOCKS: [(i64, i64, f64); 5] = [
    (-73, -1, 0.05),
    (0, 17, 0.03),
    (201, 2018, 0.20),
    (100_000, 251_005, 0.0),
    (66_660_000, 66_665_001, 0.20),
];
const REST_BLOCK: usize = 3;
const SECTION_TITLES: [&str; 5] = [
    "负数返回码",
    "通用返回码",
    "业务返回码",
    "SDK 返回码",
    "比对返回码",
];
const ADJ_EN: [&str; 8] = [
    "Invalid",
    "Missing",
    "Expired",
    "Unsupported",
    "Duplicate",
    "Forbidden",
    "Timeout",
    "Malformed",
];
const NOUN_EN: [&str; 8] = [
    "Param",
    "Token",
    "Image",
    "Request",
    "Signature",
    "Account",
    "Session",
    "Quota",
];
const ADJ_ZH: [&str; 8] = [
    "无效",
    "缺失",
    "已过期",
    "不支持",
    "重复",
    "被禁止",
    "超时",
    "格式错误",
];
const NOUN_ZH: [&str; 8] = [
    "参数", "令牌", "图片", "请求", "签名", "账号", "会话", "配额",
];

struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

struct Code {
    block: usize,
    code: i64,
    name: String,
    message: String,
    message_en: String,
    description: Option<String>,
    remedy: Option<String>,
    transient: bool,
}

/// How many of the N codes each block gets.
fn block_counts(n: usize) -> [usize; 5] {
    let mut counts = [0; 5];
    let mut taken = 0;
    for (index, &(lo, hi, share)) in BLOCKS.iter().enumerate() {
        if index == REST_BLOCK {
            continue;
        }
        let capacity = usize::try_from(hi - lo + 1).unwrap();
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        let wanted = (n as f64 * share).round() as usize;
        counts[index] = wanted.min(capacity / 2);
        taken += counts[index];
    }
    counts[REST_BLOCK] = n - taken;
    counts
}

/// The N synthetic codes, ascending.
fn synthetic(n: usize) -> Vec<Code> {
    let mut rng = Xorshift(0x2545_F491_4F6C_DD1D);
    let mut codes = Vec::with_capacity(n);
    for (block, (&(lo, hi, _), count)) in BLOCKS.iter().zip(block_counts(n)).enumerate() {
        let capacity = u64::try_from(hi - lo + 1).unwrap();
        let count = count as u64;
        for i in 0..count {
            let start = i * capacity / count;
            let next = (i + 1) * capacity / count;
            let code = lo + i64::try_from(start + rng.next() % (next - start)).unwrap();
            let index = codes.len();
            let (adj, noun) = (index % 8, (index / 8) % 8);
            let suffix = if code < 0 {
                format!("Neg{}", -code)
            } else {
                code.to_string()
            };
            codes.push(Code {
                block,
                code,
                name: format!("{}{}{suffix}", ADJ_EN[adj], NOUN_EN[noun]),
                message: format!("{}{}，请检查后重试（{code}）", NOUN_ZH[noun], ADJ_ZH[adj]),
                message_en: format!("{} {} ({code})", ADJ_EN[adj], NOUN_EN[noun].to_lowercase()),
                description: (index % 3 == 0)
                    .then(|| format!("请求中的{}{}。", NOUN_ZH[noun], ADJ_ZH[adj])),
                remedy: (index % 4 == 0).then(|| format!("检查{}后重新发起请求", NOUN_ZH[noun])),
                transient: index % 5 == 0,
            });
        }
    }
    assert_eq!(codes.len(), n);
    codes
}

fn quoted(text: &str) -> String {
    // Rust's Debug of these strings (no control characters, no quotes) is also valid YAML
    // double-quoted scalar syntax and a valid Rust literal.
    format!("{text:?}")
}

fn spec(n: usize, codes: &[Code]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "catalog:\n  title: Synthetic catalog of {n} codes\n  vendor: errcodes-bench\n  language: zh-CN\n");
    let _ = writeln!(
        out,
        "enums:\n  - name: SynthCode\n    doc: Synthetic codes for the benchmarks.\n    sections:"
    );
    for (block, title) in SECTION_TITLES.iter().enumerate() {
        let entries: Vec<&Code> = codes.iter().filter(|code| code.block == block).collect();
        if entries.is_empty() {
            continue;
        }
        let _ = writeln!(out, "      - title: {title}\n        entries:");
        for code in entries {
            let _ = writeln!(out, "          - name: {}", code.name);
            let _ = writeln!(out, "            code: {}", code.code);
            let _ = writeln!(out, "            message: {}", quoted(&code.message));
            let _ = writeln!(out, "            message_en: {}", quoted(&code.message_en));
            if let Some(text) = &code.description {
                let _ = writeln!(out, "            description: {}", quoted(text));
            }
            if let Some(text) = &code.remedy {
                let _ = writeln!(out, "            remedy: {}", quoted(text));
            }
            if code.transient {
                let _ = writeln!(out, "            retry: transient");
            }
        }
    }
    out
}

fn codes_rs(codes: &[Code]) -> String {
    let n = codes.len();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// The codes, ascending (spec order).\npub static CODES: [i64; {n}] = ["
    );
    for code in codes {
        let _ = writeln!(out, "    {},", code.code);
    }
    let floor_len = n.next_power_of_two().max(2);
    let _ = writeln!(
        out,
        "];\n/// The table of `floor_lookup`: {floor_len} slots.\npub static FLOOR_SLOTS: [u32; {floor_len}] = [{}];\nconst FLOOR_SHIFT: u32 = {};",
        (0..floor_len).map(|slot| (slot % n.max(1)).to_string()).collect::<Vec<_>>().join(", "),
        64 - floor_len.trailing_zeros()
    );
    let _ = writeln!(
        out,
        "/// The message of each code, by ordinal.\npub static MESSAGES: [&str; {n}] = ["
    );
    for code in codes {
        let _ = writeln!(out, "    {},", quoted(&code.message));
    }
    out.push_str(
        r#"];

/// What the table-based baselines (phf, HashMap, sorted array) map a code to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableCode {
    /// Index into `CODES` and `MESSAGES`.
    Known(u32),
    /// A code the catalog does not list.
    Unknown(i64),
}

impl TableCode {
    /// The message, or a fixed text for unknown codes.
    #[inline]
    pub fn message(self) -> &'static str {
        match self {
            Self::Known(ordinal) => MESSAGES[ordinal as usize],
            Self::Unknown(_) => "unknown error code",
        }
    }
}

impl ::core::fmt::Display for TableCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match *self {
            Self::Known(ordinal) => f.write_str(MESSAGES[ordinal as usize]),
            Self::Unknown(code) => write!(f, "unknown error code {code}"),
        }
    }
}

/// The floor of any hash lookup: one multiplicative hash and one load from a power-of-two
/// table as long as the catalog's (rounded up), no compare; the table is a static, as
/// generated code holds its tables, so the index needs no bounds check.
#[inline]
pub fn floor_lookup(code: i64) -> u32 {
    FLOOR_SLOTS[((code as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> FLOOR_SHIFT) as usize]
}

/// Sorted-array baseline: binary search over `CODES`.
#[inline]
pub fn sorted_lookup(code: i64) -> TableCode {
    match CODES.binary_search(&code) {
        Ok(ordinal) => TableCode::Known(ordinal as u32),
        Err(_) => TableCode::Unknown(code),
    }
}
"#,
    );
    out
}

fn hand_rs(codes: &[Code]) -> String {
    let mut out = String::new();
    out.push_str("/// Hand-written baseline: one `match` per direction.\n");
    out.push_str("#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]\npub enum HandCode {\n");
    for code in codes {
        let _ = writeln!(out, "    {},", code.name);
    }
    out.push_str("    Unknown(i64),\n}\n\nimpl ::core::convert::From<i64> for HandCode {\n    fn from(code: i64) -> Self {\n        match code {\n");
    for code in codes {
        let _ = writeln!(out, "            {} => Self::{},", code.code, code.name);
    }
    out.push_str("            _ => Self::Unknown(code),\n        }\n    }\n}\n\nimpl HandCode {\n");
    out.push_str(
        "    /// The integer code.\n    pub const fn code(self) -> i64 {\n        match self {\n",
    );
    for code in codes {
        let _ = writeln!(out, "            Self::{} => {},", code.name, code.code);
    }
    out.push_str("            Self::Unknown(code) => code,\n        }\n    }\n\n");
    out.push_str("    /// The message.\n    pub const fn message(self) -> &'static str {\n        match self {\n");
    for code in codes {
        let _ = writeln!(
            out,
            "            Self::{} => {},",
            code.name,
            quoted(&code.message)
        );
    }
    out.push_str(
        "            Self::Unknown(_) => \"unknown error code\",\n        }\n    }\n}\n\n",
    );
    out.push_str(
        r#"impl ::core::convert::From<HandCode> for i64 {
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
"#,
    );
    out
}

fn num_rs(codes: &[Code]) -> String {
    let mut out = String::new();
    out.push_str("/// Derive-based baseline: num_enum for the integer, strum for the message.\n");
    out.push_str("#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, ::num_enum::TryFromPrimitive, ::num_enum::IntoPrimitive, ::strum::EnumMessage)]\n#[repr(i64)]\npub enum NumCode {\n");
    for code in codes {
        let _ = writeln!(
            out,
            "    #[strum(message = {})]\n    {} = {},",
            quoted(&code.message),
            code.name,
            code.code
        );
    }
    out.push_str(
        r#"}

impl ::core::fmt::Display for NumCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(::strum::EnumMessage::get_message(self).unwrap_or(""))
    }
}
"#,
    );
    out
}

fn phf_rs(codes: &[Code]) -> String {
    let mut out = String::new();
    out.push_str("/// phf baseline: code to ordinal.\npub static MAP: ::phf::Map<i64, u32> = ::phf::phf_map! {\n");
    for (ordinal, code) in codes.iter().enumerate() {
        let _ = writeln!(out, "    {}i64 => {ordinal}u32,", code.code);
    }
    out.push_str("};\n");
    out
}

/// The first part of each block's string codes, as in Tencent Cloud API 3.0 codes.
const STR_GROUPS: [&str; 5] = [
    "AuthFailure",
    "FailedOperation",
    "InvalidParameter",
    "ResourceNotFound",
    "LimitExceeded",
];

/// The string code of a synthetic code: `Group.Name`.
fn str_code(code: &Code) -> String {
    format!("{}.{}", STR_GROUPS[code.block], code.name)
}

fn str_spec(n: usize, codes: &[Code]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "catalog:\n  title: Synthetic catalog of {n} string codes\n  vendor: errcodes-bench\n  language: zh-CN\n");
    let _ = writeln!(
        out,
        "enums:\n  - name: StrSynthCode\n    doc: Synthetic string codes for the benchmarks.\n    kind: string\n    separator: \".\"\n    sections:"
    );
    for (block, title) in SECTION_TITLES.iter().enumerate() {
        let entries: Vec<&Code> = codes.iter().filter(|code| code.block == block).collect();
        if entries.is_empty() {
            continue;
        }
        let _ = writeln!(out, "      - title: {title}\n        entries:");
        for code in entries {
            let _ = writeln!(out, "          - name: {}", code.name);
            let _ = writeln!(out, "            code: {}", quoted(&str_code(code)));
            let _ = writeln!(out, "            message: {}", quoted(&code.message));
            if code.transient {
                let _ = writeln!(out, "            retry: transient");
            }
        }
    }
    out
}

fn str_codes_rs(codes: &[Code]) -> String {
    let n = codes.len();
    let mut out =
        format!("/// The string codes, in spec order.\npub static STR_CODES: [&str; {n}] = [\n");
    for code in codes {
        let _ = writeln!(out, "    {},", quoted(&str_code(code)));
    }
    out.push_str("];\n");
    out
}

fn str_hand_rs(codes: &[Code]) -> String {
    let mut out = String::from("/// Hand-written baseline: a `match` on `&str`.\n#[derive(Clone, Copy, PartialEq, Eq, Debug)]\npub enum StrHandCode {\n");
    for code in codes {
        let _ = writeln!(out, "    {},", code.name);
    }
    out.push_str("    Unknown,\n}\n\nimpl StrHandCode {\n    /// The variant of `code`.\n    pub fn from_code(code: &str) -> Self {\n        match code {\n");
    for code in codes {
        let _ = writeln!(
            out,
            "            {} => Self::{},",
            quoted(&str_code(code)),
            code.name
        );
    }
    out.push_str("            _ => Self::Unknown,\n        }\n    }\n}\n");
    out
}

fn str_strum_rs(codes: &[Code]) -> String {
    let mut out = String::from("/// strum baseline: `EnumString`.\n#[derive(Clone, Copy, PartialEq, Eq, Debug, ::strum::EnumString)]\npub enum StrumCode {\n");
    for code in codes {
        let _ = writeln!(
            out,
            "    #[strum(serialize = {})]\n    {},",
            quoted(&str_code(code)),
            code.name
        );
    }
    out.push_str("}\n");
    out
}

fn str_phf_rs(codes: &[Code]) -> String {
    let mut out = String::from("/// phf baseline: string code to ordinal.\npub static STR_MAP: ::phf::Map<&'static str, u32> = ::phf::phf_map! {\n");
    for (ordinal, code) in codes.iter().enumerate() {
        let _ = writeln!(out, "    {} => {ordinal}u32,", quoted(&str_code(code)));
    }
    out.push_str("};\n");
    out
}

fn write_if_changed(path: &Path, text: &str) {
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).unwrap_or_else(|error| panic!("writing {}: {error}", path.display()));
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=ERRCODES_BENCH_SIZES");
    println!("cargo:rerun-if-env-changed=ERRCODES_BENCH_FORCE_BASELINES");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    let sizes_text = env::var("ERRCODES_BENCH_SIZES").unwrap_or_else(|_| "300,3000".to_owned());
    let mut sizes: Vec<usize> = sizes_text
        .split(',')
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(|text| {
            text.parse()
                .unwrap_or_else(|_| panic!("ERRCODES_BENCH_SIZES: `{text}` is not a size"))
        })
        .collect();
    sizes.sort_unstable();
    sizes.dedup();
    assert!(
        sizes.iter().all(|&n| n >= 1),
        "ERRCODES_BENCH_SIZES: sizes must be at least 1"
    );
    let force = env::var_os("ERRCODES_BENCH_FORCE_BASELINES").is_some_and(|value| value != "0");

    let mut full = String::new();
    let mut lean = String::new();
    let mut each_full = String::new();
    let mut each_lean = String::new();
    for &n in &sizes {
        let codes = synthetic(n);
        let spec_path = out.join(format!("synthetic_{n}.yaml"));
        write_if_changed(&spec_path, &spec(n, &codes));
        write_if_changed(&out.join(format!("codes_{n}.rs")), &codes_rs(&codes));
        write_if_changed(&out.join(format!("phf_{n}.rs")), &phf_rs(&codes));
        let str_spec_path = out.join(format!("str_synthetic_{n}.yaml"));
        write_if_changed(&str_spec_path, &str_spec(n, &codes));
        write_if_changed(
            &out.join(format!("str_codes_{n}.rs")),
            &str_codes_rs(&codes),
        );
        write_if_changed(&out.join(format!("str_phf_{n}.rs")), &str_phf_rs(&codes));
        let derives = force || n <= MAX_DERIVE_SIZE;
        if derives {
            write_if_changed(&out.join(format!("hand_{n}.rs")), &hand_rs(&codes));
            write_if_changed(&out.join(format!("num_{n}.rs")), &num_rs(&codes));
            write_if_changed(&out.join(format!("str_hand_{n}.rs")), &str_hand_rs(&codes));
            write_if_changed(
                &out.join(format!("str_strum_{n}.rs")),
                &str_strum_rs(&codes),
            );
        }
        let spec_literal = quoted(spec_path.to_str().expect("OUT_DIR is not UTF-8"));
        let str_spec_literal = quoted(str_spec_path.to_str().expect("OUT_DIR is not UTF-8"));
        let common = format!(
            "    pub const SIZE: usize = {n};\n    include!(concat!(env!(\"OUT_DIR\"), \"/codes_{n}.rs\"));\n    \
             include!(concat!(env!(\"OUT_DIR\"), \"/str_codes_{n}.rs\"));\n    \
             /// The errcodes enum of this size.\n    pub mod generated {{\n        ::errcodes::include_errcodes!({spec_literal});\n    }}\n    \
             pub use generated::SynthCode;\n    \
             /// The errcodes string enum of this size.\n    pub mod generated_str {{\n        ::errcodes::include_errcodes!({str_spec_literal});\n    }}\n    \
             pub use generated_str::StrSynthCode;\n"
        );
        let _ = writeln!(
            lean,
            "/// Synthetic catalog of {n} codes.\npub mod s{n} {{\n{common}}}"
        );
        let _ = write!(
            full,
            "/// Synthetic catalog of {n} codes and its baselines.\npub mod s{n} {{\n{common}"
        );
        let _ = writeln!(full, "    /// phf baseline.\n    pub mod phf_table {{\n        include!(concat!(env!(\"OUT_DIR\"), \"/phf_{n}.rs\"));\n    }}");
        let _ = writeln!(full, "    /// phf baseline of the string codes.\n    pub mod str_phf_table {{\n        include!(concat!(env!(\"OUT_DIR\"), \"/str_phf_{n}.rs\"));\n    }}");
        if derives {
            let _ = writeln!(full, "    /// Hand-written match baseline.\n    pub mod hand {{\n        include!(concat!(env!(\"OUT_DIR\"), \"/hand_{n}.rs\"));\n    }}");
            let _ = writeln!(full, "    /// num_enum + strum baseline.\n    pub mod num {{\n        include!(concat!(env!(\"OUT_DIR\"), \"/num_{n}.rs\"));\n    }}");
            let _ = writeln!(full, "    /// `match` on `&str` baseline.\n    pub mod str_hand {{\n        include!(concat!(env!(\"OUT_DIR\"), \"/str_hand_{n}.rs\"));\n    }}");
            let _ = writeln!(full, "    /// strum `EnumString` baseline.\n    pub mod str_strum {{\n        include!(concat!(env!(\"OUT_DIR\"), \"/str_strum_{n}.rs\"));\n    }}");
        }
        full.push_str("}\n");
        let extras = if derives { "[hand, num]" } else { "[]" };
        let _ = writeln!(each_full, "        $m!($($arg,)* s{n}, {n}, {extras});");
        let _ = writeln!(each_lean, "        $m!($($arg,)* s{n}, {n});");
    }
    let _ = write!(
        full,
        "/// Calls `$m!(args.., module, size, [baselines present])` for every size.\nmacro_rules! for_each_size {{\n    ($m:ident $(, $arg:tt)*) => {{\n{each_full}    }};\n}}\n"
    );
    let _ = write!(
        lean,
        "/// Calls `$m!(args.., module, size)` for every size.\nmacro_rules! for_each_size {{\n    ($m:ident $(, $arg:tt)*) => {{\n{each_lean}    }};\n}}\n"
    );
    write_if_changed(&out.join("catalogs.rs"), &full);
    write_if_changed(&out.join("errcodes_catalogs.rs"), &lean);
}
