//! Turning a YAML document into the model, one problem at a time but all of them reported.

use super::fields::{integer, Fields};
use crate::diag::{Diagnostic, Diagnostics, Origin};
use crate::model::{
    Billing, BillingPeriod, Catalog, CodeSpace, Date, Layout, Meta, Retry, Row, Section, Value,
    Variant,
};
use crate::yaml::Node;

const TOP_KEYS: &[&str] = &["catalog", "enums"];
const CATALOG_KEYS: &[&str] = &["title", "vendor", "source", "language", "notes"];
const ENUM_KEYS: &[&str] = &[
    "name", "doc", "unknown", "layout", "defaults", "entries", "sections",
];
const LAYOUT_KEYS: &[&str] = &["pattern", "fields"];
const DEFAULT_KEYS: &[&str] = &["billing", "retry", "success"];
const SECTION_KEYS: &[&str] = &["title", "doc", "defaults", "entries", "sections"];
const ENTRY_KEYS: &[&str] = &[
    "name",
    "code",
    "range",
    "aliases",
    "as_written",
    "message",
    "message_en",
    "vendor_en",
    "description",
    "remedy",
    "billing",
    "billing_history",
    "retry",
    "success",
];
const ALIAS_KEYS: &[&str] = &["code", "name"];
const PERIOD_KEYS: &[&str] = &["until", "billing"];

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
    match top.get("catalog") {
        Some((node, origin)) => catalog.meta = meta(node, &origin, diagnostics),
        None => top.missing(
            "catalog",
            "add `catalog:` with at least a `title:`",
            diagnostics,
        ),
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
        title: fields
            .required_string(
                "title",
                "add `title:`, the title of the source document",
                diagnostics,
            )
            .unwrap_or_default(),
        vendor: fields.string("vendor", diagnostics),
        source: fields.string("source", diagnostics),
        language: fields.string("language", diagnostics),
        notes: fields.string("notes", diagnostics),
    }
}

/// Defaults inherited by everything below an enum or section.
#[derive(Clone, Copy)]
struct Defaults {
    billing: Billing,
    retry: Retry,
    success: bool,
}

impl Defaults {
    fn apply(mut self, fields: &Fields<'_>, diagnostics: &mut Diagnostics) -> Self {
        let Some((node, origin)) = fields.get("defaults") else {
            return self;
        };
        let subject = format!("defaults of {}", fields.subject);
        if let Some(defaults) = Fields::new(node, &origin, subject, DEFAULT_KEYS, diagnostics) {
            if let Some(billing) = defaults.keyword(
                "billing",
                Billing::from_keyword,
                Billing::KEYWORDS,
                diagnostics,
            ) {
                self.billing = billing;
            }
            if let Some(retry) =
                defaults.keyword("retry", Retry::from_keyword, Retry::KEYWORDS, diagnostics)
            {
                self.retry = retry;
            }
            if let Some(success) = defaults.boolean("success", diagnostics) {
                self.success = success;
            }
        }
        self
    }
}

fn code_space(node: &Node, origin: &Origin, diagnostics: &mut Diagnostics) -> Option<CodeSpace> {
    let problems_before = diagnostics.count();
    let fields = Fields::new(node, origin, "enum", ENUM_KEYS, diagnostics)?;
    let ident = fields.required_string(
        "name",
        "add `name:`, the Rust name of the enum, e.g. `ApiCode`",
        diagnostics,
    );
    let (unknown, unknown_origin) = match fields.get("unknown") {
        Some((_, origin)) => (
            fields
                .string("unknown", diagnostics)
                .unwrap_or_else(|| "Unknown".to_owned()),
            origin,
        ),
        None => ("Unknown".to_owned(), origin.clone()),
    };
    let mut space = CodeSpace {
        ident: ident.unwrap_or_default(),
        doc: fields.string("doc", diagnostics),
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
    let defaults = Defaults {
        billing: Billing::Unspecified,
        retry: Retry::Never,
        success: false,
    }
    .apply(&fields, diagnostics);
    contents(&fields, &mut space, &[], defaults, None, diagnostics);
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
            other => fields.wrong_type(&names_origin, "fields", "a mapping", other, diagnostics),
        }
    }
    match Layout::parse(&pattern, &names) {
        Ok(layout) => Some(layout),
        Err(message) => {
            diagnostics
                .push(Diagnostic::new(origin.key("pattern"), message).subject(&fields.subject));
            None
        }
    }
}

