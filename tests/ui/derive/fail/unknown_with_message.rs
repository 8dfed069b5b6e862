use errcodes::ErrorCode;

// `Unknown(i64)` is only implied to be the catch-all without a message; with one it is
// neither a code nor a range.
#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(message = "unknown")]
    Unknown(errcodes::Unlisted<Self>),
}

fn main() {}
