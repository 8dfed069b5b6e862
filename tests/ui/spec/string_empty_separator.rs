errcodes::include_errcodes!("string_empty_separator.yaml");
fn main() {}
