errcodes::include_errcodes!("missing_enum_name.yaml");
fn main() {}
