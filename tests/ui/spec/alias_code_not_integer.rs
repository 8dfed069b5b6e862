errcodes::include_errcodes!("alias_code_not_integer.yaml");
fn main() {}
