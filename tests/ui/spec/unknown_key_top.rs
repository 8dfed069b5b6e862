errcodes::include_errcodes!("unknown_key_top.yaml");
fn main() {}
