use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok", billing = "free", billing_history(until = "2021-13-40", billing = "charged"))]
    Ok,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
