errcodes::include_errcodes!("yaml_syntax.yaml");
fn main() {}
