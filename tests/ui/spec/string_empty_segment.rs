errcodes::include_errcodes!("string_empty_segment.yaml");
fn main() {}
