//! A layout splits every code into named fields.

use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(layout = "A-BB-CCC", layout_fields(A = "level", B = "module", C = "number"))]
enum Code {
    #[errcode(code = 0, message = "ok", success)]
    Ok,
    #[errcode(code = 210_007, message = "token expired")]
    TokenExpired,
    #[errcode(code = 999_999, message = "the widest code")]
    Widest,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {
    let parts = Code::TokenExpired.layout_parts().expect("a layout is declared");
    assert_eq!(parts.get("level"), Some(2));
    assert_eq!(parts.get("module"), Some(10));
    assert_eq!(parts.get("number"), Some(7));
    assert_eq!(parts.get("B"), Some(10));
    assert_eq!(parts.get("zone"), None);
    let fields: Vec<(&str, i64)> = parts.iter().map(|(field, value)| (field.name, value)).collect();
    assert_eq!(fields, [("level", 2), ("module", 10), ("number", 7)]);
    assert_eq!(Code::Widest.layout_parts().unwrap().get("level"), Some(9));
    assert_eq!(Code::Ok.layout_parts().unwrap().get("number"), Some(0));
    // A code outside the layout still parses, into the catch-all, and has no parts.
    assert_eq!(Code::from_code(1_000_000).layout_parts(), None);
    assert_eq!(Code::from_code(-1).layout_parts(), None);
    // The inherent const fn agrees with the trait method.
    assert_eq!(Code::TokenExpired.layout_parts(), ErrorCode::layout_parts(&Code::TokenExpired));
}
