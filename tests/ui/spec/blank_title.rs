errcodes::include_errcodes!("blank_title.yaml");
fn main() {}
