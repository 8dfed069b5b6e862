errcodes::include_errcodes!("missing_catalog.yaml");
fn main() {}
