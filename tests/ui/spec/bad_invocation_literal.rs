errcodes::include_errcodes!(42);
fn main() {}
