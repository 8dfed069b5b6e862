errcodes::include_errcodes!("missing_enums.yaml");
fn main() {}
