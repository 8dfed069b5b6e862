errcodes::include_errcodes!("success_string.yaml");
fn main() {}
