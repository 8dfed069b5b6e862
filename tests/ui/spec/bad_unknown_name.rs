errcodes::include_errcodes!("bad_unknown_name.yaml");
fn main() {}
