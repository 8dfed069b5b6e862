errcodes::include_errcodes!("reserved_variant_name.yaml");
fn main() {}
