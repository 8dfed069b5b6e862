errcodes::include_errcodes!("unknown_key_enum.yaml");
fn main() {}
