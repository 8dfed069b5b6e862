use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
#[errcodes(billing = "gratis")]
enum Code {
    #[errcode(code = 0, message = "ok", billing = "paid")]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
