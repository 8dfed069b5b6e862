errcodes::include_errcodes!("alias_duplicate_code.yaml");
fn main() {}
