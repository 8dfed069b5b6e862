errcodes::include_errcodes!("variant_named_like_an_item.yaml");
fn main() {}
