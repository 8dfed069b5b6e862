errcodes::include_errcodes!("string_only_separators.yaml");
fn main() {}
