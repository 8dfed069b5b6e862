//! Fixtures shared by the workspace-level tests: enums generated from the specs in
//! `tests/specs/`.
#![no_std]
#![no_implicit_prelude]
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

/// The worked example of `specs/README.md`.
pub mod example {
    ::errcodes::include_errcodes!("specs/example.yaml");
}
