errcodes::include_errcodes!("missing_entry_name.yaml");
fn main() {}
