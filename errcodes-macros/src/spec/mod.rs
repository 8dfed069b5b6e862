//! The YAML front end: find the spec file, read it into the model, report problems.

mod fields;
mod read;
mod shipped;

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;

use crate::diag::{Diagnostic, Diagnostics, Origin, PathDisplay, Seg};
use crate::model::{self, Catalog};
use crate::yaml;

pub use shipped::SHIPPED;

/// Specs larger than this are refused before parsing; the largest real spec is a few hundred KiB.
pub const MAX_SPEC_BYTES: usize = 64 * 1024 * 1024;

/// A spec's text and where it came from.
pub struct Source {
    /// How messages name the file: the path as the user wrote it.
    pub name: String,
    /// The text.
    pub text: String,
    /// Absolute path of a file on disk, for rebuild tracking; `None` for shipped specs.
    pub file: Option<PathBuf>,
}

/// Finds `requested` relative to `manifest_dir`, then relative to `caller_dir` (the invoking
/// source file's directory), then among the shipped specs.
///
/// # Errors
/// Why no spec could be read, as a message for the user.
pub fn resolve(
    manifest_dir: &Path,
    caller_dir: Option<&Path>,
    requested: &str,
) -> Result<Source, String> {
    let mut file = manifest_dir.join(requested);
    if !file.exists() {
        if let Some(beside_caller) = caller_dir
            .map(|dir| dir.join(requested))
            .filter(|path| path.exists())
        {
            file = beside_caller;
        }
    }
    match std::fs::metadata(&file) {
        Ok(meta) if meta.is_dir() => {
            return Err(format!(
                "`{requested}` is a directory, not a spec file (looked at {})",
                file.display()
            ));
        }
        Ok(meta) if usize::try_from(meta.len()).map_or(true, |len| len > MAX_SPEC_BYTES) => {
            return Err(format!(
                "`{requested}` is {} bytes; specs are limited to {MAX_SPEC_BYTES} bytes",
                meta.len()
            ));
        }
        Ok(_) => {
            let bytes = std::fs::read(&file)
                .map_err(|error| format!("cannot read `{}`: {error}", file.display()))?;
            let text = utf8(requested, bytes)?;
            return Ok(Source {
                name: requested.to_owned(),
                text,
                file: Some(file),
            });
        }
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            return Err(format!("cannot read `{}`: {error}", file.display()));
        }
        Err(_) => {}
    }
    if let Some((name, text)) = SHIPPED.iter().find(|(name, _)| *name == requested) {
        return Ok(Source {
            name: format!("{name} (shipped with errcodes)"),
            text: (*text).to_owned(),
            file: None,
        });
    }
    let shipped: Vec<&str> = SHIPPED.iter().map(|(name, _)| *name).collect();
    Err(format!(
        "spec `{requested}` not found\n  = help: paths are relative to the directory of the crate's Cargo.toml or of the invoking source file; specs shipped with errcodes: {}",
        shipped.join(", ")
    ))
}

#[allow(clippy::naive_bytecount, reason = "runs once, on the error path")]
fn utf8(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let valid = &error.as_bytes()[..at];
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |newline| newline + 1);
        let line = valid[..line_start].iter().filter(|&&b| b == b'\n').count() + 1;
        // Columns count characters, as the YAML positions do.
        let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
        format!("{name}:{line}:{column}: the spec is not valid UTF-8 (byte {at})\n  = help: save the file as UTF-8")
    })
}

/// Parses, reads and validates a spec's text.
///
/// # Errors
/// Every problem found.
#[cfg(test)]
pub fn load(text: &str) -> Result<Catalog, Diagnostics> {
    let (catalog, diagnostics) = load_partial(text);
    match catalog {
        Some(catalog) => diagnostics.finish(catalog),
        None => Err(diagnostics),
    }
}

/// Like [`load`], but keeps whatever catalog could be read alongside the problems.
pub fn load_partial(text: &str) -> (Option<Catalog>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let root = match yaml::parse(text) {
        Ok(root) => root,
        Err(error) => {
            let help = if error.message.contains("duplicate entry") {
                "a key may appear once per mapping: remove or rename one of the two"
            } else if error.message.contains("out of range") {
                "write the code as an integer in the range of i64"
            } else {
                "fix the YAML syntax; the spec format is described in specs/README.md"
            };
            let mut diagnostic =
                Diagnostic::new(Origin::root(), format!("YAML: {}", error.message)).help(help);
            diagnostic.subject = error
                .location
                .map(|at| format!("@{}:{}", at.line, at.column))
                .unwrap_or_default();
            diagnostics.push(diagnostic);
            return (None, diagnostics);
        }
    };
    let catalog = read::catalog(&root, &mut diagnostics);
    diagnostics.extend(model::validate(&catalog));
    (Some(catalog), diagnostics)
}

