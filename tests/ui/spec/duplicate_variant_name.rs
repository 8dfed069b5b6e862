errcodes::include_errcodes!("duplicate_variant_name.yaml");
fn main() {}
