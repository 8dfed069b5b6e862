errcodes::include_errcodes!("code_float_whole.yaml");
fn main() {}
