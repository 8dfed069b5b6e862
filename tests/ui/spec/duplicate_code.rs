errcodes::include_errcodes!("duplicate_code.yaml");
fn main() {}
