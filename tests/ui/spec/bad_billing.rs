errcodes::include_errcodes!("bad_billing.yaml");
fn main() {}
