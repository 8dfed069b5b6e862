errcodes::include_errcodes!("string_duplicate_alias.yaml");
fn main() {}
