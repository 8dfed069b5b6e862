//! One small page per import rule, checked from the outside: the spec read back with
//! `serde_yaml`, the YAML text where comments matter, and the report.

#[path = "../common/mod.rs"]
mod common;

mod billing;
mod codes;
mod columns;
mod grouping;
mod html;
mod names;
mod page;
mod report;
mod retry;
mod robustness;
