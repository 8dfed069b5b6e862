errcodes::include_errcodes!("duplicate_key.yaml");
fn main() {}
