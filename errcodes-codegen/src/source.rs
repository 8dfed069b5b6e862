//! Finding and reading a spec: where `include_errcodes!("x.yaml")` looks, the specs shipped
//! with errcodes, the size limit and the UTF-8 check.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Location, Origin};

/// Specs larger than this are refused before parsing; the largest real spec is a few hundred KiB.
pub const MAX_SPEC_BYTES: usize = 64 * 1024 * 1024;

/// `(file name, text)` of every spec shipped with errcodes, compiled in so that any crate
/// can include them by name. `errcodes-codegen/specs` links to the workspace's `specs/`,
/// so the files are part of this package when it is published.
pub const SHIPPED: &[(&str, &str)] = &[
    ("huiyan.yaml", include_str!("../specs/huiyan.yaml")),
    (
        "huiyan_common.yaml",
        include_str!("../specs/huiyan_common.yaml"),
    ),
    ("oauth.yaml", include_str!("../specs/oauth.yaml")),
    (
        "open_platform.yaml",
        include_str!("../specs/open_platform.yaml"),
    ),
    (
        "risk_control.yaml",
        include_str!("../specs/risk_control.yaml"),
    ),
    (
        "tencent_cloud.yaml",
        include_str!("../specs/tencent_cloud.yaml"),
    ),
];

/// A spec's text and where it came from.
#[derive(Clone, Debug)]
pub struct Source {
    /// How messages name the spec: the path as the user wrote it.
    pub name: String,
    /// The text.
    pub text: String,
    /// The file on disk, for rebuild tracking; `None` for shipped specs and text given
    /// directly.
    pub file: Option<PathBuf>,
}

impl Source {
    /// A spec given as text, named `name` in messages.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
            file: None,
        }
    }

    /// A spec given as bytes, named `name` in messages.
    ///
    /// # Errors
    /// Bytes that are not UTF-8, with the line and column of the first bad one.
    pub fn from_bytes(name: impl Into<String>, bytes: Vec<u8>) -> Result<Source, Diagnostic> {
        Ok(Source::from_text(name, utf8(bytes)?))
    }

    /// Reads the spec file at `path`, named in messages as `path` is written.
    ///
    /// # Errors
    /// A missing, unreadable or oversized file, anything that is not a regular file (a
    /// directory, a device, a pipe), or text that is not UTF-8.
    pub fn read(path: &Path) -> Result<Source, Diagnostic> {
        let name = path.display().to_string();
        match std::fs::metadata(path) {
            Ok(meta) => read_file(&name, path, &meta),
            Err(error) => Err(Diagnostic::new(
                Origin::Spec,
                format!("cannot read `{name}`: {error}"),
            )),
        }
    }

    /// Finds the spec `requested` by the lookup order of `include_errcodes!`: relative to
    /// `manifest_dir` (the invoking crate's directory), then relative to `caller_dir` (the
    /// invoking source file's directory), then among the [`SHIPPED`] specs.
    ///
    /// Directories may be relative to the working directory (rustc names the invoking file
    /// relative to its own); the file found is always absolute, so that naming it for
    /// rebuild tracking works from any source file.
    ///
    /// # Errors
    /// Why no spec could be read; when none was found, every place that was tried.
    pub fn find(
        requested: &str,
        manifest_dir: &Path,
        caller_dir: Option<&Path>,
    ) -> Result<Source, Diagnostic> {
        let mut dirs: Vec<PathBuf> = Vec::with_capacity(2);
        for dir in [Some(manifest_dir), caller_dir].into_iter().flatten() {
            let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
        }
        for dir in &dirs {
            let file = dir.join(requested);
            match std::fs::metadata(&file) {
                Ok(meta) => return read_file(requested, &file, &meta),
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                    return Err(Diagnostic::new(
                        Origin::Spec,
                        format!("cannot read `{}`: {error}", file.display()),
                    ));
                }
                Err(_) => {}
            }
        }
        if let Some((name, text)) = SHIPPED.iter().find(|(name, _)| *name == requested) {
            return Ok(Source::from_text(
                format!("{name} (shipped with errcodes)"),
                *text,
            ));
        }
        Err(not_found(requested, &dirs))
    }
}

