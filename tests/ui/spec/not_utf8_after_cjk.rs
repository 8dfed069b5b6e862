errcodes::include_errcodes!("not_utf8_after_cjk.yaml");
fn main() {}
