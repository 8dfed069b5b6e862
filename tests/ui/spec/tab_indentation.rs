errcodes::include_errcodes!("tab_indentation.yaml");
fn main() {}