/// Reads the `entries` and nested `sections` of an enum or section.
fn contents(
    fields: &Fields<'_>,
    space: &mut CodeSpace,
    path: &[String],
    defaults: Defaults,
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
    defaults: Defaults,
    diagnostics: &mut Diagnostics,
) {
    let Some(fields) = Fields::new(node, origin, "section", SECTION_KEYS, diagnostics) else {
        return;
    };
    let title = fields
        .required_string(
            "title",
            "add `title:`, the section heading as the document writes it",
            diagnostics,
        )
        .unwrap_or_default();
    let fields = fields.with_subject(format!("section `{title}`"));
    let mut path = parent.to_vec();
    path.push(title);
    space.sections.push(Section {
        path: path.clone(),
        doc: fields.string("doc", diagnostics),
        origin: origin.clone(),
    });
    let index = space.sections.len() - 1;
    let defaults = defaults.apply(&fields, diagnostics);
    contents(&fields, space, &path, defaults, Some(index), diagnostics);
}

fn entry(
    node: &Node,
    origin: &Origin,
    space: &mut CodeSpace,
    defaults: Defaults,
    section: Option<usize>,
    diagnostics: &mut Diagnostics,
) {
    let Some(fields) = Fields::new(node, origin, "entry", ENTRY_KEYS, diagnostics) else {
        return;
    };
    let name = fields.required_string(
        "name",
        "add `name:`, the variant name, e.g. `TokenExpired`",
        diagnostics,
    );
    let shown = name.as_deref().unwrap_or("?");
    let value = code_or_range(&fields, origin, shown, diagnostics);
    let subject = match value {
        Some(Value::Code(code)) => format!("entry `{shown}` (code {code})"),
        Some(Value::Range { min, max }) => format!("entry `{shown}` (codes {min}..={max})"),
        None => format!("entry `{shown}`"),
    };
    let fields = fields.with_subject(subject);
    let message = fields.required_string(
        "message",
        "add `message:`, verbatim from the source document",
        diagnostics,
    );
    let row = Row {
        message: message.clone().unwrap_or_default(),
        message_en: fields.string("message_en", diagnostics),
        vendor_en: fields.string("vendor_en", diagnostics),
        description: fields.string("description", diagnostics),
        remedy: fields.string("remedy", diagnostics),
        as_written: fields.string("as_written", diagnostics),
        section,
        billing: fields
            .keyword(
                "billing",
                Billing::from_keyword,
                Billing::KEYWORDS,
                diagnostics,
            )
            .unwrap_or(defaults.billing),
        billing_history: billing_history(&fields, diagnostics),
        retry: fields
            .keyword("retry", Retry::from_keyword, Retry::KEYWORDS, diagnostics)
            .unwrap_or(defaults.retry),
        success: fields
            .boolean("success", diagnostics)
            .unwrap_or(defaults.success),
        origin: origin.clone(),
    };
    let aliases = aliases(&fields, diagnostics);
    // A row whose name or code could not be read is dropped after its fields were checked:
    // the problems are already reported, and validation must not invent follow-on ones.
    let (Some(ident), Some(value)) = (name, value) else {
        return;
    };
    if message.is_none() {
        return;
    }
    if matches!(value, Value::Range { .. }) && !aliases.is_empty() {
        diagnostics.push(
            Diagnostic::new(origin.key("aliases"), "a range entry cannot have aliases")
                .subject(&fields.subject)
                .help("give the other codes their own entries or ranges"),
        );
        return;
    }
    space.rows.push(row);
    let row = space.rows.len() - 1;
    let primary = ident.clone();
    space.variants.push(Variant {
        ident,
        value,
        row,
        alias_of: None,
        origin: origin.clone(),
    });
    for (alias, code, origin) in aliases {
        space.variants.push(Variant {
            ident: alias,
            value: Value::Code(code),
            row,
            alias_of: Some(primary.clone()),
            origin,
        });
    }
}

