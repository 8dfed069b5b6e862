//! Looks codes up in the shipped catalogs.
//!
//! ```sh
//! cargo run -p errcodes --example lookup -- huiyan 2016   # a code in every enum of a catalog
//! cargo run -p errcodes --example lookup -- --json        # every shipped catalog as JSON
//! ```

use std::fmt::Write as _;
use std::process::ExitCode;

use errcodes::{ErrorCode, Retry};
use serde_json::{json, Value};

/// One shipped enum, type-erased so the catalogs can be listed in a table.
struct Enum {
    name: &'static str,
    describe: fn(i64) -> Option<String>,
    entries: fn() -> Vec<Value>,
}

fn enum_of<E: ErrorCode>() -> Enum {
    Enum {
        name: E::CODE_SPACE.name,
        describe: describe::<E>,
        entries: entries::<E>,
    }
}

/// The shipped catalogs: module name and enums.
fn catalogs() -> Vec<(&'static str, Vec<Enum>)> {
    use errcodes::{huiyan, huiyan_common, oauth, open_platform, risk_control};
    vec![
        (
            "huiyan",
            vec![
                enum_of::<huiyan::WechatCode>(),
                enum_of::<huiyan::SdkCode>(),
                enum_of::<huiyan::IntentionCode>(),
                enum_of::<huiyan::NfcServerCode>(),
                enum_of::<huiyan::NfcTerminalCode>(),
                enum_of::<huiyan::DeviceInfoLevel>(),
                enum_of::<huiyan::RiskInfoLevel>(),
                enum_of::<huiyan::DeviceRiskTag>(),
                enum_of::<huiyan::IdentityRiskTag>(),
            ],
        ),
        (
            "huiyan_common",
            vec![enum_of::<huiyan_common::CommonCode>()],
        ),
        (
            "open_platform",
            vec![enum_of::<open_platform::OpenPlatformCode>()],
        ),
        (
            "oauth",
            vec![enum_of::<oauth::AuthCode>(), enum_of::<oauth::ApiCode>()],
        ),
        (
            "risk_control",
            vec![
                enum_of::<risk_control::AccessErrorCode>(),
                enum_of::<risk_control::RiskCode>(),
            ],
        ),
    ]
}

fn retry_text(retry: Retry) -> String {
    let verdict = if retry.is_retryable() {
        "retryable"
    } else {
        "not retryable"
    };
    format!("{retry} ({verdict})")
}

/// Everything known about `code` in `E`, or `None` if `E` does not list it.
fn describe<E: ErrorCode>(code: i64) -> Option<String> {
    let value = E::from_code(code);
    let entry = value.entry()?;
    let mut lines = vec![format!("{}::{} ({code})", E::CODE_SPACE.name, value.name())];
    let mut field = |label: &str, text: Option<String>| {
        if let Some(text) = text {
            lines.push(format!(
                "  {label:<12}{}",
                text.replace('\n', "\n              ")
            ));
        }
    };
    field("message", Some(entry.message.to_owned()));
    field("message_en", entry.message_en.map(str::to_owned));
    field("vendor_en", entry.vendor_en.map(str::to_owned));
    field("section", entry.section.map(ToString::to_string));
    field("written as", entry.as_written.map(str::to_owned));
    field("description", entry.description.map(str::to_owned));
    field("remedy", entry.remedy.map(str::to_owned));
    let mut billing = entry.billing.to_string();
    for period in entry.billing_history {
        let _ = write!(billing, "; before {}: {}", period.until, period.billing);
    }
    field("billing", Some(billing));
    field("retry", Some(retry_text(entry.retry)));
    if entry.success {
        field("success", Some("yes".to_owned()));
    }
    Some(lines.join("\n"))
}

/// The rows of `E` as JSON, each with all of its codes.
fn entries<E: ErrorCode>() -> Vec<Value> {
    let mut rows: Vec<(errcodes::Entry, usize, Vec<E>)> = Vec::new();
    for &variant in E::VARIANTS {
        let row = variant.row().expect("listed variants have rows");
        match rows.iter_mut().find(|(_, seen, _)| *seen == row) {
            Some((_, _, variants)) => variants.push(variant),
            None => rows.push((
                variant.entry().expect("listed variants have rows"),
                row,
                vec![variant],
            )),
        }
    }
    rows.into_iter()
        .map(|(entry, _, variants)| {
            let codes: Vec<i64> = variants
                .iter()
                .flat_map(|variant| {
                    variant
                        .range()
                        .map_or_else(|| vec![variant.code()], Iterator::collect)
                })
                .collect();
            json!({
                "name": variants[0].name(),
                "names": variants.iter().map(|variant| variant.name()).collect::<Vec<_>>(),
                "codes": codes,
                "as_written": entry.as_written,
                "message": entry.message,
                "message_en": entry.message_en,
                "vendor_en": entry.vendor_en,
                "description": entry.description,
                "remedy": entry.remedy,
                "section": entry.section.map(ToString::to_string),
                "billable": entry.billing.as_bool(),
                "billing_history": entry.billing_history.iter().map(|period| json!({
                    "until": period.until.to_string(),
                    "billable": period.billing.as_bool(),
                })).collect::<Vec<_>>(),
                "retry": entry.retry.as_str(),
                "retryable": entry.retry.is_retryable(),
                "success": entry.success,
            })
        })
        .collect()
}

fn json_dump() -> Value {
    let mut list = Vec::new();
    for (catalog, enums) in catalogs() {
        for item in enums {
            list.push(
                json!({ "catalog": catalog, "enum": item.name, "entries": (item.entries)() }),
            );
        }
    }
    Value::Array(list)
}

fn usage() -> ExitCode {
    let names: Vec<&str> = catalogs().iter().map(|(name, _)| *name).collect();
    eprintln!(
        "usage: lookup <catalog> <code>   (catalogs: {})\n       lookup --json",
        names.join(", ")
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag] if flag == "--json" => {
            println!(
                "{}",
                serde_json::to_string_pretty(&json_dump()).expect("JSON values serialize")
            );
            ExitCode::SUCCESS
        }
        [catalog, code] => {
            let Ok(code) = code.parse::<i64>() else {
                eprintln!("`{code}` is not an integer code");
                return usage();
            };
            let Some((_, enums)) = catalogs().into_iter().find(|(name, _)| name == catalog) else {
                eprintln!("no shipped catalog `{catalog}`");
                return usage();
            };
            let mut unlisted = Vec::new();
            for item in &enums {
                match (item.describe)(code) {
                    Some(text) => println!("{text}\n"),
                    None => unlisted.push(item.name),
                }
            }
            if unlisted.len() == enums.len() {
                println!("unknown: {code} is not a code of any enum in catalog `{catalog}`");
                return ExitCode::FAILURE;
            }
            if !unlisted.is_empty() {
                println!("not listed in: {}", unlisted.join(", "));
            }
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}
