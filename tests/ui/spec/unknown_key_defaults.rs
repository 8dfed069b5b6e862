errcodes::include_errcodes!("unknown_key_defaults.yaml");
fn main() {}
