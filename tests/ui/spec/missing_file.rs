errcodes::include_errcodes!("missing_file.yaml");
fn main() {}
