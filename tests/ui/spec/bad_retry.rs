errcodes::include_errcodes!("bad_retry.yaml");
fn main() {}
