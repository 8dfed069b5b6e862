errcodes::include_errcodes!("layout_negative_code.yaml");
fn main() {}
