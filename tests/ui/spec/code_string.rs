errcodes::include_errcodes!("code_string.yaml");
fn main() {}
