errcodes::include_errcodes!("string_layout.yaml");
fn main() {}
