errcodes::include_errcodes!("layout_code_too_long.yaml");
fn main() {}
