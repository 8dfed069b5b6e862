use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok", billing_history(until = "2021-07-19"))]
    Ok,
    #[errcode(code = 1, message = "busy", billing_history(since = "2021-07-19", billing = "free"))]
    Busy,
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
