errcodes::include_errcodes!("empty_message.yaml");
fn main() {}
