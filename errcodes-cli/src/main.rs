//! The `errcodes` command; everything it does lives in the `errcodes_cli` library.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(errcodes_cli::run(std::env::args_os()))
}
