errcodes::include_errcodes!("bad_history_date.yaml");
fn main() {}
