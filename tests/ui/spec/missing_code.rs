errcodes::include_errcodes!("missing_code.yaml");
fn main() {}