/// The enums of `catalog` that no problem concerns, so that one broken enum does not take
/// the others down with it (code using them would otherwise fail too). Nothing survives a
/// problem outside any enum, nor a dropped (uncounted) one.
pub fn untouched_enums(mut catalog: Catalog, diagnostics: &Diagnostics) -> Catalog {
    let enum_of = |origin: &Origin| match origin {
        Origin::Node(path) => match path.as_slice() {
            [Seg::Key(key), Seg::Index(index), ..] if key == "enums" => Some(*index),
            _ => None,
        },
        Origin::Span(_) => None,
    };
    let mut broken = Vec::new();
    for diagnostic in diagnostics.iter() {
        let Some(index) = enum_of(&diagnostic.origin) else {
            catalog.enums.clear();
            return catalog;
        };
        broken.push(index);
    }
    if diagnostics.dropped() > 0 {
        catalog.enums.clear();
    }
    catalog
        .enums
        .retain(|space| enum_of(&space.origin).is_some_and(|index| !broken.contains(&index)));
    catalog
}

/// How many bytes of spec text may be parsed again to find the positions of problems.
///
/// Locating a problem re-reads the document (see `yaml::locate`), so a huge spec with many
/// problems would take minutes. Within this budget problems get `line:column`; past it they
/// get their path in the document (`enums[0].entries[4711]`), which is as precise.
pub const LOCATE_BUDGET_BYTES: usize = 16 * 1024 * 1024;

/// Renders every problem, locating as many as the budget allows.
pub fn render_all(source: &Source, diagnostics: &Diagnostics) -> Vec<String> {
    let mut budget = LOCATE_BUDGET_BYTES;
    diagnostics
        .iter()
        .map(|diagnostic| {
            let locate = budget >= source.text.len();
            if locate {
                budget -= source.text.len();
            }
            render(source, diagnostic, locate)
        })
        .collect()
}

/// Renders a problem as `file:line:column: subject: message`, or with its document path
/// instead of `line:column` when `locate` is false or the node cannot be found.
pub fn render(source: &Source, diagnostic: &Diagnostic, locate: bool) -> String {
    // A syntax error carries its parser position in the subject slot (`@line:column`).
    if let Some(position) = diagnostic.subject.strip_prefix('@') {
        let rest = Diagnostic {
            subject: String::new(),
            ..diagnostic.clone()
        };
        return format!("{}:{position}: {}", source.name, rest.text());
    }
    let Origin::Node(path) = &diagnostic.origin else {
        return format!("{}: {}", source.name, diagnostic.text());
    };
    let at = if locate {
        yaml::locate(&source.text, path)
    } else {
        None
    };
    match at {
        Some(at) => format!(
            "{}:{}:{}: {}",
            source.name,
            at.line,
            at.column,
            diagnostic.text()
        ),
        None => format!(
            "{} ({}): {}",
            source.name,
            PathDisplay(path),
            diagnostic.text()
        ),
    }
}

/// Everything `include_errcodes!` expands to, given its arguments.
pub fn include(
    literal: &syn::LitStr,
    krate: &TokenStream,
    caller_dir: Option<&Path>,
) -> TokenStream {
    let span = literal.span();
    let requested = literal.value();
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return error(
            span,
            "CARGO_MANIFEST_DIR is not set; include_errcodes! must be built by cargo",
        );
    };
    let source = match resolve(Path::new(&manifest_dir), caller_dir, &requested) {
        Ok(source) => source,
        Err(message) => return error(span, &message),
    };
    // Naming the file in `include_bytes!` makes cargo rebuild the crate when the spec changes.
    let track = source
        .file
        .as_ref()
        .and_then(|file| file.to_str())
        .map(|file| {
            quote_spanned! {span=> const _: &[u8] = ::core::include_bytes!(#file); }
        });
    let started = std::time::Instant::now();
    match load_partial(&source.text) {
        (Some(catalog), diagnostics) if diagnostics.is_empty() => {
            let items = crate::expand::catalog(&catalog, krate, span);
            report_timing(&source, &catalog, started);
            quote_spanned! {span=> #track #items }
        }
        (catalog, diagnostics) => {
            let survivors = catalog.map(|catalog| untouched_enums(catalog, &diagnostics));
            let items = survivors.map(|catalog| crate::expand::catalog(&catalog, krate, span));
            let mut errors: TokenStream = render_all(&source, &diagnostics)
                .iter()
                .map(|message| error(span, message))
                .collect();
            if diagnostics.dropped() > 0 {
                let more = format!(
                    "{}: {} more problems not shown",
                    source.name,
                    diagnostics.dropped()
                );
                errors.extend(error(span, &more));
            }
            quote_spanned! {span=> #track #errors #items }
        }
    }
}

/// With `ERRCODES_TIMINGS` set in the environment, prints how long the macro's own work took
/// (read, parse, validate, expand), for the compile-time benchmark.
fn report_timing(source: &Source, catalog: &Catalog, started: std::time::Instant) {
    if std::env::var_os("ERRCODES_TIMINGS").is_some() {
        let codes: usize = catalog.enums.iter().map(|space| space.variants.len()).sum();
        let micros = started.elapsed().as_micros();
        eprintln!(
            "errcodes-timing: {} codes={codes} bytes={} expand_us={micros}",
            source.name,
            source.text.len()
        );
    }
}

fn error(span: Span, message: &str) -> TokenStream {
    quote_spanned! {span=> ::core::compile_error!(#message); }
}
