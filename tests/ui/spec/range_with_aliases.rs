errcodes::include_errcodes!("range_with_aliases.yaml");
fn main() {}
