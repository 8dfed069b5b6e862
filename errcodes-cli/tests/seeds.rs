//! Imports the five vendor pages in `../shared/seeds/` and compares every row with the spec
//! we ship for it (`../specs/`): codes, `as_written`, messages and billing must be identical,
//! and the tables must group into the same enums. What a human decided differently (names,
//! retry classes, English, descriptions and remedies) is printed, not compared; the few
//! structural differences are allow-listed below, each with its reason, and the list must
//! stay exact (an entry that no longer applies fails too).

mod common;

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use common::{check_house_rules, check_loads, parse, rows, Row, Spec};
use errcodes_cli::import::{import, ImportOptions, Reason};

/// Page prefix and the shipped spec transcribed from it.
const PAGES: [(&str, &str); 5] = [
    ("000", "risk_control.yaml"),
    ("001", "oauth.yaml"),
    ("002", "open_platform.yaml"),
    ("003", "huiyan_common.yaml"),
    ("004", "huiyan.yaml"),
];

/// A difference in structure between the import and the shipped spec, reviewed.
enum Known {
    /// A shipped enum the importer does not produce.
    EnumNotImported(&'static str),
    /// A finding of the import at this line.
    Finding(usize, Reason),
}

/// The reviewed structural differences, per page, with the reason for each.
const ALLOWED: &[(&str, Known, &str)] = &[
    (
        "004",
        Known::EnumNotImported("DeviceInfoLevel"),
        "the riskinfo table describes levels in prose (0、1、2等级为低风险设备); the spec models \
         them as ranges by hand",
    ),
    (
        "004",
        Known::EnumNotImported("RiskInfoLevel"),
        "as DeviceInfoLevel, for the riskInfoLevel row",
    ),
    (
        "004",
        Known::Finding(201, Reason::NotACode),
        "`deviceInfoLevel` names a response field, not a code; its levels became DeviceInfoLevel",
    ),
    (
        "004",
        Known::Finding(202, Reason::NotACode),
        "`riskInfoLevel` names a response field, not a code; its levels became RiskInfoLevel",
    ),
    (
        "004",
        Known::Finding(204, Reason::UnplacedText),
        "the callout under the riskinfo table; the spec quotes it in the two level enums' doc",
    ),
    (
        "004",
        Known::Finding(262, Reason::NoteRow),
        "the colspan note explains tag 8000; the spec keeps it as 8000's description",
    ),
];

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds")
}

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("specs")
}

fn page_path(dir: &Path, prefix: &str) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with(&format!("{prefix}_")))
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

