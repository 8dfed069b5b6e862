errcodes::include_errcodes!("code_below_i64_min.yaml");
fn main() {}
