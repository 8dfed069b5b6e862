//! `check` draws any problem of any text: a line and a caret for every problem with a
//! position, whatever the line holds (tabs, CJK, `\r\n`, the end of the text).

use errcodes_cli::check;
use errcodes_codegen::{load, Source};
use proptest::prelude::*;

fn spec_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("enums:".to_owned()),
        Just("catalog:".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("  - ".to_owned()),
        Just("    entries:".to_owned()),
        Just("name: ".to_owned()),
        Just("code: ".to_owned()),
        Just("message: ".to_owned()),
        Just("billing: ".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just(", ".to_owned()),
        Just("\t".to_owned()),
        Just("中文".to_owned()),
        Just("\"".to_owned()),
        "[A-Za-z0-9 ]{0,6}",
    ];
    prop::collection::vec(piece, 0..48).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn every_problem_is_drawn(text in spec_like()) {
        let (_, diagnostics) = load(&Source::from_text("x.yaml", text.as_str()));
        let styled = check::human("x.yaml", Some(&text), &diagnostics);
        let drawn = anstream::adapter::strip_str(&styled).to_string();
        let headers = drawn.lines().filter(|line| line.contains("error")).count();
        prop_assert!(headers >= diagnostics.iter().count(), "{drawn}");
        let located = diagnostics.iter().filter(|problem| problem.origin.position().0 == 1).count();
        prop_assert_eq!(drawn.matches(" --> x.yaml:").count(), located, "{}", drawn);
    }
}
