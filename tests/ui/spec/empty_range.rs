errcodes::include_errcodes!("empty_range.yaml");
fn main() {}
