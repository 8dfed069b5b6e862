errcodes::include_errcodes!("merge_key.yaml");
fn main() {}
