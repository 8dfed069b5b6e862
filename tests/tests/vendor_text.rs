//! Vendor text is always text. `tests/fixtures/vendor_text` generates an enum from a spec
//! whose every text holds code fences, four-space indents, `<script>`, `[x](y)`, `# heading`,
//! `|` table rows and bare URLs (the table of codes that opens the enum's docs is the only
//! table). Its doctests pass (none arise from the texts), its docs build
//! with every rustdoc lint denied, and its HTML shows each text as written.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Target directory of the fixture builds run by tests, apart from the one running them.
fn target() -> PathBuf {
    workspace().join("target").join("rebuild-fixture-target")
}

fn cargo(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO"))
        .args(args)
        .args(["--offline", "-p", "fixture-vendor-text"])
        .current_dir(workspace())
        .env("CARGO_TARGET_DIR", target())
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "cargo {args:?} failed:\n{text}");
    text
}

#[test]
fn spec_text_makes_no_doctest() {
    let output = cargo(&["test", "--doc"]);
    assert!(output.contains("running 0 tests"), "{output}");
}

#[test]
fn spec_text_shows_as_text_in_the_html() {
    // With the dependencies: the facade's pages are what the generated links point at.
    cargo(&["doc"]);
    let page = target().join("doc/fixture_vendor_text/enum.HostileCode.html");
    let html = std::fs::read_to_string(&page).expect("rustdoc wrote the enum's page");
    // Each text is there as written (HTML-escaped where HTML needs it)...
    for shown in [
        "```<br />\nfn doc_fence() { this is not Rust }<br />\n```",
        "fn doc_indented() { neither is this }",
        "&lt;script&gt;alert('doc')&lt;/script&gt;",
        "Hostile *title* &lt;b&gt;bold&lt;/b&gt;",
        "[vendor](https://example.com/vendor)",
        "# Notes heading<br />\nan indented notes line<br />\nhttps://example.com/notes",
        "```rust let fenced = this is not Rust; ```",
        "*not emphasis* and `not code`",
        "Section &lt;i&gt;title&lt;/i&gt; [x](y) | a | b |",
        "| column a | column b |<br />\n|----------|----------|",
        "let indented = this is not Rust either;<br />\n1. not a list<br />\n- not a bullet<br />\n&gt; not a quote",
        "&lt;1&gt;`2`",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "# Not a heading<br />\n## Nor this",
        "Visit https://example.com/page or &lt;https://example.com/angle&gt; or www.example.com",
    ] {
        assert!(html.contains(shown), "not shown as text: {shown}");
    }
    // ...and none of it became markup.
    for markup in [
        "<script>alert",
        "<b>bold",
        "<i>title",
        "id=\"notes-heading\"",
        "id=\"not-a-heading\"",
        "id=\"nor-this\"",
        "<blockquote",
        "<ol>",
        "rust-example-rendered",
        "<pre class=\"language",
        "href=\"y\"",
        "href=\"https://example.com",
        "<code>not code",
        "<em>not emphasis",
    ] {
        assert!(!html.contains(markup), "spec text became markup: {markup}");
    }
    // The one table is the codes' own, opening the enum's docs; a `|` or a line break in
    // spec text stays inside its cell.
    assert_eq!(html.matches("<table").count(), 1, "only the table of codes");
    assert!(
        html.contains("<td>left | right || end second | line</td>"),
        "a message with `|` in one cell"
    );
    assert!(
        html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"),
        "HTML in a cell is text"
    );
}

#[test]
fn the_generated_docs_link_the_facades_error_type() {
    cargo(&["doc"]);
    let page = target().join("doc/fixture_vendor_text/enum.HostileCode.html");
    let html = std::fs::read_to_string(&page).expect("rustdoc wrote the enum's page");
    // `try_from_code`'s errors name `UnknownCode`, linked to its page in the facade's docs.
    let link = "struct.UnknownCode.html\" title=\"struct errcodes::";
    let errors = html
        .split("Errors</h5>")
        .nth(1)
        .expect("try_from_code documents its errors");
    assert!(
        errors[..errors.find("</p>").unwrap()].contains(link),
        "{errors:.400}"
    );
}