/// Why `requested` was found nowhere: the places tried, in order, and the other YAML
/// extension when a file or shipped spec has it.
fn not_found(requested: &str, dirs: &[PathBuf]) -> Diagnostic {
    let shipped: Vec<&str> = SHIPPED.iter().map(|(name, _)| *name).collect();
    let meant = other_extension(requested).filter(|other| {
        shipped.contains(&other.as_str()) || dirs.iter().any(|dir| dir.join(other).is_file())
    });
    let did_you_mean = meant.map_or_else(String::new, |other| format!("did you mean `{other}`? "));
    let tried: Vec<String> = dirs
        .iter()
        .map(|dir| dir.join(requested).display().to_string())
        .collect();
    Diagnostic::new(Origin::Spec, format!("spec `{requested}` not found")).help(format!(
        "{did_you_mean}looked for {}, then among the specs shipped with errcodes ({})",
        tried.join(", then "),
        shipped.join(", ")
    ))
}

/// The same path with the other of YAML's two extensions: `x.yaml` for `x.yml` and back.
fn other_extension(requested: &str) -> Option<String> {
    let path = Path::new(requested);
    let other = match path.extension()?.to_str()? {
        "yml" => "yaml",
        "yaml" => "yml",
        _ => return None,
    };
    path.with_extension(other).to_str().map(str::to_owned)
}

/// Reads the file `file` (of metadata `meta`), named `name` in messages.
///
/// Only regular files are read: a device or a pipe reports a size of 0 and may never end
/// (`/dev/zero`) or block until someone writes (a named pipe). The size limit is enforced
/// on the bytes actually read, not only on the size the file system reports.
fn read_file(name: &str, file: &Path, meta: &std::fs::Metadata) -> Result<Source, Diagnostic> {
    let refuse = |what: &str| {
        Diagnostic::new(
            Origin::Spec,
            format!(
                "`{name}` is {what}, not a spec file (looked at {})",
                file.display()
            ),
        )
    };
    if meta.is_dir() {
        return Err(refuse("a directory"));
    }
    if !meta.is_file() {
        return Err(refuse("not a regular file (a device, pipe or socket)")
            .help("point the macro at a YAML file"));
    }
    let too_large = |size: &dyn std::fmt::Display| {
        Diagnostic::new(
            Origin::Spec,
            format!("`{name}` is {size} bytes; specs are limited to {MAX_SPEC_BYTES} bytes"),
        )
    };
    if usize::try_from(meta.len()).map_or(true, |len| len > MAX_SPEC_BYTES) {
        return Err(too_large(&meta.len()));
    }
    let cannot_read = |error: std::io::Error| {
        Diagnostic::new(
            Origin::Spec,
            format!("cannot read `{}`: {error}", file.display()),
        )
    };
    // One byte more than the limit tells a file at the limit from one past it.
    let limit = u64::try_from(MAX_SPEC_BYTES).map_or(u64::MAX, |max| max + 1);
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|opened| opened.take(limit).read_to_end(&mut bytes))
        .map_err(cannot_read)?;
    if bytes.len() > MAX_SPEC_BYTES {
        return Err(too_large(&format_args!("more than {MAX_SPEC_BYTES}")));
    }
    Ok(Source {
        name: name.to_owned(),
        text: utf8(bytes)?,
        file: Some(file.to_path_buf()),
    })
}

#[allow(clippy::naive_bytecount, reason = "runs once, on the error path")]
fn utf8(bytes: Vec<u8>) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let valid = &error.as_bytes()[..at];
        let line_start = valid
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |newline| newline + 1);
        let line = valid[..line_start].iter().filter(|&&b| b == b'\n').count() + 1;
        // Columns count characters, as the YAML positions do.
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        Diagnostic::new(
            Origin::Text(Location { line, column }),
            format!("the spec is not valid UTF-8 (byte {at})"),
        )
        .help("save the file as UTF-8")
    })
}
