errcodes::include_errcodes!("layout_bad_pattern.yaml");
fn main() {}
