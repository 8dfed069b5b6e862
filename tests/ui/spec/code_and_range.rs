errcodes::include_errcodes!("code_and_range.yaml");
fn main() {}
