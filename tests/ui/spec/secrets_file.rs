errcodes::include_errcodes!("secrets_file.yaml");
fn main() {}
