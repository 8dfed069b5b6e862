errcodes::include_errcodes!("a_directory.yaml");
fn main() {}
