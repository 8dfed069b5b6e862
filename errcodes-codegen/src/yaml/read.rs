//! Turning a YAML document into the model, one problem at a time but all of them reported:
//! the document, its catalog metadata, enums, layouts and sections. Entries are read in
//! `entry`.

use super::entry::entry;
use super::fields::{Expected, Fields};
use super::Node;
use crate::diagnostics::{quote, Diagnostic, Diagnostics, Origin};
use crate::model::{
    Catalog, CodeKind, CodeSpace, Layout, Meta, RowDefaults, Section, Value, DEFAULT_CATCH_ALL,
};

const TOP_KEYS: &[&str] = &["catalog", "enums"];
const CATALOG_KEYS: &[&str] = &["title", "vendor", "source", "language", "notes"];
const ENUM_KEYS: &[&str] = &[
    "name",
    "doc",
    "kind",
    "separator",
    "unknown",
    "layout",
    "defaults",
    "entries",
    "sections",
];
const LAYOUT_KEYS: &[&str] = &["pattern", "fields"];
const DEFAULT_KEYS: &[&str] = &["billing", "retry", "success"];
const SECTION_KEYS: &[&str] = &["title", "doc", "defaults", "entries", "sections"];
/// Reads a whole spec document; whole-catalog checks are left to `model::validate`.
pub fn catalog(root: &Node, diagnostics: &mut Diagnostics) -> Catalog {
    let origin = Origin::root();
    let mut catalog = Catalog {
        meta: Meta::default(),
        enums: Vec::new(),
    };
    let Some(top) = Fields::new(root, &origin, "spec", TOP_KEYS, diagnostics) else {
        return catalog;
    };
    if let Some((node, origin)) = top.get("catalog") {
        catalog.meta = meta(node, &origin, diagnostics);
    }
    match top.list("enums", diagnostics) {
        Some(([], origin)) => diagnostics.push(
            Diagnostic::new(origin, "`enums` is empty")
                .subject("spec")
                .help("define at least one enum"),
        ),
        Some((items, origin)) => {
            for (index, item) in items.iter().enumerate() {
                if let Some(space) = code_space(item, &origin.index(index), diagnostics) {
                    catalog.enums.push(space);
                }
            }
        }
        None if !top.has("enums") => top.missing(
            "enums",
            "add `enums:`, a list of enums with their entries",
            diagnostics,
        ),
        None => {}
    }
    catalog
}

fn meta(node: &Node, origin: &Origin, diagnostics: &mut Diagnostics) -> Meta {
    let Some(fields) = Fields::new(node, origin, "catalog", CATALOG_KEYS, diagnostics) else {
        return Meta::default();
    };
    Meta {
        title: fields.string("title", diagnostics),
        vendor: fields.string("vendor", diagnostics),
        source: fields.string("source", diagnostics),
        language: fields.string("language", diagnostics),
        notes: fields.string("notes", diagnostics),
        origin: fields
            .get("title")
            .map_or_else(|| origin.clone(), |(_, at)| at),
    }
}

/// The row defaults below an enum or section: `inherited`, overridden by its `defaults`.
fn apply_defaults(
    mut inherited: RowDefaults,
    fields: &Fields<'_>,
    diagnostics: &mut Diagnostics,
) -> RowDefaults {
    let Some((node, origin)) = fields.get("defaults") else {
        return inherited;
    };
    let subject = format!("defaults of {}", fields.subject);
    if let Some(defaults) = Fields::new(node, &origin, subject, DEFAULT_KEYS, diagnostics) {
        if let Some(billing) = defaults.keyword("billing", diagnostics) {
            inherited.billing = billing;
        }
        if let Some(retry) = defaults.keyword("retry", diagnostics) {
            inherited.retry = retry;
        }
        if let Some(success) = defaults.boolean("success", diagnostics) {
            inherited.success = success;
        }
    }
    inherited
}

