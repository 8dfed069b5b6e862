errcodes::include_errcodes!("code_in_range.yaml");
fn main() {}
