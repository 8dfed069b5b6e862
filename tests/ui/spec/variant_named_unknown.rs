errcodes::include_errcodes!("variant_named_unknown.yaml");
fn main() {}
