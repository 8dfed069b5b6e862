errcodes::include_errcodes!("unknown_key_section.yaml");
fn main() {}
