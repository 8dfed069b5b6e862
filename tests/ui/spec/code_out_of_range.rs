errcodes::include_errcodes!("code_out_of_range.yaml");
fn main() {}
