// The spec starts with a UTF-8 byte-order mark, as some editors write it.
errcodes::include_errcodes!("byte_order_mark.yaml");

fn main() {
    assert_eq!(BomCode::from(0), BomCode::Ok);
    assert_eq!(BomCode::Ok.message(), "成功");
}
