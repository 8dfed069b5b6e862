errcodes::include_errcodes!("two_documents.yaml");
fn main() {}
