errcodes::include_errcodes!("bad_kind.yaml");
fn main() {}
