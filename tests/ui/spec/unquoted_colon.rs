errcodes::include_errcodes!("unquoted_colon.yaml");
fn main() {}
