errcodes::include_errcodes!("bad_enum_name.yaml");
fn main() {}