#[test]
fn seed_pages_import_to_the_shipped_specs() {
    let seeds = seeds_dir();
    if !seeds.is_dir() {
        println!("skipped: seed pages not found at {}", seeds.display());
        return;
    }
    let mut failures = Vec::new();
    let mut used = HashSet::new();
    for (prefix, spec_file) in PAGES {
        let Some(page_file) = page_path(&seeds, prefix) else {
            failures.push(format!(
                "{prefix}: no page {prefix}_*.txt in {}",
                seeds.display()
            ));
            continue;
        };
        let page = std::fs::read_to_string(&page_file).expect("seed page is UTF-8");
        let spec_path = specs_dir().join(spec_file);
        let shipped_text = std::fs::read_to_string(&spec_path)
            .unwrap_or_else(|error| panic!("shipped spec {}: {error}", spec_path.display()));
        let shipped = parse(&shipped_text);
        let imported = import(&page, &ImportOptions::new(prefix)).expect("every seed has codes");
        let ours = parse(&imported.spec);
        check_house_rules(&ours);
        check_loads(prefix, &imported.spec);

        println!("== {prefix} -> {spec_file}");
        println!("{}", imported.report);
        let mut notes = Vec::new();
        for finding in &imported.report.findings {
            match allowed(
                prefix,
                |known| matches!(known, Known::Finding(line, reason) if *line == finding.line && *reason == finding.reason),
            ) {
                Some((index, reason)) => {
                    used.insert(index);
                    notes.push(format!(
                        "line {} ({}): {reason}",
                        finding.line, finding.reason
                    ));
                }
                None => failures.push(format!("{prefix}: finding not allow-listed: {finding}")),
            }
        }
        let mut expected = Vec::new();
        for (space, rows) in shipped.enums.iter().zip(rows(&shipped)) {
            match allowed(
                prefix,
                |known| matches!(known, Known::EnumNotImported(name) if *name == space.name),
            ) {
                Some((index, reason)) => {
                    used.insert(index);
                    notes.push(format!("enum {} not imported: {reason}", space.name));
                }
                None => expected.push((space.name.clone(), rows)),
            }
        }
        let produced = rows(&ours);
        if produced.len() != expected.len() {
            failures.push(format!(
                "{prefix}: {} enums imported, the spec has {} (after the allow-list)",
                produced.len(),
                expected.len()
            ));
        }
        let mut differences = Differences::default();
        differences.catalog(&ours, &shipped);
        for (ours, (name, theirs)) in produced.iter().zip(&expected) {
            compare_enum(prefix, name, ours, theirs, &mut failures, &mut differences);
        }
        println!("structural differences (allow-listed):");
        for note in &notes {
            println!("  {note}");
        }
        println!(
            "judgement differences (not compared):\n{}",
            differences.render()
        );
    }
    for (index, (page, known, _)) in ALLOWED.iter().enumerate() {
        if !used.contains(&index) {
            let what = match known {
                Known::EnumNotImported(name) => format!("enum {name} not imported"),
                Known::Finding(line, reason) => format!("finding at line {line} ({reason})"),
            };
            failures.push(format!(
                "{page}: allow-list entry no longer applies: {what}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatch(es):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn allowed(page: &str, test: impl Fn(&Known) -> bool) -> Option<(usize, &'static str)> {
    ALLOWED
        .iter()
        .enumerate()
        .find(|(_, (at, known, _))| *at == page && test(known))
        .map(|(index, (.., reason))| (index, *reason))
}

/// Codes, `as_written`, message and billing must match, row for row.
fn compare_enum(
    page: &str,
    name: &str,
    ours: &[Row],
    theirs: &[Row],
    failures: &mut Vec<String>,
    differences: &mut Differences,
) {
    let keys = |rows: &[Row]| rows.iter().map(|row| row.key.clone()).collect::<Vec<_>>();
    if keys(ours) != keys(theirs) {
        failures.push(format!(
            "{page} {name}: codes differ:\n  ours:   {:?}\n  shipped: {:?}",
            keys(ours),
            keys(theirs)
        ));
        return;
    }
    for (our, their) in ours.iter().zip(theirs) {
        let at = format!("{page} {name} {}", their.key);
        let alias_codes = |row: &Row| {
            row.aliases
                .iter()
                .map(|(code, _)| code.clone())
                .collect::<Vec<_>>()
        };
        let checks = [
            ("range", our.range != their.range),
            ("aliases", alias_codes(our) != alias_codes(their)),
            ("as_written", our.as_written != their.as_written),
            ("message", our.message != their.message),
            ("billing", our.billing != their.billing),
        ];
        for (what, differs) in checks {
            if differs {
                failures.push(format!(
                    "{at}: {what} differs:\n  ours:    {our:?}\n  shipped: {their:?}"
                ));
            }
        }
        differences.row(name, our, their);
    }
}

/// What a human chose differently, grouped by kind.
#[derive(Default)]
struct Differences(BTreeMap<&'static str, Vec<String>>);

impl Differences {
    fn add(&mut self, kind: &'static str, item: String) {
        self.0.entry(kind).or_default().push(item);
    }

    fn catalog(&mut self, ours: &Spec, theirs: &Spec) {
        let (a, b) = (&ours.catalog, &theirs.catalog);
        for (key, our, their) in [
            ("title", Some(&a.title), Some(&b.title)),
            ("vendor", a.vendor.as_ref(), b.vendor.as_ref()),
            ("source", a.source.as_ref(), b.source.as_ref()),
            ("language", a.language.as_ref(), b.language.as_ref()),
            ("notes", a.notes.as_ref(), b.notes.as_ref()),
        ] {
            if our != their {
                self.add("catalog", format!("{key}: {our:?} -> {their:?}"));
            }
        }
        for (our, their) in ours.enums.iter().zip(&theirs.enums) {
            self.add("enum names", format!("{} -> {}", our.name, their.name));
            if their.layout.is_some() {
                self.add(
                    "enum layout",
                    format!(
                        "{}: the spec adds the A-BB-CCC layout from the notes",
                        their.name
                    ),
                );
            }
        }
    }

    fn row(&mut self, space: &str, our: &Row, their: &Row) {
        let key = &their.key;
        if our.name != their.name {
            self.add("names", format!("{key}: {} -> {}", our.name, their.name));
        }
        if our.retry != their.retry {
            self.add("retry", format!("{key}: {} -> {}", our.retry, their.retry));
        }
        if our.success != their.success {
            self.add(
                "success",
                format!("{key}: {} -> {}", our.success, their.success),
            );
        }
        for (kind, our_text, their_text) in [
            ("message_en", &our.message_en, &their.message_en),
            ("vendor_en", &our.vendor_en, &their.vendor_en),
            ("description", &our.description, &their.description),
            ("remedy", &our.remedy, &their.remedy),
        ] {
            if our_text != their_text {
                self.add(kind, format!("{key}: {our_text:?} -> {their_text:?}"));
            }
        }
        if their.billing_history {
            self.add(
                "billing_history",
                format!("{key}: the spec adds the 2021-07-19 change from the callout"),
            );
        }
        if our.section != their.section {
            self.add(
                "sections",
                format!("{space} {key}: {:?} -> {:?}", our.section, their.section),
            );
        }
    }

    fn render(&self) -> String {
        let mut out = String::new();
        for (kind, items) in &self.0 {
            let _ = writeln!(out, "  {kind} ({}):", items.len());
            for item in items {
                let _ = writeln!(out, "    {item}");
            }
        }
        out
    }
}
