//! HTML tables embedded in a page.

use crate::common::{all_rows, import_spec, row, Code};
use errcodes_cli::import::Reason;

#[test]
fn an_html_table_with_a_blank_line_inside_is_read_whole() {
    let page = "## 设备\n\n<table>\n<tr>\n<th>tag 标签</th>\n<th>说明</th>\n</tr>\n<tr>\n<td>202、5001</td>\n<td>设备疑似被 root/越狱</td>\n</tr>\n\n<tr>\n<td>205 </td>\n<td>设备疑似被\n   hook</td>\n</tr>\n</table>\n\n## 后文\n";
    let (spec, _) = import_spec(page);
    let rows = all_rows(&spec);
    assert_eq!(rows.len(), 2);
    assert_eq!(row(&rows, "202").aliases[0].0, Code::Integer(5001));
    assert_eq!(row(&rows, "202").as_written.as_deref(), Some("202、5001"));
    assert_eq!(row(&rows, "205").message, "设备疑似被 hook");
    assert_eq!(rows[0].section, ["设备"]);
}

#[test]
fn a_colspan_note_row_is_reported_at_its_line() {
    let page = "<table>\n<tr><th>tag 标签</th><th>说明</th></tr>\n<tr><td>8000</td><td>篡改</td></tr>\n<tr>\n<td colspan=2>说明：8000的含义包括了 IMEI 篡改</td>\n</tr>\n</table>\n";
    let (_, imported) = import_spec(page);
    let finding = &imported.report.findings[0];
    assert_eq!((finding.line, finding.reason), (4, Reason::NoteRow));
    assert!(finding.detail.contains("说明：8000的含义"), "{finding}");
}

#[test]
fn br_in_an_html_cell_is_a_line_break_and_rowspan_fills_the_rows_below() {
    let page = "<table>\n<tr><th>错误码</th><th>含义</th><th>是否收费</th></tr>\n<tr><td>1</td><td>第一行<br/>第二行</td><td rowspan=\"2\">是</td></tr>\n<tr><td>2</td><td>b</td></tr>\n</table>\n";
    let (spec, _) = import_spec(page);
    let rows = all_rows(&spec);
    assert_eq!(row(&rows, "1").message, "第一行\n第二行");
    assert_eq!(row(&rows, "2").billing, "charged");
}

#[test]
fn html_cells_beyond_the_header_are_reported() {
    let page = "<table>\n<tr><th>错误码</th><th>含义</th></tr>\n<tr><td>1</td><td>a</td><td>多余</td></tr>\n</table>\n";
    let (_, imported) = import_spec(page);
    let finding = &imported.report.findings[0];
    assert_eq!((finding.line, finding.reason), (3, Reason::ExtraCells));
    assert!(finding.detail.contains("多余"), "{finding}");
}

#[test]
fn rows_after_a_nested_table_keep_their_lines() {
    let page = "<table>\n<tr><th>错误码</th><th>含义</th></tr>\n<tr><td>1</td><td>a\n<table><tr><td>inner</td></tr></table>\n</td></tr>\n<tr><td>x</td><td>不是码</td></tr>\n</table>\n";
    let (spec, imported) = import_spec(page);
    assert_eq!(row(&all_rows(&spec), "1").message, "a inner");
    let finding = &imported.report.findings[0];
    assert_eq!(
        (finding.line, finding.reason),
        (6, Reason::NotACode),
        "{finding}"
    );
}

#[test]
fn markdown_and_html_tables_keep_page_order() {
    let page = "## A\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | a |\n\n<table><tr><th>错误码</th><th>含义</th></tr><tr><td>2</td><td>b</td></tr></table>\n\n| 错误码 | 含义 |\n|---|---|\n| 3 | c |\n";
    let (spec, _) = import_spec(page);
    let keys: Vec<String> = all_rows(&spec).into_iter().map(|row| row.key).collect();
    assert_eq!(keys, ["1", "2", "3"]);
}
