//! The specs a command works on: the catalogs shipped with errcodes
//! ([`errcodes_codegen::source::SHIPPED`]) or a spec file, loaded and validated by the same
//! pipeline as `include_errcodes!`.

use std::path::{Path, PathBuf};

use errcodes_codegen::model::Catalog;
use errcodes_codegen::source::SHIPPED;
use errcodes_codegen::{load, Diagnostics, Source};

use crate::check;
use crate::Output;

/// A spec loaded without problems.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The catalog's name: the file name without `.yaml` (`huiyan`).
    pub name: String,
    /// The spec's text and where it came from.
    pub source: Source,
    /// The model of the spec.
    pub catalog: Catalog,
}

/// Which specs to work on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Every shipped catalog.
    AllShipped,
    /// The shipped catalog of this name (`huiyan`).
    Shipped(String),
    /// A spec file.
    File(PathBuf),
}

/// The names of the shipped catalogs, in the order they are shipped.
pub fn shipped_names() -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().map(|(file, _)| catalog_name(file))
}

/// Loads the selected specs.
///
/// # Errors
/// The output to give instead (status 2): an unknown catalog name, an unreadable file, or a
/// spec with problems (shown as `errcodes check` shows them).
pub fn select(selection: &Selection) -> Result<Vec<Spec>, Output> {
    match selection {
        Selection::AllShipped => SHIPPED
            .iter()
            .map(|(file, text)| from_source(Source::from_text(*file, *text)))
            .collect(),
        Selection::Shipped(name) => {
            let Some((file, text)) = SHIPPED.iter().find(|(file, _)| catalog_name(file) == name)
            else {
                return Err(Output::trouble(format!(
                    "no shipped catalog `{name}`; the shipped catalogs are {}",
                    shipped_names().collect::<Vec<_>>().join(", ")
                )));
            };
            Ok(vec![from_source(Source::from_text(*file, *text))?])
        }
        Selection::File(path) => Ok(vec![file(path)?]),
    }
}

/// Loads the spec file at `path`.
///
/// # Errors
/// As [`select`].
pub fn file(path: &Path) -> Result<Spec, Output> {
    match Source::read(path) {
        Ok(source) => from_source(source),
        Err(diagnostic) => {
            let mut diagnostics = Diagnostics::new();
            diagnostics.push(diagnostic);
            Err(invalid(&path.display().to_string(), None, &diagnostics))
        }
    }
}

fn from_source(source: Source) -> Result<Spec, Output> {
    let (catalog, diagnostics) = load(&source);
    match catalog {
        Some(catalog) if diagnostics.is_empty() => Ok(Spec {
            name: catalog_name(&source.name).to_owned(),
            source,
            catalog,
        }),
        _ => Err(invalid(&source.name, Some(&source.text), &diagnostics)),
    }
}

fn invalid(name: &str, text: Option<&str>, diagnostics: &Diagnostics) -> Output {
    Output {
        stderr: check::human(name, text, diagnostics),
        status: 2,
        ..Output::default()
    }
}

/// `huiyan` for `huiyan.yaml` and `specs/huiyan.yml`: the file name without its directory
/// and its YAML extension.
pub fn catalog_name(file: &str) -> &str {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    base.strip_suffix(".yaml")
        .or_else(|| base.strip_suffix(".yml"))
        .unwrap_or(base)
}
