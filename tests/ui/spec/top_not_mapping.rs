errcodes::include_errcodes!("top_not_mapping.yaml");
fn main() {}
