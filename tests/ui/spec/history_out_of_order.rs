errcodes::include_errcodes!("history_out_of_order.yaml");
fn main() {}
