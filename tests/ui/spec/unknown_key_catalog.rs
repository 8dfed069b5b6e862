errcodes::include_errcodes!("unknown_key_catalog.yaml");
fn main() {}
