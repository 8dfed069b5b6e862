errcodes::include_errcodes!("empty_enums.yaml");
fn main() {}
