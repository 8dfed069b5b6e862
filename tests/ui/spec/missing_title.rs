errcodes::include_errcodes!("missing_title.yaml");
fn main() {}
