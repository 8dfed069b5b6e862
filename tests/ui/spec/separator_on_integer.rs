errcodes::include_errcodes!("separator_on_integer.yaml");
fn main() {}
