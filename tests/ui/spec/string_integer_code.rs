errcodes::include_errcodes!("string_integer_code.yaml");
fn main() {}
