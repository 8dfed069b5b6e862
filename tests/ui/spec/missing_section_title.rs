errcodes::include_errcodes!("missing_section_title.yaml");
fn main() {}
