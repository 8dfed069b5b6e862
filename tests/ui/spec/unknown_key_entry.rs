errcodes::include_errcodes!("unknown_key_entry.yaml");
fn main() {}
