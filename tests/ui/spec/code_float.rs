errcodes::include_errcodes!("code_float.yaml");
fn main() {}
