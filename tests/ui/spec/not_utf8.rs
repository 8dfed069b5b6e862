errcodes::include_errcodes!("not_utf8.yaml");
fn main() {}
