errcodes::include_errcodes!("several_problems.yaml");
fn main() {}
