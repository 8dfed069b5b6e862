use errcodes::ErrorCode;

#[derive(ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    #[errcode(unknown, message = "something else")]
    Other(errcodes::Unlisted<Self>),
}

fn main() {}
