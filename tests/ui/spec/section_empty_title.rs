errcodes::include_errcodes!("section_empty_title.yaml");
fn main() {}
