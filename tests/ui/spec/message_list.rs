errcodes::include_errcodes!("message_list.yaml");
fn main() {}
