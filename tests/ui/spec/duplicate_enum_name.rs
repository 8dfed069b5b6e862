errcodes::include_errcodes!("duplicate_enum_name.yaml");
fn main() {}
