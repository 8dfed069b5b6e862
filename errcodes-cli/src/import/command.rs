//! `errcodes import PAGE [-o SPEC] [--columns ...]`: the page read, the spec written (to the
//! file or stdout), the report on stderr with every finding at its line of the page and the
//! summary last. The spec written is loaded back through `errcodes-codegen`, so a spec the
//! macro would refuse is never passed off as done.

use std::fmt::Write as _;
use std::path::Path;

use errcodes_codegen::{load, Source};

use super::{import, ColumnOverride, ImportOptions};
use crate::specs::catalog_name;
use crate::{check, Output};

/// Pages larger than this are refused; the largest vendor page we know is about 60 KiB.
pub const MAX_PAGE_BYTES: u64 = 16 * 1024 * 1024;

/// Imports the page at `page`; status 1 when no row reads as a code or when the spec
/// written has problems `errcodes check` would report.
pub fn run(page: &Path, output: Option<&Path>, columns: Option<&str>) -> Output {
    let name = page.display().to_string();
    let text = match read_page(page) {
        Ok(text) => text,
        Err(why) => return Output::trouble(format!("cannot import `{name}`: {why}")),
    };
    let mut options = ImportOptions::new(catalog_name(&name));
    if let Some(columns) = columns {
        match columns.parse::<ColumnOverride>() {
            Ok(columns) => options.columns = Some(columns),
            Err(error) => return Output::trouble(format!("--columns: {error}")),
        }
    }
    let imported = match import(&text, &options) {
        Ok(imported) => imported,
        Err(nothing) => {
            return Output {
                stderr: format!(
                    "{}\nerror: {name}: {nothing}\n",
                    located(&name, &nothing.report)
                ),
                status: 1,
                ..Output::default()
            }
        }
    };
    let mut result = Output {
        stderr: located(&name, &imported.report),
        ..Output::default()
    };
    let spec_name = output.map_or_else(|| "the spec".to_owned(), |path| path.display().to_string());
    let (_, diagnostics) = load(&Source::from_text(
        spec_name.as_str(),
        imported.spec.as_str(),
    ));
    if !diagnostics.is_empty() {
        result.status = 1;
        let _ = write!(
            result.stderr,
            "error: the spec written has problems to fix by hand:\n{}",
            check::human(&spec_name, Some(&imported.spec), &diagnostics)
        );
    }
    match output {
        Some(path) => {
            if let Err(error) = std::fs::write(path, &imported.spec) {
                return Output::trouble(format!("cannot write `{}`: {error}", path.display()));
            }
            let _ = writeln!(result.stderr, "wrote {}", path.display());
        }
        None => result.stdout = imported.spec,
    }
    result
}

/// The report with the page named before each finding (`page.md:57: not a code: ...`)
/// and the summary last.
fn located(name: &str, report: &super::Report) -> String {
    let mut text = String::new();
    for finding in &report.findings {
        let _ = writeln!(
            text,
            "{name}:{}: {}: {}",
            finding.line, finding.reason, finding.detail
        );
    }
    let _ = writeln!(text, "{name}: import summary: {}", report.summary);
    text
}

/// The page's text: a regular file of at most [`MAX_PAGE_BYTES`], in UTF-8.
fn read_page(page: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(page).map_err(|error| error.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".to_owned());
    }
    if meta.len() > MAX_PAGE_BYTES {
        return Err(format!(
            "{} bytes; pages are limited to {MAX_PAGE_BYTES}",
            meta.len()
        ));
    }
    let bytes = std::fs::read(page).map_err(|error| error.to_string())?;
    String::from_utf8(bytes).map_err(|error| {
        format!(
            "not UTF-8 (byte {}); save the page as UTF-8",
            error.utf8_error().valid_up_to()
        )
    })
}
