errcodes::include_errcodes!("enum_without_entries.yaml");
fn main() {}
