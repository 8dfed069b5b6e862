errcodes::include_errcodes!("aliases_not_list.yaml");
fn main() {}
