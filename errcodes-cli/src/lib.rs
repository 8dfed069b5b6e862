//! The `errcodes` command: look a code up in the shipped catalogs, check, diff and export
//! specs, print the spec schema, and import a vendor's error-code page into a spec.
//!
//! Every subcommand is a module with a `run` function that turns its arguments into an
//! [`Output`] (what goes to stdout and stderr, and the exit status); [`run`] parses the
//! command line ([`cli`]) and writes the output. Specs are read, validated and modelled by
//! `errcodes-codegen`, the library behind `include_errcodes!`, so the command and the macro
//! never disagree about a spec.
//!
//! Exit status: 0 on success; 1 when the answer is "no" (a spec has problems, a code is
//! listed nowhere, `diff --fail-on` matched a change); 2 when the command could not do its
//! job (bad arguments, an unreadable or invalid input).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod check;
pub mod cli;
pub mod diff;
pub mod export;
pub mod import;
pub mod lookup;
mod output;
pub mod specs;

pub use output::Output;

/// Runs the command line `args` (the program name first) and returns the exit status.
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    cli::run(args).write()
}