/// The entry's `code` or `range`, exactly one of which it must have.
fn code_or_range(
    fields: &Fields<'_>,
    origin: &Origin,
    shown: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Value> {
    match (fields.get("code"), fields.get("range")) {
        (Some((node, origin)), None) => integer(
            node,
            &origin,
            &format!("entry `{shown}`"),
            "code",
            diagnostics,
        )
        .map(Value::Code),
        (None, Some((node, origin))) => range(node, &origin, shown, diagnostics),
        (Some(_), Some(_)) => {
            diagnostics.push(
                Diagnostic::new(
                    origin.clone(),
                    "an entry has either `code` or `range`, not both",
                )
                .subject(format!("entry `{shown}`"))
                .help(
                    "use `range: [min, max]` for a classified span of values, `code:` for one code",
                ),
            );
            None
        }
        (None, None) => {
            fields.missing(
                "code",
                "add `code:` with the integer code (or `range: [min, max]`)",
                diagnostics,
            );
            None
        }
    }
}

fn range(node: &Node, origin: &Origin, name: &str, diagnostics: &mut Diagnostics) -> Option<Value> {
    let subject = format!("entry `{name}`");
    if let Node::Seq(bounds) = node {
        if let [min, max] = bounds.as_slice() {
            let min = integer(min, &origin.index(0), &subject, "range start", diagnostics);
            let max = integer(max, &origin.index(1), &subject, "range end", diagnostics);
            return Some(Value::Range {
                min: min?,
                max: max?,
            });
        }
    }
    diagnostics.push(
        Diagnostic::new(
            origin.clone(),
            format!(
                "`range` must be a list of two integers, found {}",
                node.kind()
            ),
        )
        .subject(subject)
        .help("write `range: [min, max]`, both ends included"),
    );
    None
}

fn aliases(fields: &Fields<'_>, diagnostics: &mut Diagnostics) -> Vec<(String, i64, Origin)> {
    let mut found = Vec::new();
    let Some((items, origin)) = fields.list("aliases", diagnostics) else {
        return found;
    };
    for (index, item) in items.iter().enumerate() {
        let origin = origin.index(index);
        let subject = format!("alias #{index} of {}", fields.subject);
        let Some(alias) = Fields::new(item, &origin, subject, ALIAS_KEYS, diagnostics) else {
            continue;
        };
        let name = alias.required_string(
            "name",
            "each alias names its own variant: `{ code: 66664029, name: NetworkErrorAlt }`",
            diagnostics,
        );
        let code = if let Some((node, code_origin)) = alias.get("code") {
            integer(node, &code_origin, &alias.subject, "code", diagnostics)
        } else {
            alias.missing("code", "add the alias's `code:`", diagnostics);
            None
        };
        if let (Some(name), Some(code)) = (name, code) {
            found.push((name, code, origin));
        }
    }
    found
}

fn billing_history(fields: &Fields<'_>, diagnostics: &mut Diagnostics) -> Vec<BillingPeriod> {
    let mut periods = Vec::new();
    let Some((items, origin)) = fields.list("billing_history", diagnostics) else {
        return periods;
    };
    for (index, item) in items.iter().enumerate() {
        let origin = origin.index(index);
        let subject = format!("billing period #{index} of {}", fields.subject);
        let Some(period) = Fields::new(item, &origin, subject, PERIOD_KEYS, diagnostics) else {
            continue;
        };
        let until = period.required_string(
            "until",
            "add `until: YYYY-MM-DD`, the day the billing changed",
            diagnostics,
        );
        let until = until.and_then(|text| {
            let date = Date::parse(&text);
            if date.is_none() {
                diagnostics.push(
                    Diagnostic::new(origin.key("until"), format!("`{text}` is not a date"))
                        .subject(&period.subject)
                        .help("write a calendar date as YYYY-MM-DD, e.g. 2021-07-19"),
                );
            }
            date
        });
        let billing = period.keyword(
            "billing",
            Billing::from_keyword,
            Billing::KEYWORDS,
            diagnostics,
        );
        if billing.is_none() && !period.has("billing") {
            period.missing(
                "billing",
                "add `billing:`, what billing was before `until`",
                diagnostics,
            );
        }
        if let (Some(until), Some(billing)) = (until, billing) {
            periods.push(BillingPeriod { until, billing });
        }
    }
    periods
}
