//! Every shipped catalog, written out as a vendor-style page, imports back to the same rows:
//! codes, aliases, ranges, `as_written`, message, English, description, remedy, billing and
//! the section each row sits in, plus the title, the notes and the section texts.
//!
//! The page is the one `errcodes export --format markdown` writes: an H1 title, the notes, an
//! H2 per enum, a heading per section and one table per list of entries, with the same
//! columns throughout an enum (错误码, 含义, English, 说明, 处理措施, 是否收费, as the enum
//! uses them). Nothing outside the repository is needed.

mod common;

use std::path::Path;

use common::{check_accounting, check_house_rules, check_loads, parse, rows, Row, Section};
use errcodes_cli::import::{import, ImportOptions};

#[test]
fn shipped_catalogs_survive_a_page_round_trip() {
    // Every shipped catalog, integer and string enums alike.
    for &(file, _) in errcodes_codegen::source::SHIPPED {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("specs")
            .join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("shipped spec {}: {error}", path.display()));
        let shipped = parse(&text);
        let page = export(file);
        let imported = import(&page, &ImportOptions::new(file))
            .unwrap_or_else(|nothing| panic!("{file}: {nothing}\n{}", nothing.report));
        assert!(
            imported.report.findings.is_empty(),
            "{file}:\n{}",
            imported.report
        );
        let ours = parse(&imported.spec);
        check_house_rules(&ours);
        check_loads(file, &imported.spec);
        check_accounting(&imported, &ours);

        assert_eq!(ours.catalog.title, shipped.catalog.title, "{file}");
        assert_eq!(ours.catalog.notes, shipped.catalog.notes, "{file}");
        assert_eq!(
            ours.enums.len(),
            shipped.enums.len(),
            "{file}: one enum per H2"
        );
        for ((our_enum, their_enum), (our_rows, their_rows)) in ours
            .enums
            .iter()
            .zip(&shipped.enums)
            .zip(rows(&ours).iter().zip(&rows(&shipped)))
        {
            let at = format!("{file} {}", their_enum.name);
            assert_eq!(
                section_docs(&our_enum.sections[0].sections),
                section_docs(&their_enum.sections),
                "{at}"
            );
            assert_eq!(our_rows.len(), their_rows.len(), "{at}");
            for (our, their) in our_rows.iter().zip(their_rows) {
                assert_eq!(comparable(our, true), comparable(their, false), "{at}");
            }
        }
    }
}

/// What a page carries of a row: everything but names and judgement. Imported rows sit one
/// section deeper, under the enum's heading.
fn comparable(row: &Row, imported: bool) -> String {
    let section = if imported {
        &row.section[1..]
    } else {
        &row.section[..]
    };
    format!(
        "{section:?} {} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {}",
        row.key,
        row.range,
        row.aliases.iter().map(|(code, _)| code).collect::<Vec<_>>(),
        row.as_written,
        row.message,
        row.message_en,
        row.description,
        row.remedy,
        row.billing,
        row.code.is_some(),
    )
}

fn section_docs(sections: &[Section]) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for section in sections {
        out.push((section.title.clone(), section.doc.clone()));
        out.extend(section_docs(&section.sections));
    }
    out
}

/// The page `errcodes export --format markdown` writes for a shipped catalog.
fn export(file: &str) -> String {
    let catalog = file.trim_end_matches(".yaml");
    let output = assert_cmd::Command::cargo_bin("errcodes")
        .unwrap()
        .args(["export", "--catalog", catalog, "--format", "markdown"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}
