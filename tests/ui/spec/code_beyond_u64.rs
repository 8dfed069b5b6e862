errcodes::include_errcodes!("code_beyond_u64.yaml");
fn main() {}