fn code_space(node: &Node, origin: &Origin, diagnostics: &mut Diagnostics) -> Option<CodeSpace> {
    let problems_before = diagnostics.count();
    let fields = Fields::named(node, origin, "enum", ENUM_KEYS, diagnostics)?;
    let ident = fields.required_string(
        "name",
        "add `name:`, the Rust name of the enum, e.g. `ApiCode`",
        diagnostics,
    );
    let (unknown, unknown_origin) = match fields.get("unknown") {
        Some((_, origin)) => (
            fields
                .string("unknown", diagnostics)
                .unwrap_or_else(|| DEFAULT_CATCH_ALL.to_owned()),
            origin,
        ),
        None => (DEFAULT_CATCH_ALL.to_owned(), origin.clone()),
    };
    let kind = fields.string("kind", diagnostics).map(|text| {
        CodeKind::from_keyword(&text).ok_or_else(|| {
            let origin = fields.origin_of("kind");
            diagnostics.push(CodeKind::invalid(origin, &text).subject(&fields.subject));
        })
    });
    let separator = fields
        .get("separator")
        .and_then(|(_, origin)| Some((fields.string("separator", diagnostics)?, origin)));
    let mut space = CodeSpace {
        ident: ident.unwrap_or_default(),
        doc: fields.string("doc", diagnostics),
        kind: match kind {
            Some(Ok(kind)) => kind,
            _ => CodeKind::Integer,
        },
        separator,
        unknown,
        unknown_origin,
        layout: fields
            .get("layout")
            .and_then(|(node, origin)| layout(node, &origin, &fields.subject, diagnostics)),
        sections: Vec::new(),
        rows: Vec::new(),
        variants: Vec::new(),
        origin: origin.clone(),
        complete: true,
    };
    let defaults = apply_defaults(RowDefaults::SPEC, &fields, diagnostics);
    contents(&fields, &mut space, &[], defaults, None, diagnostics);
    if let Some(Err(())) = kind {
        // An unreadable kind, already reported: take the kind of the first code, so that
        // the codes are not all reported as of the wrong kind too.
        if let Some(Value::Str(_)) = space.variants.first().map(|variant| &variant.value) {
            space.kind = CodeKind::String;
        }
    }
    space.complete = diagnostics.count() == problems_before;
    Some(space)
}

fn layout(
    node: &Node,
    origin: &Origin,
    subject: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Layout> {
    let fields = Fields::new(
        node,
        origin,
        format!("layout of {subject}"),
        LAYOUT_KEYS,
        diagnostics,
    )?;
    let pattern =
        fields.required_string("pattern", "add `pattern:`, e.g. `A-BB-CCC`", diagnostics)?;
    let mut names = Vec::new();
    if let Some((node, names_origin)) = fields.get("fields") {
        match node {
            Node::Map(pairs) => {
                for (letter, name) in pairs {
                    match (letter, name) {
                        (Node::Str(letter), Node::Str(name)) => {
                            names.push((letter.clone(), name.clone()));
                        }
                        _ => diagnostics.push(
                            Diagnostic::new(
                                names_origin.clone(),
                                "layout fields map a pattern letter to a name",
                            )
                            .subject(&fields.subject)
                            .help("write e.g. `fields: { A: level, B: module, C: number }`"),
                        ),
                    }
                }
            }
            other => fields.wrong_type(
                &names_origin,
                "fields",
                &Expected::Mapping,
                other,
                diagnostics,
            ),
        }
    }
    match Layout::parse(&pattern, &names) {
        Ok(layout) => Some(layout),
        Err(problem) => {
            diagnostics.push(
                Diagnostic::new(origin.key("pattern"), problem.to_string())
                    .subject(&fields.subject),
            );
            None
        }
    }
}

/// Reads the `entries` and nested `sections` of an enum or section.
fn contents(
    fields: &Fields<'_>,
    space: &mut CodeSpace,
    path: &[String],
    defaults: RowDefaults,
    section: Option<usize>,
    diagnostics: &mut Diagnostics,
) {
    if let Some((items, origin)) = fields.list("entries", diagnostics) {
        for (index, item) in items.iter().enumerate() {
            entry(
                item,
                &origin.index(index),
                space,
                defaults,
                section,
                diagnostics,
            );
        }
    }
    if let Some((items, origin)) = fields.list("sections", diagnostics) {
        for (index, item) in items.iter().enumerate() {
            nested_section(
                item,
                &origin.index(index),
                space,
                path,
                defaults,
                diagnostics,
            );
        }
    }
}

fn nested_section(
    node: &Node,
    origin: &Origin,
    space: &mut CodeSpace,
    parent: &[String],
    defaults: RowDefaults,
    diagnostics: &mut Diagnostics,
) {
    let Some(fields) = Fields::named(node, origin, "section", SECTION_KEYS, diagnostics) else {
        return;
    };
    let title = fields
        .required_string(
            "title",
            "add `title:`, the section heading as the document writes it",
            diagnostics,
        )
        .unwrap_or_default();
    let fields = fields.with_subject(format!("section {}", quote(&title)));
    let mut path = parent.to_vec();
    path.push(title);
    space.sections.push(Section {
        path: path.clone(),
        doc: fields.string("doc", diagnostics),
        origin: origin.clone(),
    });
    let index = space.sections.len() - 1;
    let defaults = apply_defaults(defaults, &fields, diagnostics);
    contents(&fields, space, &path, defaults, Some(index), diagnostics);
}
