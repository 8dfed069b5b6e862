use errcodes::ErrorCode;

#[derive(ErrorCode)]
enum Code {
    #[errcode(code = 0, message = "would hide Code::VARIANTS")]
    VARIANTS,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {
    let _ = Code::VARIANTS;
}
