errcodes::include_errcodes!("huiyan.yml");
fn main() {}
