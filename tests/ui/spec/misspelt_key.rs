errcodes::include_errcodes!("misspelt_key.yaml");
fn main() {}
