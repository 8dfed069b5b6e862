errcodes::include_errcodes!("lowercase_variant_name.yaml");
fn main() {}
