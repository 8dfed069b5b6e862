errcodes::include_errcodes!("string_code_whitespace.yaml");
fn main() {}
