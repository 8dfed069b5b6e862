errcodes::include_errcodes!("string_empty_code.yaml");
fn main() {}
