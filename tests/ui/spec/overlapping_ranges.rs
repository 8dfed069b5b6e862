errcodes::include_errcodes!("overlapping_ranges.yaml");
fn main() {}
