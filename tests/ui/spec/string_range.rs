errcodes::include_errcodes!("string_range.yaml");
fn main() {}
