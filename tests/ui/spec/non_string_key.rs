errcodes::include_errcodes!("non_string_key.yaml");
fn main() {}
