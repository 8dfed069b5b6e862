errcodes::include_errcodes!("bad_invocation_crate.yaml", crate);
fn main() {}
